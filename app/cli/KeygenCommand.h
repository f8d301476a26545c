// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sb::cli {

class KeygenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_bits { QStringLiteral("bits"),
                                QCoreApplication::translate("sb::cli::KeygenCommand",
                                                            "Key size: 2048, 3072 or 4096."),
                                QStringLiteral("bits") };
    QCommandLineOption m_privateOut { QStringLiteral("private-out"),
                                      QCoreApplication::translate(
                                          "sb::cli::KeygenCommand",
                                          "Write the private key (PKCS#8 PEM, mode 0600) to <file>."),
                                      QStringLiteral("file") };
    QCommandLineOption m_publicOut { QStringLiteral("public-out"),
                                     QCoreApplication::translate(
                                         "sb::cli::KeygenCommand",
                                         "Write the public key (SubjectPublicKeyInfo PEM) to <file>."),
                                     QStringLiteral("file") };
    QCommandLineOption m_passphraseFile { QStringLiteral("passphrase-file"),
                                          QCoreApplication::translate(
                                              "sb::cli::KeygenCommand",
                                              "Encrypt the private key with the passphrase in <file>."),
                                          QStringLiteral("file") };
    QCommandLineOption m_force { QStringLiteral("force"),
                                 QCoreApplication::translate("sb::cli::KeygenCommand",
                                                             "Overwrite existing files.") };
};

} // namespace sb::cli
