#include "KeyOptions.h"

#include "CliIo.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/PortManagedCipher.h"

namespace sb::cli {

namespace {

constexpr auto ClientSecretVariable = "PORT_CLIENT_SECRET";

} // namespace

KeyOptions::KeyOptions(Role role)
    : m_role(role)
    , m_clientSecretFile(
          QStringLiteral("client-secret-file"),
          QStringLiteral("Port-managed (aes256-gcm): read the client secret from <file>. Without "
                         "this or a key option, PORT_CLIENT_SECRET is used."),
          QStringLiteral("file"))
    , m_publicKey(
          QStringLiteral("public-key"),
          QStringLiteral("Client-side: the RSA public key (PEM: PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE)."),
          QStringLiteral("pemfile"))
    , m_privateKey(
          QStringLiteral("private-key"),
          QStringLiteral("Client-side: the RSA private key (PEM: PKCS#8, encrypted PKCS#8 or PKCS#1)."),
          QStringLiteral("pemfile"))
    , m_passphraseFile(QStringLiteral("passphrase-file"),
                       QStringLiteral("Read the private key's passphrase from <file>."),
                       QStringLiteral("file"))
{ }

void KeyOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_clientSecretFile);
    if (m_role == Role::ClientSecretOnly) {
        return;
    }
    if (m_role == Role::Encrypt) {
        parser.addOption(m_publicKey);
    } else {
        parser.addOption(m_privateKey);
        parser.addOption(m_passphraseFile);
    }
}

bool KeyOptions::anyGiven(const QCommandLineParser& parser) const
{
    return parser.isSet(m_clientSecretFile) || (m_role == Role::Encrypt && parser.isSet(m_publicKey))
        || (m_role == Role::Decrypt && parser.isSet(m_privateKey));
}

QString KeyOptions::helpText(Role role)
{
    Q_UNUSED(role);
    return QStringLiteral("Keys are read from files or the environment, never from the command line. A "
                          "trailing line break in a "
                          "key or passphrase file is ignored. The Port-managed key is the first 32 bytes of "
                          "the client secret.");
}

Result<std::optional<SecureBuffer>> KeyOptions::rawClientSecret(const QCommandLineParser& parser) const
{
    if (parser.isSet(m_clientSecretFile)) {
        auto read = readSecretFile(parser.value(m_clientSecretFile), QStringLiteral("client secret"), true);
        if (!read) {
            return std::unexpected(read.error());
        }
        return std::optional<SecureBuffer>(std::move(*read));
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
    QList<RsaPrivateKey> keys;
    if (m_role != Role::Decrypt) {
        return keys;
    }
    if (parser.isSet(m_passphraseFile) && !parser.isSet(m_privateKey)) {
        return fail(ErrorKind::Usage, QStringLiteral("--passphrase-file belongs to --private-key."));
    }
    SecureBuffer passphrase;
    if (parser.isSet(m_passphraseFile)) {
        auto read = readSecretFile(parser.value(m_passphraseFile), QStringLiteral("passphrase"));
        if (!read) {
            return std::unexpected(read.error());
        }
        passphrase = std::move(*read);
    }
    for (const QString& path : parser.values(m_privateKey)) {
        auto pem = readSecretFile(path, QStringLiteral("private key"));
        if (!pem) {
            return std::unexpected(pem.error());
        }
        auto key = RsaPrivateKey::fromPem(pem->view(), passphrase.view());
        if (!key) {
            Error error = key.error();
            if (error.kind == ErrorKind::PassphraseRequired) {
                error.message += QStringLiteral(" Give it with --passphrase-file.");
            }
            return std::unexpected(error);
        }
        keys.append(std::move(*key));
    }
    return keys;
}

Result<std::unique_ptr<PortManagedCipher>> KeyOptions::portManaged(const QCommandLineParser& parser) const
{
    auto secret = clientSecret(parser);
    if (!secret) {
        return std::unexpected(secret.error());
    }
    if (!*secret) {
        const QString keyOption
            = m_role == Role::Encrypt ? QStringLiteral("--public-key") : QStringLiteral("--private-key");
        return fail(ErrorKind::Usage,
                    QStringLiteral("No key given: use --client-secret-file (or set PORT_CLIENT_SECRET) for "
                                   "Port-managed encryption, or %1 for client-side encryption.")
                        .arg(keyOption));
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
    // As for any option given twice, the last --private-key counts.
    return keys->isEmpty() ? std::optional<RsaPrivateKey>() : std::optional<RsaPrivateKey>(keys->last());
}

Result<std::unique_ptr<EnvelopeEncryptor>> KeyOptions::encryptor(const QCommandLineParser& parser) const
{
    if (parser.isSet(m_clientSecretFile) && parser.isSet(m_publicKey)) {
        return fail(ErrorKind::Usage,
                    QStringLiteral("Give either --client-secret-file or --public-key, not both."));
    }
    if (parser.isSet(m_publicKey)) {
        auto pem = readFile(parser.value(m_publicKey), QStringLiteral("public key"));
        if (!pem) {
            return std::unexpected(pem.error());
        }
        auto key = RsaPublicKey::fromPem(*pem);
        if (!key) {
            return std::unexpected(key.error());
        }
        auto encryptor = ClientSideEncryptor::create(std::move(*key));
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
    if (parser.isSet(m_clientSecretFile) && parser.isSet(m_privateKey)) {
        return fail(ErrorKind::Usage,
                    QStringLiteral("Give either --client-secret-file or --private-key, not both."));
    }
    auto key = privateKey(parser);
    if (!key) {
        return std::unexpected(key.error());
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
