#pragma once

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
// only ever read from files or the environment, never from the command line.
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
    // True when any key option was given (PORT_CLIENT_SECRET does not count).
    bool anyGiven(const QCommandLineParser& parser) const;

    Result<std::unique_ptr<EnvelopeEncryptor>> encryptor(const QCommandLineParser& parser) const;
    Result<std::unique_ptr<EnvelopeDecryptor>> decryptor(const QCommandLineParser& parser) const;

    // The client secret exactly as given, for the inspector's diagnosis: the
    // --client-secret-file bytes with nothing stripped, or PORT_CLIENT_SECRET;
    // nothing when neither is there.
    Result<std::optional<SecureBuffer>> rawClientSecret(const QCommandLineParser& parser) const;
    // The --private-key (read with --passphrase-file), or nothing when not given.
    Result<std::optional<RsaPrivateKey>> privateKey(const QCommandLineParser& parser) const;

    static QString helpText(Role role);

    // The client secret from --client-secret-file or PORT_CLIENT_SECRET, or
    // nothing when neither is given.
    Result<std::optional<SecureBuffer>> clientSecret(const QCommandLineParser& parser) const;
    // Every --private-key given (the option may repeat), decrypted with --passphrase-file.
    Result<QList<RsaPrivateKey>> privateKeys(const QCommandLineParser& parser) const;

private:
    Result<std::unique_ptr<PortManagedCipher>> portManaged(const QCommandLineParser& parser) const;

    Role m_role;
    QCommandLineOption m_clientSecretFile;
    QCommandLineOption m_publicKey;
    QCommandLineOption m_privateKey;
    QCommandLineOption m_passphraseFile;
};

} // namespace sb::cli
