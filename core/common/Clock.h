// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

namespace sb {

// The time source for everything that expires: reveal re-masking, clipboard
// clearing, auto-lock, token expiry. Tests install a ManualClock and move time
// forward instead of sleeping.
class Clock : public QObject
{
    Q_OBJECT
public:
    static Clock& instance();
    // Installs `clock` (not owned) as the time source; nullptr restores the system clock.
    static void setInstance(Clock* clock);

    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    qint64 msecsSinceEpoch() const { return now().toMSecsSinceEpoch(); }
    virtual bool isManual() const { return false; }

Q_SIGNALS:
    // A manual clock moved; countdowns check their deadlines.
    void advanced();
};

class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));

    QDateTime now() const override { return m_now; }
    bool isManual() const override { return true; }

    void advance(qint64 msecs);
    void setNow(const QDateTime& now);

private:
    QDateTime m_now;
};

} // namespace sb
