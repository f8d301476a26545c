// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "KeyOptions.h"

#include <QCoreApplication>

namespace sb::cli {

class EncryptCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("encrypt"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    KeyOptions m_keys { KeyOptions::Role::Encrypt };
    QCommandLineOption m_object { QStringLiteral("object"),
                                  QCoreApplication::translate(
                                      "sb::cli::EncryptCommand",
                                      "The value is an object input: JSON, encrypted as JSON.stringify "
                                      "writes it.") };
};

} // namespace sb::cli
