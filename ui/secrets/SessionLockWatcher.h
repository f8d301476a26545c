// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace sb {

// Tells when the desktop session locks, where the desktop reports it over
// D-Bus: org.freedesktop.ScreenSaver (KDE, and others) and org.gnome.ScreenSaver
// ActiveChanged(true) on the session bus, and logind's Lock signal for our
// session (plus PrepareForSleep) on the system bus. Without a bus nothing
// happens: auto-lock by inactivity still applies.
class SessionLockWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SessionLockWatcher(QObject* parent = nullptr);

    // Whether at least one source could be subscribed to.
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void sessionLocked();

private Q_SLOTS:
    // QDBusConnection::connect takes slots by name only, hence slots here.
    void onScreenSaverActiveChanged(bool active);
    void onLogindLock();
    void onPrepareForSleep(bool sleeping);

private:
    bool m_connected = false;
};

} // namespace sb
