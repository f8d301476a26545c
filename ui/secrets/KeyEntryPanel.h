// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sb {

class SecretField;
class SecretTextView;

// The details of a key entry. A Port client secret: what the inspector knows
// about it (the 32-byte rule, whitespace, a client-ID look-alike). An RSA
// private key: its size, format and public-key fingerprint, the public key
// (PEM, to paste into a definition), the private key masked in a
// SecretTextView (reveal and copy, never shown otherwise) and its stored
// passphrase in a SecretField.
class KeyEntryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KeyEntryPanel(QWidget* parent = nullptr);

    void setSecret(const ProjectSecret* secret);
    void clear();

    SecretTextView* privateKeyView() const { return m_pem; }
    SecretField* passphraseField() const { return m_passphrase; }
    QString publicKeyPem() const;

private:
    QLabel* m_facts;
    QLabel* m_publicTitle;
    QPlainTextEdit* m_publicKey;
    QPushButton* m_copyPublic;
    QLabel* m_pemTitle;
    SecretTextView* m_pem;
    QLabel* m_passphraseTitle;
    SecretField* m_passphrase;
};

} // namespace sb
