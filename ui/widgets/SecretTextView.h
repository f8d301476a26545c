// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Countdown.h"
#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace sb {

class JsonHighlighter;

// The multi-line counterpart of SecretField, for decrypted values: read-only,
// masked until revealed, re-masked after a timeout (Countdown, so tests drive
// it with a ManualClock), JSON pretty-printed when revealed, and copied only
// through the ClipboardService. The plaintext lives in a wiping buffer; the
// text widget holds it only while it is revealed.
class SecretTextView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultRevealSeconds = 30;

    explicit SecretTextView(QWidget* parent = nullptr);

    // Takes the value; it is shown masked.
    void setSecret(SecureBuffer plaintext);
    void clear();
    bool hasSecret() const { return m_hasSecret; }
    qsizetype secretSize() const { return m_plaintext.size(); }

    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    void setRevealTimeout(int seconds);
    int revealTimeout() const { return m_revealSeconds; }

    // What the text area shows right now (the mask, or the value).
    QString displayedText() const;

Q_SIGNALS:
    void revealedChanged(bool revealed);

private:
    void copy();
    void showMask();
    void showValue();

    QPlainTextEdit* m_text;
    QToolButton* m_revealButton;
    QToolButton* m_copyButton;
    QLabel* m_status;
    JsonHighlighter* m_highlighter = nullptr;
    Countdown m_remask;
    SecureBuffer m_plaintext;
    bool m_hasSecret = false;
    bool m_revealed = false;
    bool m_json = false;
    bool m_utf8 = false;
    int m_revealSeconds = DefaultRevealSeconds;
};

} // namespace sb
