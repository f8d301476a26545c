// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

namespace sb {

struct MongoPingResult
{
    enum class Outcome
    {
        Success,
        DnsFailure, // the host or the SRV record does not resolve
        ConnectionRefused,
        Timeout,
        TlsFailure,
        AuthenticationFailed,
        InvalidUrl,
        Cancelled,
        OtherFailure,
    };

    Outcome outcome = Outcome::OtherFailure;
    double roundTripMs = -1; // one ping on an established connection
    double connectMs = -1; // connection, handshake and authentication
    QString serverVersion;
    // The driver's message with credentials removed, or our own summary.
    QString message;

    bool ok() const { return outcome == Outcome::Success; }
    // "success", "dns-failure", "connection-refused", "timeout", "tls-failure",
    // "authentication-failed", "invalid-url", "cancelled", "failed"
    QString outcomeName() const;
    // One line for a person: "Connected: MongoDB 7.0.2, round trip 0.4 ms".
    QString summary() const;
};

namespace MongoPing {

constexpr int DefaultTimeoutMs = 5000;

// Connects with libmongoc (server selection, connect and socket timeouts all
// set to `timeoutMs`), authenticates as the URL says, sends "ping" and asks
// "buildInfo" for the server version. Blocks: call it off the UI thread.
// `cancelled` is checked between steps.
MongoPingResult run(QByteArrayView url, int timeoutMs, const std::atomic_bool* cancelled = nullptr);

} // namespace MongoPing

// Runs MongoPing::run() on a worker thread and reports back on this object's
// thread. cancel() reports Cancelled at once; the driver call still running
// ends by its own timeouts and its result is dropped. A worker that does not
// come back within the timeout plus a grace period is reported as a timeout
// (name resolution, for one, has no timeout of its own).
class MongoPinger : public QObject
{
    Q_OBJECT
public:
    explicit MongoPinger(QObject* parent = nullptr);
    ~MongoPinger() override;

    void start(SecureBuffer url, int timeoutMs = MongoPing::DefaultTimeoutMs);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const sb::MongoPingResult& result);

private:
    struct Job;
    void deliver(quint64 generation, const MongoPingResult& result);

    std::shared_ptr<Job> m_job;
    QTimer m_watchdog;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::MongoPingResult)
