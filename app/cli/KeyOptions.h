// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultOptions.h"
#include "crypto/Envelope.h"
#include "crypto/RsaKey.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace sb {
class PortManagedCipher;
}

namespace sb::cli {

// The key options shared by every command that encrypts or decrypts. Keys are
// only ever read from files, the environment or the vault (--key), never from
// the command line.
class KeyOptions
{
public:
    enum class Role
    {
        Encrypt,
        Decrypt,
        ClientSecretOnly // commands whose client-side keys come from elsewhere (a definition)
    };

    explicit KeyOptions(Role role);

    void addTo(QCommandLineParser& parser) const;
    // True when any key option (or --vault, --passphrase-file) was given; PORT_CLIENT_SECRET does not count.
    bool anyGiven(const QCommandLineParser& parser) const;

    Result<std::unique_ptr<EnvelopeEncryptor>> encryptor(const QCommandLineParser& parser) const;
    Result<std::unique_ptr<EnvelopeDecryptor>> decryptor(const QCommandLineParser& parser) const;

    // The client secret exactly as given, for the inspector's diagnosis: the
    // --client-secret-file bytes with nothing stripped, a --key entry's value,
    // or PORT_CLIENT_SECRET; nothing when none is there.
    Result<std::optional<SecureBuffer>> rawClientSecret(const QCommandLineParser& parser) const;
    // The last private key given (--private-key, else --key), or nothing.
    Result<std::optional<RsaPrivateKey>> privateKey(const QCommandLineParser& parser) const;

    static QString helpText(Role role);

    // The client secret from --client-secret-file, a --key entry or
    // PORT_CLIENT_SECRET, or nothing when none is given.
    Result<std::optional<SecureBuffer>> clientSecret(const QCommandLineParser& parser) const;
    // Every --private-key given (the option may repeat), decrypted with
    // --passphrase-file, then every rsa-private-key named by --key.
    Result<QList<RsaPrivateKey>> privateKeys(const QCommandLineParser& parser) const;

private:
    // What the --key options name, read from the vault once per command.
    struct VaultKeys
    {
        std::optional<SecureBuffer> clientSecret;
        QList<RsaPrivateKey> privateKeys;
    };
    Result<const VaultKeys*> vaultKeys(const QCommandLineParser& parser) const;
    Result<std::unique_ptr<PortManagedCipher>> portManaged(const QCommandLineParser& parser) const;
    QString keyOptionNames() const;

    Role m_role;
    QCommandLineOption m_clientSecretFile;
    QCommandLineOption m_publicKey;
    QCommandLineOption m_privateKey;
    QCommandLineOption m_key;
    VaultOptions m_vault;
    mutable std::optional<VaultKeys> m_fromVault;
};

} // namespace sb::cli
