// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLockWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>

namespace sb {

SessionLockWatcher::SessionLockWatcher(QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto& [service, path] :
             { std::pair { "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver" },
               std::pair { "org.freedesktop.ScreenSaver", "/ScreenSaver" },
               std::pair { "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver" } }) {
            // An empty service name accepts the signal from any sender: screen
            // savers emit it from their unique bus name.
            m_connected |= session.connect(QString(), QString::fromLatin1(path), QString::fromLatin1(service),
                                           QStringLiteral("ActiveChanged"), this,
                                           SLOT(onScreenSaverActiveChanged(bool)));
        }
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        const QString login1 = QStringLiteral("org.freedesktop.login1");
        QDBusInterface manager(login1, QStringLiteral("/org/freedesktop/login1"),
                               QStringLiteral("org.freedesktop.login1.Manager"), system);
        const QDBusReply<QDBusObjectPath> ownSession
            = manager.call(QStringLiteral("GetSessionByPID"), quint32(QCoreApplication::applicationPid()));
        if (ownSession.isValid()) {
            m_connected |= system.connect(login1, ownSession.value().path(),
                                          QStringLiteral("org.freedesktop.login1.Session"),
                                          QStringLiteral("Lock"), this, SLOT(onLogindLock()));
        }
        m_connected |= system.connect(login1, QStringLiteral("/org/freedesktop/login1"),
                                      QStringLiteral("org.freedesktop.login1.Manager"),
                                      QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    }
}

void SessionLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active) {
        Q_EMIT sessionLocked();
    }
}

void SessionLockWatcher::onLogindLock()
{
    Q_EMIT sessionLocked();
}

void SessionLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        Q_EMIT sessionLocked();
    }
}

} // namespace sb
