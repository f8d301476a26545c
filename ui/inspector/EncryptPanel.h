// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/RsaKey.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sb {

class CodeEditor;
class KeysPanel;

// The reverse direction: make test envelopes in either format from typed
// text or JSON, with the client secret of the keys panel or a public key
// (the loaded private key's, or one opened here).
class EncryptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EncryptPanel(KeysPanel* keys, QWidget* parent = nullptr);

    // Encrypts what is typed; the envelope (or the body holding it) appears in the output.
    bool encrypt();
    QString output() const;
    Status loadPublicKeyFile(const QString& path);

Q_SIGNALS:
    // "Inspect it" was pressed: the output should go to the input.
    void inspectRequested(const QString& text);

private:
    void choosePublicKey();
    void updateKeyLabel();

    KeysPanel* m_keys;
    QRadioButton* m_portManaged;
    QRadioButton* m_clientSide;
    QComboBox* m_type;
    CodeEditor* m_input;
    QCheckBox* m_asBody;
    QLineEdit* m_output;
    QLabel* m_keyLabel;
    QLabel* m_error;
    std::optional<RsaPublicKey> m_publicKey;
};

} // namespace sb
