// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class JwtVerifyCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("jwt verify"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_secretFile { QStringLiteral("secret-file"),
                                      QCoreApplication::translate(
                                          "sb::cli::JwtVerifyCommand",
                                          "Read the JWT secret from <file> instead of the vault."),
                                      QStringLiteral("file") };
    QCommandLineOption m_alg { QStringLiteral("alg"),
                               QCoreApplication::translate(
                                   "sb::cli::JwtVerifyCommand",
                                   "The one algorithm accepted: HS256 (default), HS384 or HS512."),
                               QStringLiteral("alg") };
    QCommandLineOption m_leeway { QStringLiteral("leeway"),
                                  QCoreApplication::translate(
                                      "sb::cli::JwtVerifyCommand",
                                      "Clock leeway for exp, nbf and iat, in seconds (default 0)."),
                                  QStringLiteral("seconds") };
    QCommandLineOption m_json { QStringLiteral("json"),
                                QCoreApplication::translate(
                                    "sb::cli::JwtVerifyCommand",
                                    "On success, write every check and the claims as JSON.") };
};

} // namespace sb::cli
