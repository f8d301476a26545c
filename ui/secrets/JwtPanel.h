// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sb {

class CodeEditor;

// The JWT secret of the selected secret: its strength for each algorithm
// (RFC 7518 §3.2), a generator, signing with editable claims (iat, exp as
// durations like 10m, 1h, 7d) and verifying a pasted token, naming the check
// that fails.
class JwtPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JwtPanel(QWidget* parent = nullptr);

    void setSecret(SecureBuffer secret);
    // Forgets the secret, the token and any result.
    void clear();

Q_SIGNALS:
    // The user asked for a new random secret of `randomBytes` bytes to replace this one.
    void generateRequested(int randomBytes);

private:
    void updateStrength();
    void sign();
    void verify();

    SecureBuffer m_secret;
    QComboBox* m_algorithm;
    QLabel* m_strength;
    QPushButton* m_generate;
    CodeEditor* m_claims;
    QCheckBox* m_issuedAt;
    QLineEdit* m_expiresIn;
    QPushButton* m_sign;
    QPlainTextEdit* m_token;
    QPushButton* m_copyToken;
    QLabel* m_signResult;
    QPlainTextEdit* m_verifyInput;
    QSpinBox* m_leeway;
    QPushButton* m_verify;
    QLabel* m_verifyResult;
};

} // namespace sb
