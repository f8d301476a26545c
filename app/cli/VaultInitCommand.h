// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class VaultInitCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("vault init"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_memory { QStringLiteral("kdf-memory"),
                                  QCoreApplication::translate(
                                      "sb::cli::VaultInitCommand",
                                      "Argon2id memory in MiB (at least 64; default: calibrated)."),
                                  QStringLiteral("MiB") };
    QCommandLineOption m_iterations { QStringLiteral("kdf-iterations"),
                                      QCoreApplication::translate(
                                          "sb::cli::VaultInitCommand",
                                          "Argon2id iterations (at least 3; default: calibrated)."),
                                      QStringLiteral("n") };
    QCommandLineOption m_parallelism { QStringLiteral("kdf-parallelism"),
                                       QCoreApplication::translate("sb::cli::VaultInitCommand",
                                                                   "Argon2id lanes (4 to 16; default 4)."),
                                       QStringLiteral("n") };
};

} // namespace sb::cli
