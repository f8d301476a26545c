// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class SecretGetCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("secret get"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_version { QStringLiteral("version"),
                                   QCoreApplication::translate("sb::cli::SecretGetCommand",
                                                               "An older version (see secret history)."),
                                   QStringLiteral("n") };
    QCommandLineOption m_part { QStringLiteral("part"),
                                QCoreApplication::translate(
                                    "sb::cli::SecretGetCommand",
                                    "For an rsa-private-key: pem (the default) or passphrase."),
                                QStringLiteral("part") };
};

} // namespace sb::cli
