#pragma once

#include "common/Error.h"
#include "inspector/EnvelopeDiagnosis.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace sb {

class SecretField;

// The keys of the inspector: the client secret (typed, pasted or read from a
// file) and an RSA private key (PEM file or pasted PEM, with a passphrase
// prompt when it is encrypted). Shows what is known about each key, never
// the key; keeps them in memory only.
class KeysPanel : public QGroupBox
{
    Q_OBJECT
public:
    // Asks for a passphrase; nothing when the person cancels.
    using PassphraseProvider = std::function<std::optional<SecureBuffer>(const QString& prompt)>;

    explicit KeysPanel(QWidget* parent = nullptr);

    DiagnosisKeys keys() const;
    const std::optional<RsaPrivateKey>& privateKey() const { return m_privateKey; }

    void setClientSecret(const QString& text);
    Status loadClientSecretFile(const QString& path);
    Status loadPrivateKeyPem(QByteArrayView pem, const QString& origin);
    Status loadPrivateKeyFile(const QString& path);
    void forgetPrivateKey();

    void setPassphraseProvider(PassphraseProvider provider) { m_passphrase = std::move(provider); }

Q_SIGNALS:
    void keysChanged();

private:
    void chooseClientSecretFile();
    void choosePrivateKeyFile();
    void pastePrivateKey();
    void updateFacts();
    void showError(const QString& message);

    SecretField* m_clientSecret;
    QLabel* m_clientSecretFacts;
    QLabel* m_privateKeyFacts;
    QLabel* m_error;
    QPushButton* m_forgetKey;
    std::optional<RsaPrivateKey> m_privateKey;
    QString m_privateKeyOrigin;
    // The file's exact bytes (a trailing line break matters to the diagnosis)
    // for as long as the field still shows them.
    std::optional<SecureBuffer> m_secretFromFile;
    QString m_secretFromFileText;
    PassphraseProvider m_passphrase;
};

} // namespace sb
