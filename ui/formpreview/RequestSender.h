// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Countdown.h"
#include "common/Settings.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

namespace sb {

// Sends one request to a backend without blocking the UI: a time limit (on
// sb::Clock, so tests need not wait), cancel, and a clear message for the
// usual failures (nothing listening, timeout, TLS, unknown host).
class RequestSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutSeconds = Settings::BackendTimeoutSeconds.fallback;

    struct Response
    {
        int status = 0;
        QString reason;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 elapsedMs = 0;
    };

    enum class Failure
    {
        Refused,
        TimedOut,
        Tls,
        HostNotFound,
        Cancelled,
        Other
    };

    explicit RequestSender(QObject* parent = nullptr);

    void send(const QString& method,
              const QUrl& url,
              const QList<QPair<QString, QString>>& headers,
              const QByteArray& body,
              int timeoutSeconds = DefaultTimeoutSeconds);
    void cancel();
    bool isBusy() const { return m_reply != nullptr; }

Q_SIGNALS:
    void started();
    void finished(const sb::RequestSender::Response& response);
    void failed(sb::RequestSender::Failure failure, const QString& message);

private:
    void onFinished();

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    Countdown m_timeout;
    bool m_timedOut = false;
    bool m_cancelled = false;
    qint64 m_startedAt = 0;
    QUrl m_url;
    int m_timeoutSeconds = DefaultTimeoutSeconds;
    QStringList m_tlsErrors;
};

} // namespace sb
