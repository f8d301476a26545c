// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyOptions.h"

#include "CliIo.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/PortManagedCipher.h"
#include "secrets/VaultKeys.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

constexpr auto ClientSecretVariable = "PORT_CLIENT_SECRET";

QString keyHelp(KeyOptions::Role role)
{
    switch (role) {
    case KeyOptions::Role::Encrypt:
        return QCoreApplication::translate(
            "sb::cli::KeyOptions",
            "A key kept in the vault: PROJECT/NAME, or NAME when one project only has a key "
            "of that name. A port-client-secret encrypts Port-managed, an rsa-private-key "
            "encrypts client-side with its public half.");
    case KeyOptions::Role::Decrypt:
        return QCoreApplication::translate(
            "sb::cli::KeyOptions",
            "A key kept in the vault: PROJECT/NAME, or NAME when one project only has a key "
            "of that name (a port-client-secret, or an rsa-private-key opened with the "
            "passphrase stored with it). May be repeated.");
    case KeyOptions::Role::ClientSecretOnly:
        break;
    }
    return QCoreApplication::translate(
        "sb::cli::KeyOptions",
        "A port-client-secret kept in the vault: PROJECT/NAME, or NAME when one project only "
        "has a key of that name.");
}

QString passphraseHelp(KeyOptions::Role role)
{
    const QString vault = QCoreApplication::translate(
        "sb::cli::KeyOptions",
        "With --key: read the vault passphrase from <file> (else it is asked on the terminal).");
    return role == KeyOptions::Role::Decrypt ? vault
            + QCoreApplication::translate("sb::cli::KeyOptions",
                                          " Without --key: read the --private-key's passphrase from <file>.")
                                             : vault;
}

} // namespace

KeyOptions::KeyOptions(Role role)
    : m_role(role)
    , m_clientSecretFile(QStringLiteral("client-secret-file"),
                         QCoreApplication::translate(
                             "sb::cli::KeyOptions",
                             "Port-managed (aes256-gcm): read the client secret from <file>. Without "
                             "this or a key option, PORT_CLIENT_SECRET is used."),
                         QStringLiteral("file"))
    , m_publicKey(QStringLiteral("public-key"),
                  QCoreApplication::translate(
                      "sb::cli::KeyOptions",
                      "Client-side: the RSA public key (PEM: PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE)."),
                  QStringLiteral("pemfile"))
    , m_privateKey(QStringLiteral("private-key"),
                   QCoreApplication::translate(
                       "sb::cli::KeyOptions",
                       "Client-side: the RSA private key (PEM: PKCS#8, encrypted PKCS#8 or PKCS#1)."),
                   QStringLiteral("pemfile"))
    , m_key(QStringLiteral("key"), keyHelp(role), QStringLiteral("name"))
    , m_vault(passphraseHelp(role))
{ }

void KeyOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_clientSecretFile);
    if (m_role == Role::Encrypt) {
        parser.addOption(m_publicKey);
    } else if (m_role == Role::Decrypt) {
        parser.addOption(m_privateKey);
    }
    parser.addOption(m_key);
    parser.addOption(m_vault.vaultOption());
    parser.addOption(m_vault.passphraseFileOption());
}

bool KeyOptions::anyGiven(const QCommandLineParser& parser) const
{
    return parser.isSet(m_clientSecretFile) || parser.isSet(m_key) || parser.isSet(m_vault.vaultOption())
        || parser.isSet(m_vault.passphraseFileOption())
        || (m_role == Role::Encrypt && parser.isSet(m_publicKey))
        || (m_role == Role::Decrypt && parser.isSet(m_privateKey));
}

QString KeyOptions::helpText(Role role)
{
    QString text = QCoreApplication::translate(
        "sb::cli::KeyOptions",
        "Keys are read from files, the environment or the vault, never from the command line. A trailing "
        "line break in a key or passphrase file is ignored. The Port-managed key is the first 32 bytes of "
        "the client secret.\n\n"
        "--key NAME takes a key kept in the vault (see 'secret set'): PROJECT/NAME, or NAME alone when only "
        "one project has a key of that name. %1 With --key, --vault names the vault file (else "
        "$SECRETBENCH_VAULT, else the application data folder) and --passphrase-file holds the vault's "
        "passphrase (else it is asked on the terminal without echo).");
    switch (role) {
    case Role::Encrypt:
        return text.arg(
            QCoreApplication::translate("sb::cli::KeyOptions",
                                        "A port-client-secret encrypts Port-managed; an rsa-private-key "
                                        "encrypts client-side with its public half."));
    case Role::Decrypt:
        return text.arg(QCoreApplication::translate(
            "sb::cli::KeyOptions",
            "A port-client-secret or an rsa-private-key (opened with the passphrase "
            "stored with it); --key may be repeated."));
    case Role::ClientSecretOnly:
        break;
    }
    return text.arg(QCoreApplication::translate("sb::cli::KeyOptions", "It must be a port-client-secret."));
}

QString KeyOptions::keyOptionNames() const
{
    switch (m_role) {
    case Role::Encrypt:
        return QStringLiteral("--client-secret-file (or PORT_CLIENT_SECRET), --public-key or --key");
    case Role::Decrypt:
        return QStringLiteral("--client-secret-file (or PORT_CLIENT_SECRET), --private-key or --key");
    case Role::ClientSecretOnly:
        break;
    }
    return QStringLiteral("--client-secret-file (or PORT_CLIENT_SECRET) or --key");
}

Result<const KeyOptions::VaultKeys*> KeyOptions::vaultKeys(const QCommandLineParser& parser) const
{
    if (m_fromVault) {
        return &*m_fromVault;
    }
    if (!parser.isSet(m_key)) {
        if (parser.isSet(m_vault.vaultOption())) {
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate("sb::cli::KeyOptions", "--vault belongs to --key."));
        }
        if (parser.isSet(m_vault.passphraseFileOption())
            && (m_role != Role::Decrypt || !parser.isSet(m_privateKey))) {
            return fail(
                ErrorKind::Usage,
                m_role == Role::Decrypt
                    ? QCoreApplication::translate("sb::cli::KeyOptions",
                                                  "--passphrase-file belongs to --private-key or --key.")
                    : QCoreApplication::translate("sb::cli::KeyOptions",
                                                  "--passphrase-file belongs to --key (it holds the vault's "
                                                  "passphrase)."));
        }
        m_fromVault.emplace();
        return &*m_fromVault;
    }
    auto vault = m_vault.open(parser, false);
    if (!vault) {
        return std::unexpected(vault.error());
    }
    const KeyKinds kinds = m_role == Role::ClientSecretOnly ? KeyKinds(KeyKind::ClientSecret) : AnyKeyKind;
    VaultKeys keys;
    for (const QString& name : parser.values(m_key)) {
        auto found = findVaultKey(vault->content(), name, kinds);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (found->secret->type == ProjectSecretType::PortClientSecret) {
            if (keys.clientSecret) {
                return fail(ErrorKind::Usage,
                            QCoreApplication::translate("sb::cli::KeyOptions",
                                                        "Two --key options name client secrets; give one."));
            }
            keys.clientSecret = found->secret->current().value.clone();
            continue;
        }
        auto key = privateKeyOf(*found->secret);
        if (!key) {
            Error error = key.error();
            error.message = QCoreApplication::translate("sb::cli::KeyOptions",
                                                        "The vault's key %1 cannot be opened: %2")
                                .arg(found->reference(), error.message);
            return std::unexpected(error);
        }
        keys.privateKeys.append(std::move(*key));
    }
    vault->lock();
    m_fromVault = std::move(keys);
    return &*m_fromVault;
}

Result<std::optional<SecureBuffer>> KeyOptions::rawClientSecret(const QCommandLineParser& parser) const
{
    auto fromVault = vaultKeys(parser);
    if (!fromVault) {
        return std::unexpected(fromVault.error());
    }
    if (parser.isSet(m_clientSecretFile)) {
        if ((*fromVault)->clientSecret) {
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate(
                            "sb::cli::KeyOptions",
                            "Give the client secret once: --client-secret-file or --key, not both."));
        }
        auto read = readSecretFile(parser.value(m_clientSecretFile),
                                   QCoreApplication::translate("sb::cli::KeyOptions", "client secret"), true);
        if (!read) {
            return std::unexpected(read.error());
        }
        return std::optional<SecureBuffer>(std::move(*read));
    }
    if ((*fromVault)->clientSecret) {
        return std::optional<SecureBuffer>((*fromVault)->clientSecret->clone());
    }
    if (qEnvironmentVariableIsSet(ClientSecretVariable)) {
        QByteArray value = qgetenv(ClientSecretVariable);
        SecureBuffer secret = SecureBuffer::copyOf(value);
        wipe(value);
        return std::optional<SecureBuffer>(std::move(secret));
    }
    return std::optional<SecureBuffer>();
}

Result<std::optional<SecureBuffer>> KeyOptions::clientSecret(const QCommandLineParser& parser) const
{
    auto secret = rawClientSecret(parser);
    // A file's one trailing line break is not part of the secret (see readSecretFile).
    if (secret && *secret && parser.isSet(m_clientSecretFile)) {
        stripOneLineBreak(**secret);
    }
    return secret;
}

Result<QList<RsaPrivateKey>> KeyOptions::privateKeys(const QCommandLineParser& parser) const
{
    auto fromVault = vaultKeys(parser);
    if (!fromVault) {
        return std::unexpected(fromVault.error());
    }
    QList<RsaPrivateKey> keys;
    // With --key, --passphrase-file is the vault's: a --private-key then has to open without one.
    SecureBuffer passphrase;
    if (m_role == Role::Decrypt && parser.isSet(m_vault.passphraseFileOption()) && !parser.isSet(m_key)) {
        auto read
            = readSecretFile(parser.value(m_vault.passphraseFileOption()), QStringLiteral("passphrase"));
        if (!read) {
            return std::unexpected(read.error());
        }
        passphrase = std::move(*read);
    }
    const QStringList files = m_role == Role::Decrypt ? parser.values(m_privateKey) : QStringList();
    for (const QString& path : files) {
        auto pem = readSecretFile(path, QCoreApplication::translate("sb::cli::KeyOptions", "private key"));
        if (!pem) {
            return std::unexpected(pem.error());
        }
        auto key = RsaPrivateKey::fromPem(pem->view(), passphrase.view());
        if (!key) {
            Error error = key.error();
            if (error.kind == ErrorKind::PassphraseRequired) {
                error.message += parser.isSet(m_key)
                    ? QCoreApplication::translate(
                        "sb::cli::KeyOptions",
                        " With --key, --passphrase-file is the vault's passphrase: keep this key "
                        "in the vault ('secret set --type rsa-private-key') and name it with --key.")
                    : QCoreApplication::translate("sb::cli::KeyOptions", " Give it with --passphrase-file.");
            }
            return std::unexpected(error);
        }
        keys.append(std::move(*key));
    }
    keys.append((*fromVault)->privateKeys);
    return keys;
}

Result<std::unique_ptr<PortManagedCipher>> KeyOptions::portManaged(const QCommandLineParser& parser) const
{
    auto secret = clientSecret(parser);
    if (!secret) {
        return std::unexpected(secret.error());
    }
    if (!*secret) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::cli::KeyOptions", "No key given: use %1.")
                        .arg(keyOptionNames()));
    }
    auto cipher = PortManagedCipher::fromClientSecret((*secret)->view());
    if (!cipher) {
        return std::unexpected(cipher.error());
    }
    return std::make_unique<PortManagedCipher>(std::move(*cipher));
}

Result<std::optional<RsaPrivateKey>> KeyOptions::privateKey(const QCommandLineParser& parser) const
{
    auto keys = privateKeys(parser);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    // As for any option given twice, the last key counts (--key entries come after --private-key files).
    return keys->isEmpty() ? std::optional<RsaPrivateKey>() : std::optional<RsaPrivateKey>(keys->last());
}

Result<std::unique_ptr<EnvelopeEncryptor>> KeyOptions::encryptor(const QCommandLineParser& parser) const
{
    auto fromVault = vaultKeys(parser);
    if (!fromVault) {
        return std::unexpected(fromVault.error());
    }
    const int given = int(parser.isSet(m_clientSecretFile)) + int(parser.isSet(m_publicKey))
        + int((*fromVault)->clientSecret.has_value()) + int((*fromVault)->privateKeys.size());
    if (given > 1) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "sb::cli::KeyOptions",
                        "Give one key, not both: --client-secret-file, --public-key or one --key."));
    }
    std::optional<RsaPublicKey> publicKey;
    if (parser.isSet(m_publicKey)) {
        auto pem = readFile(parser.value(m_publicKey),
                            QCoreApplication::translate("sb::cli::KeyOptions", "public key"));
        if (!pem) {
            return std::unexpected(pem.error());
        }
        auto key = RsaPublicKey::fromPem(*pem);
        if (!key) {
            return std::unexpected(key.error());
        }
        publicKey = std::move(*key);
    } else if (!(*fromVault)->privateKeys.isEmpty()) {
        publicKey = (*fromVault)->privateKeys.first().publicKey();
    }
    if (publicKey) {
        auto encryptor = ClientSideEncryptor::create(std::move(*publicKey));
        if (!encryptor) {
            return std::unexpected(encryptor.error());
        }
        return std::make_unique<ClientSideEncryptor>(std::move(*encryptor));
    }
    auto cipher = portManaged(parser);
    if (!cipher) {
        return std::unexpected(cipher.error());
    }
    return std::unique_ptr<EnvelopeEncryptor>(std::move(*cipher));
}

Result<std::unique_ptr<EnvelopeDecryptor>> KeyOptions::decryptor(const QCommandLineParser& parser) const
{
    auto key = privateKey(parser);
    if (!key) {
        return std::unexpected(key.error());
    }
    const bool clientSecretGiven = parser.isSet(m_clientSecretFile) || (*vaultKeys(parser))->clientSecret;
    if (*key && clientSecretGiven) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::cli::KeyOptions",
                                                "Give either a client secret or a private key, not both."));
    }
    if (*key) {
        return std::make_unique<ClientSideDecryptor>(std::move(**key));
    }
    auto cipher = portManaged(parser);
    if (!cipher) {
        return std::unexpected(cipher.error());
    }
    return std::unique_ptr<EnvelopeDecryptor>(std::move(*cipher));
}

} // namespace sb::cli
