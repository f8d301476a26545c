// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserActivityFilter.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace sb {

UserActivityFilter::UserActivityFilter(QObject* parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

UserActivityFilter::~UserActivityFilter()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

bool UserActivityFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate: {
        const qint64 now = Clock::instance().msecsSinceEpoch();
        if (now - m_last >= 1000) {
            m_last = now;
            Q_EMIT activity();
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sb
