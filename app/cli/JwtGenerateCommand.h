// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class JwtGenerateCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("jwt generate"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_bytes { QStringLiteral("bytes"),
                                 QCoreApplication::translate(
                                     "sb::cli::JwtGenerateCommand",
                                     "Random bytes: 32, 48 or 64 (default: what --alg needs)."),
                                 QStringLiteral("n") };
    QCommandLineOption m_alg { QStringLiteral("alg"),
                               QCoreApplication::translate("sb::cli::JwtGenerateCommand",
                                                           "HS256 (default), HS384 or HS512."),
                               QStringLiteral("alg") };
};

} // namespace sb::cli
