// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "KeyOptions.h"

#include <QCoreApplication>

namespace sb::cli {

class InspectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    int diagnose(const QCommandLineParser& parser, QByteArrayView input);

    QCommandLineOption m_json { QStringLiteral("json"),
                                QCoreApplication::translate("sb::cli::InspectCommand",
                                                            "Write the report as JSON.") };
    QCommandLineOption m_diagnose { QStringLiteral("diagnose"),
                                    QCoreApplication::translate(
                                        "sb::cli::InspectCommand",
                                        "Decrypt with the keys given (if any) and explain every way the "
                                        "value fails, as the inspector workspace does. Accepts one value, "
                                        "a JSON body or a JSON-lines log.") };
    KeyOptions m_keys { KeyOptions::Role::Decrypt };
};

} // namespace sb::cli
