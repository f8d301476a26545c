// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/MongoPing.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <bson/bson.h>

using namespace sb;
using Outcome = MongoPingResult::Outcome;

namespace {

// Just enough of a MongoDB server, on loopback, for the driver to reach each
// outcome: it answers the handshake (OP_QUERY or OP_MSG hello), ping and
// buildInfo, fails SCRAM authentication with code 18, or misbehaves on
// purpose (never answers; answers with HTTP).
class FakeMongoServer : public QObject
{
public:
    enum class Mode
    {
        Healthy,
        RefuseAuthentication,
        Silent,
        Http,
    };

    explicit FakeMongoServer(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    static QByteArray reply(qint32 responseTo, qint32 opCode, const bson_t* doc)
    {
        QByteArray body;
        if (opCode == 1) { // OP_REPLY
            body.append(QByteArray(4 + 8 + 4, '\0'));
            char count[4];
            qToLittleEndian(qint32(1), count);
            body.append(count, 4);
        } else { // OP_MSG, one body section
            body.append(QByteArray(4, '\0'));
            body.append('\0');
        }
        body.append(reinterpret_cast<const char*>(bson_get_data(doc)), qsizetype(doc->len));
        QByteArray header(16, '\0');
        qToLittleEndian(qint32(16 + body.size()), header.data());
        qToLittleEndian(qint32(4242), header.data() + 4);
        qToLittleEndian(responseTo, header.data() + 8);
        qToLittleEndian(opCode, header.data() + 12);
        return header + body;
    }

    static void hello(bson_t* doc)
    {
        BSON_APPEND_BOOL(doc, "ismaster", true);
        BSON_APPEND_BOOL(doc, "isWritablePrimary", true);
        BSON_APPEND_BOOL(doc, "helloOk", true);
        BSON_APPEND_INT32(doc, "maxBsonObjectSize", 16 * 1024 * 1024);
        BSON_APPEND_INT32(doc, "maxMessageSizeBytes", 48000000);
        BSON_APPEND_INT32(doc, "maxWriteBatchSize", 100000);
        BSON_APPEND_DATE_TIME(doc, "localTime", 1700000000000);
        BSON_APPEND_INT32(doc, "logicalSessionTimeoutMinutes", 30);
        BSON_APPEND_INT32(doc, "connectionId", 7);
        BSON_APPEND_INT32(doc, "minWireVersion", 0);
        BSON_APPEND_INT32(doc, "maxWireVersion", 17);
        bson_t mechs;
        BSON_APPEND_ARRAY_BEGIN(doc, "saslSupportedMechs", &mechs);
        BSON_APPEND_UTF8(&mechs, "0", "SCRAM-SHA-256");
        bson_append_array_end(doc, &mechs);
        BSON_APPEND_DOUBLE(doc, "ok", 1.0);
    }

    void serve(QTcpSocket* socket)
    {
        if (m_mode == Mode::Silent) {
            socket->readAll();
            return;
        }
        if (m_mode == Mode::Http) {
            socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        m_buffers[socket] += socket->readAll();
        QByteArray& buffer = m_buffers[socket];
        while (buffer.size() >= 16) {
            const qint32 length = qFromLittleEndian<qint32>(buffer.constData());
            if (buffer.size() < length) {
                return;
            }
            const QByteArray message = buffer.left(length);
            buffer.remove(0, length);
            const qint32 requestId = qFromLittleEndian<qint32>(message.constData() + 4);
            const qint32 opCode = qFromLittleEndian<qint32>(message.constData() + 12);
            qsizetype docStart = 0;
            if (opCode == 2004) { // OP_QUERY: flags, collection name, skip, return
                docStart = message.indexOf('\0', 20) + 1 + 8;
            } else if (opCode == 2013) { // OP_MSG: flags, section kind 0
                docStart = 21;
            } else {
                return;
            }
            bson_t request;
            const auto docLength = qFromLittleEndian<qint32>(message.constData() + docStart);
            if (!bson_init_static(&request, reinterpret_cast<const uint8_t*>(message.constData() + docStart),
                                  size_t(docLength))) {
                return;
            }
            bson_iter_t it;
            bson_iter_init(&it, &request);
            bson_iter_next(&it);
            const QByteArray command = QByteArray(bson_iter_key(&it)).toLower();
            bson_t answer = BSON_INITIALIZER;
            if (command == "ismaster" || command == "hello" || opCode == 2004) {
                hello(&answer);
            } else if (command == "buildinfo") {
                BSON_APPEND_UTF8(&answer, "version", "7.0.99-fake");
                BSON_APPEND_DOUBLE(&answer, "ok", 1.0);
            } else if (command == "saslstart" || command == "saslcontinue") {
                BSON_APPEND_DOUBLE(&answer, "ok", 0.0);
                BSON_APPEND_UTF8(&answer, "errmsg", "Authentication failed.");
                BSON_APPEND_INT32(&answer, "code", 18);
                BSON_APPEND_UTF8(&answer, "codeName", "AuthenticationFailed");
            } else {
                BSON_APPEND_DOUBLE(&answer, "ok", 1.0);
            }
            socket->write(reply(requestId, opCode == 2004 ? 1 : 2013, &answer));
            bson_destroy(&answer);
        }
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

// Test connection: every outcome the UI and CLI report, reached for real over
// loopback. The driver's messages come back with credentials removed.
class TestMongoPing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void closedPortIsRefused();
    void unresolvableHost();
    void unresolvableSrvRecord();
    void success();
    void authenticationFailed();
    void timeout();
    void tlsFailure();
    void invalidUrl();
    void cancel();

private:
    MongoPingResult ping(const QByteArray& url, int timeoutMs, qint64* elapsedMs = nullptr);
};

void TestMongoPing::initTestCase()
{
    qRegisterMetaType<sb::MongoPingResult>();
}

MongoPingResult TestMongoPing::ping(const QByteArray& url, int timeoutMs, qint64* elapsedMs)
{
    MongoPinger pinger;
    QSignalSpy finished(&pinger, &MongoPinger::finished);
    QElapsedTimer timer;
    timer.start();
    pinger.start(SecureBuffer::copyOf(url), timeoutMs);
    if (!finished.wait(timeoutMs + 10000)) {
        qFatal("the pinger never reported");
    }
    if (elapsedMs) {
        *elapsedMs = timer.elapsed();
    }
    return finished.first().first().value<MongoPingResult>();
}

void TestMongoPing::closedPortIsRefused()
{
    const QByteArray url
        = "mongodb://app:Secr3tPassw0rd@127.0.0.1:" + QByteArray::number(closedPort()) + "/db";
    qint64 elapsed = 0;
    const MongoPingResult result = ping(url, 2000, &elapsed);
    QCOMPARE(result.outcome, Outcome::ConnectionRefused);
    QCOMPARE(result.outcomeName(), QStringLiteral("connection-refused"));
    // Within the timeout (plus scheduling slack on a loaded machine).
    QVERIFY2(elapsed < 2000 + 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(!result.message.contains(QStringLiteral("Secr3tPassw0rd")));
    QVERIFY(!result.summary().contains(QStringLiteral("Secr3tPassw0rd")));
    // The blocking call classifies the same way.
    QCOMPARE(MongoPing::run(url, 2000).outcome, Outcome::ConnectionRefused);
}

void TestMongoPing::unresolvableHost()
{
    qint64 elapsed = 0;
    const MongoPingResult result
        = ping("mongodb://app:Secr3tPassw0rd@no-such-host.invalid:27017/db", 2000, &elapsed);
    QVERIFY2(result.outcome == Outcome::DnsFailure, qPrintable(result.summary()));
    QVERIFY2(elapsed < 2000 + 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(result.message.contains(QStringLiteral("no-such-host.invalid")));
    QVERIFY(!result.message.contains(QStringLiteral("Secr3tPassw0rd")));
}

void TestMongoPing::unresolvableSrvRecord()
{
    const MongoPingResult result
        = ping("mongodb+srv://app:Secr3tPassw0rd@cluster0.no-such-domain.invalid/db", 2000);
    QVERIFY2(result.outcome == Outcome::DnsFailure, qPrintable(result.summary()));
    QVERIFY(result.message.contains(QStringLiteral("SRV")));
}

void TestMongoPing::success()
{
    FakeMongoServer server(FakeMongoServer::Mode::Healthy);
    const MongoPingResult result
        = ping("mongodb://127.0.0.1:" + QByteArray::number(server.port()) + "/?directConnection=true", 5000);
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(result.serverVersion, QStringLiteral("7.0.99-fake"));
    QVERIFY(result.roundTripMs >= 0);
    QVERIFY(result.summary().startsWith(QStringLiteral("Connected: MongoDB 7.0.99-fake")));
}

void TestMongoPing::authenticationFailed()
{
    FakeMongoServer server(FakeMongoServer::Mode::RefuseAuthentication);
    const MongoPingResult result
        = ping("mongodb://app:Secr3tPassw0rd@127.0.0.1:" + QByteArray::number(server.port())
                   + "/?directConnection=true&authMechanism=SCRAM-SHA-256",
               5000);
    QVERIFY2(result.outcome == Outcome::AuthenticationFailed, qPrintable(result.summary()));
    QVERIFY(!result.message.contains(QStringLiteral("Secr3tPassw0rd")));
}

void TestMongoPing::timeout()
{
    FakeMongoServer server(FakeMongoServer::Mode::Silent);
    qint64 elapsed = 0;
    const MongoPingResult result
        = ping("mongodb://127.0.0.1:" + QByteArray::number(server.port()) + "/?directConnection=true", 1000,
               &elapsed);
    QVERIFY2(result.outcome == Outcome::Timeout, qPrintable(result.summary()));
    QVERIFY2(elapsed >= 900 && elapsed < 1000 + 3000, qPrintable(QString::number(elapsed)));
}

void TestMongoPing::tlsFailure()
{
    FakeMongoServer server(FakeMongoServer::Mode::Http);
    const MongoPingResult result = ping("mongodb://127.0.0.1:" + QByteArray::number(server.port())
                                            + "/?directConnection=true&tls=true",
                                        3000);
    QVERIFY2(result.outcome == Outcome::TlsFailure, qPrintable(result.summary()));
}

void TestMongoPing::invalidUrl()
{
    const MongoPingResult result = MongoPing::run("mongodb://user:Secr3t@Passw0rd@host", 1000);
    QCOMPARE(result.outcome, Outcome::InvalidUrl);
    QVERIFY(!result.message.contains(QStringLiteral("Secr3t")));
}

void TestMongoPing::cancel()
{
    FakeMongoServer server(FakeMongoServer::Mode::Silent);
    MongoPinger pinger;
    QSignalSpy finished(&pinger, &MongoPinger::finished);
    pinger.start(SecureBuffer::copyOf("mongodb://127.0.0.1:" + QByteArray::number(server.port())), 5000);
    QVERIFY(pinger.isRunning());
    pinger.cancel();
    QCOMPARE(finished.count(), 1); // at once
    QCOMPARE(finished.first().first().value<MongoPingResult>().outcome, Outcome::Cancelled);
    QVERIFY(!pinger.isRunning());
    // The worker's late answer is dropped.
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestMongoPing)
#include "TestMongoPing.moc"
