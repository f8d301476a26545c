// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace sb {

// Watches the whole application's input (keys, mouse, wheel, touch) and
// reports activity, at most once a second, for the inactivity auto-lock.
class UserActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit UserActivityFilter(QObject* parent = nullptr);
    ~UserActivityFilter() override;

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 m_last = 0;
};

} // namespace sb
