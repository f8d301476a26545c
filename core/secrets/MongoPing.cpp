// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MongoPing.h"

#include "crypto/Random.h"
#include "secrets/MongoRuntime.h"
#include "secrets/MongoUrl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

#include <mongoc/mongoc.h>

#include <thread>

namespace sb {

namespace {

struct ClientDeleter
{
    void operator()(mongoc_client_t* client) const { MongoRuntime::api()->client_destroy(client); }
};

using Outcome = MongoPingResult::Outcome;

bool has(const QString& text, const char* needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// Sorts a driver error into the outcomes a person can act on. The driver
// reports most connection problems as a server-selection failure whose
// message quotes the underlying one, so the message is read as well.
Outcome classify(const bson_error_t& error, const QString& message)
{
    if (error.domain == MONGOC_ERROR_CLIENT && error.code == MONGOC_ERROR_CLIENT_AUTHENTICATE) {
        return Outcome::AuthenticationFailed;
    }
    if (error.code == 18 || has(message, "authentication failed") || has(message, "auth failed")) {
        return Outcome::AuthenticationFailed;
    }
    if (has(message, "TLS") || has(message, "SSL") || has(message, "certificate")) {
        return Outcome::TlsFailure;
    }
    if ((error.domain == MONGOC_ERROR_STREAM && error.code == MONGOC_ERROR_STREAM_NAME_RESOLUTION)
        || has(message, "Failed to resolve") || has(message, "SRV") || has(message, "host is unknown")
        || has(message, "Name or service not known")) {
        return Outcome::DnsFailure;
    }
    if (has(message, "connection refused") || has(message, "Connection refused")) {
        return Outcome::ConnectionRefused;
    }
    if (has(message, "timeout") || has(message, "timed out") || has(message, "expired")) {
        return Outcome::Timeout;
    }
    return Outcome::OtherFailure;
}

QString scrubbed(const char* driverMessage, QByteArrayView url)
{
    return MongoUrl::scrubMessage(QString::fromUtf8(driverMessage), url);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

QString MongoPingResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::DnsFailure:
        return QStringLiteral("dns-failure");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::TlsFailure:
        return QStringLiteral("tls-failure");
    case Outcome::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case Outcome::InvalidUrl:
        return QStringLiteral("invalid-url");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::OtherFailure:
        return QStringLiteral("failed");
    }
    return {};
}

QString MongoPingResult::summary() const
{
    switch (outcome) {
    case Outcome::Success:
        return QCoreApplication::translate("sb::MongoPing",
                                           "Connected: MongoDB %1, round trip %2 ms (connecting took %3 ms).")
            .arg(serverVersion.isEmpty() ? QCoreApplication::translate("sb::MongoPing", "(version unknown)")
                                         : serverVersion)
            .arg(roundTripMs, 0, 'f', 1)
            .arg(connectMs, 0, 'f', 0);
    case Outcome::DnsFailure:
        return QCoreApplication::translate("sb::MongoPing",
                                           "DNS failure: the host name or SRV record does not resolve. %1")
            .arg(message);
    case Outcome::ConnectionRefused:
        return QCoreApplication::translate("sb::MongoPing",
                                           "Connection refused: nothing listens on that host and port. %1")
            .arg(message);
    case Outcome::Timeout:
        return QCoreApplication::translate("sb::MongoPing",
                                           "Timed out: no answer in time (firewall, wrong host or port?). %1")
            .arg(message);
    case Outcome::TlsFailure:
        return QCoreApplication::translate("sb::MongoPing",
                                           "TLS failure: the secure connection could not be set up. %1")
            .arg(message);
    case Outcome::AuthenticationFailed:
        return QCoreApplication::translate(
                   "sb::MongoPing", "Authentication failed: the server refused the username or password. %1")
            .arg(message);
    case Outcome::InvalidUrl:
        return QStringLiteral("Invalid URL: %1").arg(message);
    case Outcome::Cancelled:
        return QStringLiteral("Cancelled.");
    case Outcome::OtherFailure:
        return QStringLiteral("Failed: %1").arg(message);
    }
    return message;
}

namespace MongoPing {

MongoPingResult run(QByteArrayView url, int timeoutMs, const std::atomic_bool* cancelled)
{
    MongoPingResult result;
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    auto info = MongoUrl::analyze(url);
    if (!info) {
        result.outcome = Outcome::InvalidUrl;
        result.message = info.error().message;
        return result;
    }
    MongoRuntime::Use use;
    if (!use.api()) {
        result.outcome = Outcome::OtherFailure;
        result.message = use.error();
        return result;
    }
    const MongoRuntime::Api& m = *use.api();
    bson_error_t error {};
    const MongoRuntime::UriPointer uri = MongoRuntime::parseUri(url, error);
    if (!uri) {
        result.outcome = Outcome::InvalidUrl;
        result.message = scrubbed(error.message, url);
        return result;
    }
    const int timeout = std::max(100, timeoutMs);
    m.uri_set_option_as_int32(uri.get(), MONGOC_URI_SERVERSELECTIONTIMEOUTMS, timeout);
    m.uri_set_option_as_int32(uri.get(), MONGOC_URI_CONNECTTIMEOUTMS, timeout);
    m.uri_set_option_as_int32(uri.get(), MONGOC_URI_SOCKETTIMEOUTMS, timeout);
    m.uri_set_option_as_bool(uri.get(), MONGOC_URI_SERVERSELECTIONTRYONCE, true);
    if (!m.uri_has_option(uri.get(), MONGOC_URI_APPNAME)) {
        m.uri_set_appname(uri.get(), "SecretBench");
    }
    QElapsedTimer timer;
    timer.start();
    // For mongodb+srv the SRV lookup happens here.
    std::unique_ptr<mongoc_client_t, ClientDeleter> client(
        m.client_new_from_uri_with_error(uri.get(), &error));
    if (!client) {
        const QString message = scrubbed(error.message, url);
        result.outcome = classify(error, message);
        result.message = message;
        return result;
    }
    m.client_set_error_api(client.get(), MONGOC_ERROR_API_VERSION_2);
    if (isCancelled()) {
        result.outcome = Outcome::Cancelled;
        return result;
    }

    bson_t ping = BSON_INITIALIZER;
    BSON_APPEND_INT32(&ping, "ping", 1);
    bson_t reply;
    bool ok = m.client_command_simple(client.get(), "admin", &ping, nullptr, &reply, &error);
    bson_destroy(&reply);
    result.connectMs = elapsedMs(timer);
    if (ok && !isCancelled()) {
        // A second ping on the established connection is the round trip.
        timer.restart();
        ok = m.client_command_simple(client.get(), "admin", &ping, nullptr, &reply, &error);
        result.roundTripMs = elapsedMs(timer);
        bson_destroy(&reply);
    }
    bson_destroy(&ping);
    if (isCancelled()) {
        result.outcome = Outcome::Cancelled;
        return result;
    }
    if (!ok) {
        const QString message = scrubbed(error.message, url);
        result.outcome = classify(error, message);
        result.message = message;
        return result;
    }
    bson_t buildInfo = BSON_INITIALIZER;
    BSON_APPEND_INT32(&buildInfo, "buildInfo", 1);
    if (m.client_command_simple(client.get(), "admin", &buildInfo, nullptr, &reply, &error)) {
        bson_iter_t it;
        if (bson_iter_init_find(&it, &reply, "version") && BSON_ITER_HOLDS_UTF8(&it)) {
            result.serverVersion = QString::fromUtf8(bson_iter_utf8(&it, nullptr));
        }
    }
    bson_destroy(&reply);
    bson_destroy(&buildInfo);
    result.outcome = Outcome::Success;
    return result;
}

} // namespace MongoPing

struct MongoPinger::Job
{
    std::atomic_bool cancelled { false };
};

MongoPinger::MongoPinger(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<sb::MongoPingResult>();
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_job) {
            m_job->cancelled = true;
        }
        MongoPingResult result;
        result.outcome = Outcome::Timeout;
        result.message
            = QCoreApplication::translate("sb::MongoPing", "The driver did not answer within the timeout.");
        deliver(m_generation, result);
    });
}

MongoPinger::~MongoPinger()
{
    if (m_job) {
        m_job->cancelled = true;
    }
}

void MongoPinger::start(SecureBuffer url, int timeoutMs)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_job = std::make_shared<Job>();
    m_running = true;
    // Name resolution has no timeout of its own; allow it a little extra.
    m_watchdog.start(timeoutMs + 2000);
    QPointer<MongoPinger> self(this);
    std::thread([job = m_job, url = std::move(url), timeoutMs, self, generation]() mutable {
        const MongoPingResult result = MongoPing::run(url.view(), timeoutMs, &job->cancelled);
        url.clear();
        Random::releaseThreadState();
        // QPointer is read on the receiver's thread only, where it is reliable.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result] {
                if (self) {
                    self->deliver(generation, result);
                }
            },
            Qt::QueuedConnection);
    }).detach();
}

void MongoPinger::cancel()
{
    if (!m_running) {
        return;
    }
    m_job->cancelled = true;
    MongoPingResult result;
    result.outcome = Outcome::Cancelled;
    deliver(m_generation, result);
}

void MongoPinger::deliver(quint64 generation, const MongoPingResult& result)
{
    if (generation != m_generation || !m_running) {
        return; // a cancelled or superseded run
    }
    m_running = false;
    m_watchdog.stop();
    m_job.reset();
    Q_EMIT finished(result);
}

} // namespace sb
