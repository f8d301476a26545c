// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class JwtSignCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("jwt sign"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_secretFile { QStringLiteral("secret-file"),
                                      QCoreApplication::translate(
                                          "sb::cli::JwtSignCommand",
                                          "Read the JWT secret from <file> instead of the vault."),
                                      QStringLiteral("file") };
    QCommandLineOption m_alg { QStringLiteral("alg"),
                               QCoreApplication::translate("sb::cli::JwtSignCommand",
                                                           "HS256 (default), HS384 or HS512."),
                               QStringLiteral("alg") };
    QCommandLineOption m_claims { QStringLiteral("claims"),
                                  QCoreApplication::translate("sb::cli::JwtSignCommand",
                                                              "The claims, a JSON object."),
                                  QStringLiteral("json") };
    QCommandLineOption m_claimsFile { QStringLiteral("claims-file"),
                                      QCoreApplication::translate("sb::cli::JwtSignCommand",
                                                                  "Read the claims from <file>."),
                                      QStringLiteral("file") };
    QCommandLineOption m_expiresIn { QStringLiteral("expires-in"),
                                     QCoreApplication::translate(
                                         "sb::cli::JwtSignCommand",
                                         "Add exp: seconds, or a duration such as 10m, 1h, 7d."),
                                     QStringLiteral("duration") };
    QCommandLineOption m_notBefore { QStringLiteral("not-before"),
                                     QCoreApplication::translate("sb::cli::JwtSignCommand",
                                                                 "Add nbf: now plus this duration."),
                                     QStringLiteral("duration") };
    QCommandLineOption m_noIat { QStringLiteral("no-iat"),
                                 QCoreApplication::translate("sb::cli::JwtSignCommand",
                                                             "Do not add iat (issued at).") };
};

} // namespace sb::cli
