// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "KeyOptions.h"

#include <QCoreApplication>

namespace sb::cli {

class PayloadDecryptCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("payload decrypt"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    KeyOptions m_keys { KeyOptions::Role::Decrypt };
    QCommandLineOption m_definition { QStringLiteral("definition"),
                                      QCoreApplication::translate(
                                          "sb::cli::PayloadDecryptCommand",
                                          "The action definition, to find secrets by input name and "
                                          "template and know their types."),
                                      QStringLiteral("file") };
};

} // namespace sb::cli
