// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "inspector/EnvelopeDiagnosis.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace sb {

class KeyPicker;
class SecretField;
class VaultSession;

// The keys of the inspector: each one from the vault (a KeyPicker) or
// one-off -- the client secret typed, pasted or read from a file, an RSA
// private key from a PEM file or pasted PEM (with a passphrase prompt when it
// is encrypted). Shows what is known about each key, never the key; keeps
// one-off keys in memory only, and reads vault keys from the session when
// needed.
class KeysPanel : public QGroupBox
{
    Q_OBJECT
public:
    // Asks for a passphrase; nothing when the person cancels.
    using PassphraseProvider = std::function<std::optional<SecureBuffer>(const QString& prompt)>;

    explicit KeysPanel(QWidget* parent = nullptr);

    DiagnosisKeys keys() const;
    // The private key in use: the vault entry chosen, else the one-off one.
    std::optional<RsaPrivateKey> privateKey() const;

    void setVaultSession(VaultSession* session);
    KeyPicker* clientSecretPicker() const { return m_secretPicker; }
    KeyPicker* privateKeyPicker() const { return m_keyPicker; }

    void setClientSecret(const QString& text);
    Status loadClientSecretFile(const QString& path);
    Status loadPrivateKeyPem(QByteArrayView pem, const QString& origin);
    Status loadPrivateKeyFile(const QString& path);
    void forgetPrivateKey();

    void setPassphraseProvider(PassphraseProvider provider) { m_passphrase = std::move(provider); }

Q_SIGNALS:
    void keysChanged();
    // A key picker asks for the vault to be unlocked.
    void vaultUnlockRequested();

private:
    void chooseClientSecretFile();
    void choosePrivateKeyFile();
    void pastePrivateKey();
    void updateFacts();
    void showError(const QString& message);

    KeyPicker* m_secretPicker;
    KeyPicker* m_keyPicker;
    SecretField* m_clientSecret;
    QPushButton* m_secretFile;
    QPushButton* m_keyFile;
    QPushButton* m_keyPaste;
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
