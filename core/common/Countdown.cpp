// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Countdown.h"

#include "common/Clock.h"

namespace sb {

Countdown::Countdown(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Countdown::check);
}

void Countdown::start(qint64 msecs)
{
    Clock& clock = Clock::instance();
    m_deadline = clock.msecsSinceEpoch() + std::max<qint64>(0, msecs);
    disconnect(&clock, &Clock::advanced, this, &Countdown::check);
    if (clock.isManual()) {
        m_timer.stop();
        connect(&clock, &Clock::advanced, this, &Countdown::check);
    } else {
        m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, msecs)));
    }
}

void Countdown::stop()
{
    m_timer.stop();
    m_deadline = -1;
    disconnect(&Clock::instance(), &Clock::advanced, this, &Countdown::check);
}

qint64 Countdown::remaining() const
{
    if (m_deadline < 0) {
        return -1;
    }
    return std::max<qint64>(0, m_deadline - Clock::instance().msecsSinceEpoch());
}

void Countdown::check()
{
    if (m_deadline < 0) {
        return;
    }
    const qint64 left = m_deadline - Clock::instance().msecsSinceEpoch();
    if (left > 0) {
        if (!Clock::instance().isManual()) {
            m_timer.start(std::chrono::milliseconds(left));
        }
        return;
    }
    stop();
    Q_EMIT expired();
}

} // namespace sb
