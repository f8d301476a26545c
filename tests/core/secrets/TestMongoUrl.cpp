// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/MongoUrl.h"

#include <QTest>

using namespace sb;

// MongoDB connection strings: the driver's parser plus the specification's
// stricter rules, the breakdown, the redacted form, the warnings.
class TestMongoUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validity_data();
    void validity();
    void breakdown();
    void srvBreakdown();
    void ipv6Hosts();
    void redaction_data();
    void redaction();
    void escapingFix_data();
    void escapingFix();
    void errorsNeverContainThePassword();
    void warnings_data();
    void warnings();
    void passwordForms();
    void changedParts_data();
    void changedParts();
};

void TestMongoUrl::validity_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("complaint");
    // Valid
    QTest::newRow("documented example")
        << QByteArray("mongodb+srv://username:password@cluster.mongodb.net/database") << true << QString();
    QTest::newRow("host only") << QByteArray("mongodb://localhost") << true << QString();
    QTest::newRow("host and port") << QByteArray("mongodb://db.example.com:27018/app") << true << QString();
    QTest::newRow("replica set") << QByteArray("mongodb://a:1@h1:27017,h2:27017,h3/app?replicaSet=rs0")
                                 << true << QString();
    QTest::newRow("percent-encoded password")
        << QByteArray("mongodb://user:p%40ss%3Aw%2Frd@host/db") << true << QString();
    QTest::newRow("percent-encoded user") << QByteArray("mongodb://us%40er:pw@host") << true << QString();
    QTest::newRow("IPv6 loopback") << QByteArray("mongodb://[::1]:27017/db") << true << QString();
    QTest::newRow("IPv6 with zone") << QByteArray("mongodb://[fe80::1%25eth0]:27017") << true << QString();
    QTest::newRow("options") << QByteArray(
        "mongodb://h/db?authSource=admin&tls=true&w=majority&retryWrites=true")
                             << true << QString();
    QTest::newRow("SRV with options")
        << QByteArray("mongodb+srv://u:p@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority") << true
        << QString();
    QTest::newRow("unix socket") << QByteArray("mongodb://%2Ftmp%2Fmongodb-27017.sock") << true << QString();
    QTest::newRow("@ in the database name") << QByteArray("mongodb://host/my@db") << true << QString();
    // Invalid: the driver's own rules
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("http scheme") << QByteArray("http://host") << false << QStringLiteral("mongodb://");
    QTest::newRow("no host") << QByteArray("mongodb://") << false << QStringLiteral("driver");
    QTest::newRow("port 99999") << QByteArray("mongodb://host:99999") << false << QStringLiteral("driver");
    QTest::newRow("port 0") << QByteArray("mongodb://host:0") << false << QStringLiteral("driver");
    QTest::newRow("SRV with a port") << QByteArray("mongodb+srv://u:p@cluster.mongodb.net:27017/db") << false
                                     << QStringLiteral("Port");
    QTest::newRow("SRV with two hosts")
        << QByteArray("mongodb+srv://u:p@h1.x.net,h2.x.net/db") << false << QStringLiteral("Multiple");
    QTest::newRow("SRV with a bare name")
        << QByteArray("mongodb+srv://localhost") << false << QStringLiteral("service name");
    QTest::newRow("bad escape in the password")
        << QByteArray("mongodb://a:p%4@host") << false << QStringLiteral("'%'");
    QTest::newRow("space") << QByteArray("mongodb://host/my db") << false << QStringLiteral("space");
    QTest::newRow("line break") << QByteArray("mongodb://host\n") << false << QStringLiteral("line break");
    // Invalid: stricter than the driver, as the specification is
    QTest::newRow("unescaped @ in the password")
        << QByteArray("mongodb://user:p@ss@host/db") << false << QStringLiteral("'@' (write %40)");
    QTest::newRow("unescaped : in the password")
        << QByteArray("mongodb://user:p:ss@host/db") << false << QStringLiteral("':' (write %3A)");
    QTest::newRow("unescaped / in the password")
        << QByteArray("mongodb://user:p/ss@host/db") << false << QStringLiteral("'/' (write %2F)");
    QTest::newRow("unescaped @ in the user")
        << QByteArray("mongodb://us@er:pass@host") << false << QStringLiteral("\"us%40er\"");
    QTest::newRow("unescaped / in the user")
        << QByteArray("mongodb://us/er:pass@host") << false << QStringLiteral("\"us%2Fer\"");
}

void TestMongoUrl::validity()
{
    QFETCH(QByteArray, url);
    QFETCH(bool, valid);
    QFETCH(QString, complaint);
    auto info = MongoUrl::analyze(url);
    QVERIFY2(bool(info) == valid, info ? qPrintable(info->redacted) : qPrintable(info.error().message));
    if (!valid) {
        QCOMPARE(info.error().kind, ErrorKind::InvalidMongoUrl);
        QVERIFY2(info.error().message.contains(complaint), qPrintable(info.error().message));
    }
}

void TestMongoUrl::breakdown()
{
    auto info = MongoUrl::analyze("mongodb://app:s3cret@db1.example.com:27018,db2.example.com/"
                                  "inventory?replicaSet=rs0&authSource=admin&tls=true&appName=shop");
    QVERIFY(info);
    QVERIFY(!info->srv);
    QCOMPARE(info->scheme, QStringLiteral("mongodb"));
    QCOMPARE(info->hosts.size(), 2);
    QCOMPARE(info->hosts[0].display(), QStringLiteral("db1.example.com:27018"));
    QCOMPARE(info->hosts[1].display(), QStringLiteral("db2.example.com:27017"));
    QCOMPARE(info->username, QStringLiteral("app"));
    QVERIFY(info->hasPassword);
    QCOMPARE(info->database, QStringLiteral("inventory"));
    QCOMPARE(info->authSource, QStringLiteral("admin"));
    QVERIFY(info->authSourceExplicit);
    QCOMPARE(info->replicaSet, QStringLiteral("rs0"));
    QVERIFY(info->tls && info->tlsExplicit);
    QCOMPARE(info->options.size(), 4);
    QCOMPARE(info->options[3].key, QStringLiteral("appName"));
    QVERIFY(info->warnings.isEmpty());
    QCOMPARE(info->redacted,
             QStringLiteral("mongodb://app:****@db1.example.com:27018,db2.example.com/"
                            "inventory?replicaSet=rs0&authSource=admin&tls=true&appName=shop"));
}

void TestMongoUrl::srvBreakdown()
{
    auto info = MongoUrl::analyze("mongodb+srv://username:password@cluster.mongodb.net/database");
    QVERIFY(info);
    QVERIFY(info->srv);
    QCOMPARE(info->hosts.size(), 1);
    QCOMPARE(info->hosts[0].display(), QStringLiteral("cluster.mongodb.net"));
    QVERIFY(info->tls); // on by default for SRV
    QVERIFY(!info->tlsExplicit);
    QCOMPARE(info->authSource, QStringLiteral("database"));
    QVERIFY(!info->authSourceExplicit);
    QCOMPARE(info->redacted, QStringLiteral("mongodb+srv://username:****@cluster.mongodb.net/database"));
}

void TestMongoUrl::ipv6Hosts()
{
    auto info = MongoUrl::analyze("mongodb://[::1]:27017,[2001:db8::7]:27018,127.0.0.2/db");
    QVERIFY(info);
    QCOMPARE(info->hosts.size(), 3);
    QVERIFY(info->hosts[0].ipv6 && info->hosts[0].loopback && info->hosts[0].ipLiteral);
    QCOMPARE(info->hosts[0].display(), QStringLiteral("[::1]:27017"));
    QVERIFY(info->hosts[1].ipv6 && !info->hosts[1].loopback);
    QCOMPARE(info->hosts[1].display(), QStringLiteral("[2001:db8::7]:27018"));
    QVERIFY(!info->hosts[2].ipv6 && info->hosts[2].loopback);
}

void TestMongoUrl::redaction_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("no credentials") << QByteArray("mongodb://h/db") << QStringLiteral("mongodb://h/db");
    QTest::newRow("user only") << QByteArray("mongodb://alice@h/db")
                               << QStringLiteral("mongodb://alice@h/db");
    QTest::newRow("encoded password")
        << QByteArray("mongodb://a:p%40ss@h") << QStringLiteral("mongodb://a:****@h");
    QTest::newRow("empty password") << QByteArray("mongodb://a:@h") << QStringLiteral("mongodb://a:****@h");
    QTest::newRow("secret option")
        << QByteArray("mongodb://h/?tls=true&tlsCertificateKeyFilePassword=hunter2")
        << QStringLiteral("mongodb://h/?tls=true&tlsCertificateKeyFilePassword=****");
    QTest::newRow("AWS session token")
        << QByteArray("mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tok")
        << QStringLiteral("mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=****");
    // Invalid URLs are redacted too, for error messages and logs.
    QTest::newRow("invalid: @ in password")
        << QByteArray("mongodb://u:p@ss@host") << QStringLiteral("mongodb://u:****@host");
    QTest::newRow("invalid: / in password")
        << QByteArray("mongodb://u:p/ss@host/db") << QStringLiteral("mongodb://u:****@host/db");
    QTest::newRow("not a MongoDB URL") << QByteArray("postgres://u:pw@h") << QStringLiteral("****");
}

void TestMongoUrl::redaction()
{
    QFETCH(QByteArray, url);
    QFETCH(QString, redacted);
    QCOMPARE(MongoUrl::redact(url), redacted);
}

void TestMongoUrl::escapingFix_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("fixed");
    QTest::newRow("p@ss") << QByteArray("mongodb://user:p@ss@host/db")
                          << QByteArray("mongodb://user:p%40ss@host/db");
    QTest::newRow("colon") << QByteArray("mongodb://user:p:ss@host")
                           << QByteArray("mongodb://user:p%3Ass@host");
    QTest::newRow("slash") << QByteArray("mongodb://user:a/b@host/db")
                           << QByteArray("mongodb://user:a%2Fb@host/db");
    QTest::newRow("user @") << QByteArray("mongodb://us@er:pw@host")
                            << QByteArray("mongodb://us%40er:pw@host");
    QTest::newRow("stray percent") << QByteArray("mongodb://u:100%@host")
                                   << QByteArray("mongodb://u:100%25@host");
    QTest::newRow("SRV") << QByteArray("mongodb+srv://app:s3cr3t-p@ss@cluster0.example.net/shop")
                         << QByteArray("mongodb+srv://app:s3cr3t-p%40ss@cluster0.example.net/shop");
    QTest::newRow("already fine") << QByteArray("mongodb://user:p%40ss@host") << QByteArray();
}

void TestMongoUrl::escapingFix()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, fixed);
    const std::optional<SecureBuffer> fix = MongoUrl::escapingFix(url);
    QCOMPARE(fix.has_value(), !fixed.isEmpty());
    if (fix) {
        QCOMPARE(fix->view(), QByteArrayView(fixed));
        QVERIFY(MongoUrl::analyze(fix->view()));
    }
}

void TestMongoUrl::errorsNeverContainThePassword()
{
    const QList<QByteArray> urls
        = { "mongodb://user:Sup3rS3cret@ss@host/db",       "mongodb://user:Sup3rS3cret:x@host",
            "mongodb://user:Sup3rS3cret/x@host/db",        "mongodb://user:Sup3rS3cret%zz@host",
            "mongodb+srv://user:Sup3rS3cret@h.x.net:1/db", "mongodb://user:Sup3rS3cret@host:bad" };
    for (const QByteArray& url : urls) {
        auto info = MongoUrl::analyze(url);
        QVERIFY2(!info, url.constData());
        QVERIFY2(!info.error().message.contains(QStringLiteral("Sup3rS3cret")),
                 qPrintable(info.error().message));
        QVERIFY(!MongoUrl::redact(url).contains(QStringLiteral("Sup3rS3cret")));
    }
}

void TestMongoUrl::warnings_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QStringList>("expected"); // a word from each warning, in order
    QTest::newRow("clean SRV") << QByteArray("mongodb+srv://u:p@cluster.mongodb.net/db") << QStringList();
    QTest::newRow("local, no TLS, with credentials")
        << QByteArray("mongodb://u:p@localhost/db") << QStringList();
    QTest::newRow("no credentials") << QByteArray("mongodb://db.example.com/app")
                                    << QStringList { QStringLiteral("No credentials") };
    QTest::newRow("X.509 needs no password")
        << QByteArray("mongodb://h.example.com/?authMechanism=MONGODB-X509&tls=true") << QStringList();
    QTest::newRow("tls=false remote") << QByteArray("mongodb://u:p@db.example.com/app?tls=false")
                                      << QStringList { QStringLiteral("tls=false") };
    QTest::newRow("ssl=false remote") << QByteArray("mongodb://u:p@db.example.com/app?ssl=false")
                                      << QStringList { QStringLiteral("tls=false") };
    QTest::newRow("tls=false local") << QByteArray("mongodb://u:p@127.0.0.1/app?tls=false") << QStringList();
    QTest::newRow("credentials to an IP")
        << QByteArray("mongodb://u:p@203.0.113.7:27017/app") << QStringList { QStringLiteral("IP address") };
    QTest::newRow("credentials to an IPv6")
        << QByteArray("mongodb://u:p@[2001:db8::1]/app") << QStringList { QStringLiteral("IP address") };
    QTest::newRow("IP with TLS") << QByteArray("mongodb://u:p@203.0.113.7/app?tls=true") << QStringList();
    QTest::newRow("IP, tls=false") << QByteArray("mongodb://u:p@203.0.113.7/app?tls=false")
                                   << QStringList { QStringLiteral("tls=false"),
                                                    QStringLiteral("IP address") };
    QTest::newRow("unknown option") << QByteArray("mongodb+srv://u:p@c.mongodb.net/?retryWrite=true")
                                    << QStringList { QStringLiteral("\"retryWrite\"") };
    QTest::newRow("insecure TLS") << QByteArray("mongodb+srv://u:p@c.mongodb.net/?tlsInsecure=true")
                                  << QStringList { QStringLiteral("tlsInsecure") };
}

void TestMongoUrl::warnings()
{
    QFETCH(QByteArray, url);
    QFETCH(QStringList, expected);
    auto info = MongoUrl::analyze(url);
    QVERIFY2(info, info ? "" : qPrintable(info.error().message));
    QStringList messages;
    for (const MongoFinding& w : info->warnings) {
        QCOMPARE(w.severity, Severity::Warning);
        messages << w.message;
    }
    QCOMPARE(messages.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(messages[i].contains(expected[i]), qPrintable(messages[i]));
    }
}

void TestMongoUrl::passwordForms()
{
    const QByteArray url("mongodb://u:p%40ss%2Fw@host/db");
    QCOMPARE(MongoUrl::encodedPassword(url).view(), QByteArrayView("p%40ss%2Fw"));
    QCOMPARE(MongoUrl::decodedPassword(url).view(), QByteArrayView("p@ss/w"));
    QVERIFY(MongoUrl::decodedPassword("mongodb://u@host").isEmpty());
    QCOMPARE(MongoUrl::encodeUserInfo(u"p@ss:w/rd"), QStringLiteral("p%40ss%3Aw%2Frd"));
}

void TestMongoUrl::changedParts_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("same") << QByteArray("mongodb://u:p@h/db") << QByteArray("mongodb://u:p@h/db")
                          << QStringList();
    QTest::newRow("password") << QByteArray("mongodb://u:p@h/db") << QByteArray("mongodb://u:q@h/db")
                              << QStringList { QStringLiteral("password") };
    QTest::newRow("spelling only") << QByteArray("mongodb://u:p%40@h/db")
                                   << QByteArray("mongodb://u:p%40@h:27017/db")
                                   << QStringList { QStringLiteral("spelling") };
    QTest::newRow("hosts and database")
        << QByteArray("mongodb://u:p@h1/db") << QByteArray("mongodb://u:p@h2/other")
        << QStringList { QStringLiteral("hosts"), QStringLiteral("database") };
    QTest::newRow("scheme, user, options")
        << QByteArray("mongodb://u:p@h.example.com/db")
        << QByteArray("mongodb+srv://v:p@h.example.com/db?tls=true")
        << QStringList { QStringLiteral("scheme"), QStringLiteral("hosts"), QStringLiteral("username"),
                         QStringLiteral("options") };
    QTest::newRow("secret option") << QByteArray("mongodb://h/?tlsCertificateKeyFilePassword=a")
                                   << QByteArray("mongodb://h/?tlsCertificateKeyFilePassword=b")
                                   << QStringList { QStringLiteral("options") };
    QTest::newRow("invalid") << QByteArray("mongodb://u:p@ss@h") << QByteArray("mongodb://u:p@h")
                             << QStringList { QStringLiteral("value") };
}

void TestMongoUrl::changedParts()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(QStringList, parts);
    QCOMPARE(MongoUrl::changedParts(a, b), parts);
}

QTEST_GUILESS_MAIN(TestMongoUrl)
#include "TestMongoUrl.moc"
