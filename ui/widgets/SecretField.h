// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Countdown.h"
#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace sb {

// The single-line secret field used by every workspace: masked by default,
// monospace, a reveal toggle that re-masks itself after a timeout, and a copy
// button that goes through the ClipboardService.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultRevealSeconds = 30;

    explicit SecretField(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    // The value as UTF-8 in a wiping buffer, for handing to the core.
    SecureBuffer secret() const;
    void clear();

    void setPlaceholderText(const QString& text);
    void setReadOnly(bool readOnly);
    void setCopyVisible(bool visible);
    void setAccessibleName(const QString& name);

    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    void setRevealTimeout(int seconds);

    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void textChanged(const QString& text);
    void revealedChanged(bool revealed);

private:
    void copy();

    QLineEdit* m_edit;
    QToolButton* m_revealButton;
    QToolButton* m_copyButton;
    Countdown m_remask;
    int m_revealSeconds = DefaultRevealSeconds;
    bool m_revealed = false;
};

} // namespace sb
