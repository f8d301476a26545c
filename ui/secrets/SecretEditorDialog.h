// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"
#include "secrets/VaultContent.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sb {

class SecretField;

// Adds a secret, renames one, or replaces its value -- with the value
// checked as it is typed: a MongoDB URL by the driver (and the specification's
// escaping rules, with a one-click fix), a JWT secret by its strength, a Port
// client secret by the 32-byte rule (and what else the inspector sees in it),
// an RSA private key by opening it (asking for its passphrase when it is
// encrypted: the passphrase is stored with it) and showing its size, format and
// fingerprint. Only the redacted form of a URL is ever shown outside the masked
// field; a PEM is opened from a file or the clipboard and never shown.
class SecretEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        Rename,
        Replace,
    };

    SecretEditorDialog(Mode mode, const QString& project, QWidget* parent = nullptr);
    ~SecretEditorDialog() override;

    // Names already used in the project (refused ignoring case).
    void setExistingNames(const QStringList& names);
    // For Rename and Replace: the secret being changed.
    void setSecret(const QString& name, ProjectSecretType type);

    Mode mode() const { return m_mode; }
    QString name() const;
    ProjectSecretType type() const;
    // The value to store: for an RSA private key, the PEM with its passphrase
    // (StoredPrivateKey); empty while it does not open.
    SecureBuffer value() const;
    // An RSA private key's PEM, as "Open PEM…" or "Paste PEM" give it.
    void setPem(QByteArrayView pem);

Q_SIGNALS:
    // The key rows to show changed (an encrypted key needs its passphrase).
    void keyRowsChanged();

private:
    void validate();
    void growToFit();
    void validateKey(QStringList& problems, bool& ok);
    void applyFix();
    void generate();
    void openPem();
    void pastePem();

    Mode m_mode;
    QString m_originalName;
    QStringList m_existing;
    QLineEdit* m_name;
    QComboBox* m_type;
    SecretField* m_value;
    QLabel* m_reference;
    QLabel* m_validation;
    QPushButton* m_fix;
    QPushButton* m_generate;
    QWidget* m_pemRow;
    QLabel* m_pemState;
    SecretField* m_keyPassphrase;
    SecureBuffer m_pem;
    bool m_needsPassphrase = false;
    QDialogButtonBox* m_buttons;
};

} // namespace sb
