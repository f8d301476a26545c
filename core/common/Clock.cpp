// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace sb {

namespace {
Clock* g_installed = nullptr;
} // namespace

Clock& Clock::instance()
{
    static Clock system;
    return g_installed ? *g_installed : system;
}

void Clock::setInstance(Clock* clock)
{
    g_installed = clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

void ManualClock::advance(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
    Q_EMIT advanced();
}

void ManualClock::setNow(const QDateTime& now)
{
    m_now = now;
    Q_EMIT advanced();
}

} // namespace sb
