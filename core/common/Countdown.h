// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace sb {

// A single-shot timer that follows Clock: a QTimer with the system clock,
// deadline checks on Clock::advanced() with a ManualClock.
class Countdown : public QObject
{
    Q_OBJECT
public:
    explicit Countdown(QObject* parent = nullptr);

    void start(qint64 msecs);
    void stop();
    bool isActive() const { return m_deadline >= 0; }
    // Milliseconds left, or -1 when not running.
    qint64 remaining() const;

Q_SIGNALS:
    void expired();

private:
    void check();

    QTimer m_timer;
    qint64 m_deadline = -1;
};

} // namespace sb
