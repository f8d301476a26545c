// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class SecretSetCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("secret set"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    // The rsa-private-key value for `pem`: checked, with --key-passphrase-file's passphrase.
    Result<SecureBuffer> storedKey(const QCommandLineParser& parser, QByteArrayView pem) const;

    QCommandLineOption m_type { QStringLiteral("type"),
                                QCoreApplication::translate(
                                    "sb::cli::SecretSetCommand",
                                    "mongodb-url, jwt-secret, port-client-secret or rsa-private-key "
                                    "(required for a new secret)."),
                                QStringLiteral("type") };
    QCommandLineOption m_keyPassphraseFile {
        QStringLiteral("key-passphrase-file"),
        QCoreApplication::translate(
            "sb::cli::SecretSetCommand",
            "For an encrypted rsa-private-key: read the key's passphrase from <file>; it is "
            "stored with the key."),
        QStringLiteral("file")
    };
};

} // namespace sb::cli
