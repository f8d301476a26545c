// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSender.h"

#include "common/Clock.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace sb {

RequestSender::RequestSender(QObject* parent)
    : QObject(parent)
{
    connect(&m_timeout, &Countdown::expired, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

void RequestSender::send(const QString& method,
                         const QUrl& url,
                         const QList<QPair<QString, QString>>& headers,
                         const QByteArray& body,
                         int timeoutSeconds)
{
    cancel();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("SecretBench form preview"));
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name.toUtf8(), value.toUtf8());
    }
    m_timedOut = false;
    m_cancelled = false;
    m_tlsErrors.clear();
    m_url = url;
    m_timeoutSeconds = timeoutSeconds;
    m_startedAt = Clock::instance().msecsSinceEpoch();
    m_reply = m_network.sendCustomRequest(request, method.toUtf8(), body);
    connect(m_reply, &QNetworkReply::finished, this, &RequestSender::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            m_tlsErrors << e.errorString();
        }
    });
    m_timeout.start(qint64(timeoutSeconds) * 1000);
    Q_EMIT started();
}

void RequestSender::cancel()
{
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort();
    }
}

void RequestSender::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();
    const QString target = m_url.toDisplayString();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        // Any HTTP answer, 4xx and 5xx included, is a response to show.
        Response response;
        response.status = status.toInt();
        response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        response.elapsedMs = Clock::instance().msecsSinceEpoch() - m_startedAt;
        Q_EMIT finished(response);
        return;
    }
    if (m_timedOut) {
        Q_EMIT failed(Failure::TimedOut,
                      tr("No answer from %1 within %2 s. Is the backend stuck, or is a firewall dropping the "
                         "connection?")
                          .arg(target)
                          .arg(m_timeoutSeconds));
        return;
    }
    if (m_cancelled) {
        Q_EMIT failed(Failure::Cancelled, tr("Cancelled."));
        return;
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        Q_EMIT failed(Failure::Refused,
                      tr("Connection refused: nothing is listening at %1:%2. Start your backend "
                         "(e.g. the Flask example on port %2) or fix the URL.")
                          .arg(m_url.host())
                          .arg(m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80)));
        return;
    case QNetworkReply::HostNotFoundError:
        Q_EMIT failed(Failure::HostNotFound, tr("Unknown host \"%1\".").arg(m_url.host()));
        return;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
            Q_EMIT failed(Failure::Tls,
                          tr("TLS failed with %1: %2. A self-signed test certificate is not trusted; "
                             "use http:// for a local backend or install the certificate.")
                              .arg(m_url.host(),
                                   m_tlsErrors.isEmpty() ? reply->errorString()
                                                         : m_tlsErrors.join(QStringLiteral("; "))));
            return;
        }
        break;
    default:
        break;
    }
    if (!m_tlsErrors.isEmpty()) {
        Q_EMIT failed(
            Failure::Tls,
            tr("TLS failed with %1: %2.").arg(m_url.host(), m_tlsErrors.join(QStringLiteral("; "))));
        return;
    }
    Q_EMIT failed(Failure::Other, tr("Sending to %1 failed: %2").arg(target, reply->errorString()));
}

} // namespace sb
