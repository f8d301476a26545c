// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Countdown.h"

#include <QByteArray>
#include <QObject>

namespace sb {

// The one place that puts secrets on the clipboard. It marks them as concealed
// for clipboard managers, clears them after a timeout, on lock and on quit —
// but only while the clipboard still holds what it put there, so something the
// user copied since is never destroyed.
class ClipboardService : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearSeconds = 30;

    static ClipboardService& instance();

    void copySecret(const QString& text);
    // Non-secret text (references, redacted URLs, envelopes): no timeout.
    void copyText(const QString& text);

    // Clears the clipboard if it still holds the secret we copied.
    void clearIfOwned();
    bool holdsOurSecret() const;

    void setClearTimeout(int seconds);
    int clearTimeout() const { return m_clearSeconds; }
    // Milliseconds until the clipboard is cleared, or -1 when nothing is pending.
    qint64 remaining() const { return m_countdown.remaining(); }

Q_SIGNALS:
    void secretCopied();
    void cleared();

private:
    explicit ClipboardService(QObject* parent = nullptr);

    Countdown m_countdown;
    // A digest of what we copied, to recognise it without keeping the secret.
    QByteArray m_digest;
    int m_clearSeconds = DefaultClearSeconds;
};

} // namespace sb
