// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test;

// `secretbench-cli inspect --diagnose`: the inspector's diagnosis for scripts.
class TestCliInspect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help();
    void diagnose_data();
    void diagnose();
    void bodyAndLog();
    void environmentSecret();
    void failuresWriteNothing_data();
    void failuresWriteNothing();

private:
    QString write(const QString& name, const QByteArray& contents);
    QProcessEnvironment cleanEnvironment() const;
    QTemporaryDir m_dir;
};

namespace {
const QByteArray Value("the-value-that-must-never-be-printed");
} // namespace

QString TestCliInspect::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QProcessEnvironment TestCliInspect::cleanEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PORT_CLIENT_SECRET"));
    return env;
}

void TestCliInspect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(QStringLiteral("secret"), inspectorSecret() + "\n");
    write(QStringLiteral("spaced"), " " + inspectorSecret() + "\n");
    write(QStringLiteral("other"), "another-organisation-client-secret-000000");
    write(QStringLiteral("pass"), readData(QStringLiteral("keys/passphrase.txt")));
}

void TestCliInspect::help()
{
    const ProcessResult help = runCli({ QStringLiteral("inspect"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char* word : { "--diagnose", "--client-secret-file", "--private-key", "--passphrase-file",
                              "--json", "Exit codes: 0", "1 with --diagnose" }) {
        // --help wraps prose at 79 columns: compare with whitespace folded.
        QVERIFY2(QString::fromUtf8(help.out).simplified().contains(QLatin1String(word)), word);
    }
}

void TestCliInspect::diagnose_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("code"); // a finding the report must have

    const QString secret = QStringLiteral("--client-secret-file=") + m_dir.filePath(QStringLiteral("secret"));
    const QString spaced = QStringLiteral("--client-secret-file=") + m_dir.filePath(QStringLiteral("spaced"));
    const QString other = QStringLiteral("--client-secret-file=") + m_dir.filePath(QStringLiteral("other"));
    const QString rsa2048 = QStringLiteral("--private-key=") + dataPath(QStringLiteral("keys/rsa2048.pem"));
    const QString rsa3072 = QStringLiteral("--private-key=") + dataPath(QStringLiteral("keys/rsa3072.pem"));
    const QString encrypted
        = QStringLiteral("--private-key=") + dataPath(QStringLiteral("keys/rsa2048.encrypted.pem"));
    const QString pass = QStringLiteral("--passphrase-file=") + m_dir.filePath(QStringLiteral("pass"));
    const QByteArray pm = portManaged(Value);
    const QByteArray cs = clientSide(Value);

    QTest::newRow("right secret") << pm << QStringList { secret } << 0 << "decrypted"
                                  << "decrypted";
    QTest::newRow("wrong secret") << pm << QStringList { other } << 1 << "failed"
                                  << "tag-mismatch";
    QTest::newRow("whitespace") << pm << QStringList { spaced } << 1 << "decrypted-with-correction"
                                << "client-secret-whitespace";
    QTest::newRow("right private key") << cs << QStringList { rsa2048 } << 0 << "decrypted"
                                       << "decrypted";
    QTest::newRow("wrong private key")
        << clientSide(Value.repeated(4)) << QStringList { rsa3072 } << 1 << "failed"
        << "unwrap-failed";
    QTest::newRow("encrypted key") << cs << QStringList { encrypted, pass } << 0 << "decrypted"
                                   << "decrypted";
    QTest::newRow("both keys") << cs << QStringList { secret, rsa2048 } << 0 << "decrypted"
                               << "decrypted";
    QTest::newRow("other format") << pm << QStringList { rsa2048 } << 1 << "failed"
                                  << "other-format";
    QTest::newRow("no key") << pm << QStringList() << 0 << "not-attempted"
                            << "no-key";
    QTest::newRow("plain text") << QByteArray("hunter2 is the password\n") << QStringList { secret } << 3
                                << "malformed"
                                << "not-encrypted";
    QTest::newRow("double base64") << pm.toBase64() << QStringList { secret } << 3
                                   << "decrypted-with-correction"
                                   << "double-base64";
    QTest::newRow("truncated") << portManaged("x").chopped(3) << QStringList { secret } << 3 << "malformed"
                               << "truncated";
}

void TestCliInspect::diagnose()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, keys);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    QFETCH(QString, code);

    const QStringList base { QStringLiteral("inspect"), QStringLiteral("--diagnose") };
    const ProcessResult text = runCli(base + keys, input, cleanEnvironment());
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY2(text.out.contains("Verdict: " + verdict.toUtf8()), text.out.constData());
    QVERIFY(!text.out.contains(Value));

    const ProcessResult json
        = runCli(base + keys + QStringList { QStringLiteral("--json") }, input, cleanEnvironment());
    QCOMPARE(json.exitCode, exitCode);
    QVERIFY(!json.out.contains(Value));
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), exitCode);
    const QJsonObject value = report.value(QStringLiteral("values")).toArray().first().toObject();
    QCOMPARE(value.value(QStringLiteral("verdict")).toString(), verdict);
    QStringList codes;
    for (const QJsonValue f : value.value(QStringLiteral("findings")).toArray()) {
        codes << f.toObject().value(QStringLiteral("code")).toString();
    }
    QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(' '))));
    // The same findings, in the same words, in both forms.
    const QString firstTitle = value.value(QStringLiteral("findings"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("title"))
                                   .toString();
    QVERIFY(QString::fromUtf8(text.out).contains(firstTitle));
    if (verdict.startsWith(QLatin1String("decrypted"))) {
        QCOMPARE(value.value(QStringLiteral("value")).toObject().value(QStringLiteral("length")).toInt(),
                 Value.size());
    }
    if (!keys.isEmpty()) {
        QVERIFY(!report.value(QStringLiteral("keys")).toArray().isEmpty());
    }
}

void TestCliInspect::bodyAndLog()
{
    const QString secret = QStringLiteral("--client-secret-file=") + m_dir.filePath(QStringLiteral("secret"));
    const QByteArray body = "{\"a\":\"" + portManaged("one") + "\",\"b\":\""
        + portManaged(QByteArray(40, 'x')).left(45) + "\"}";
    const ProcessResult result = runCli(
        { QStringLiteral("inspect"), QStringLiteral("--diagnose"), secret, QStringLiteral("--json") }, body,
        cleanEnvironment());
    QCOMPARE(result.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("input")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("json"));
    const QJsonArray values = report.value(QStringLiteral("values")).toArray();
    QCOMPARE(values.size(), 2);
    QCOMPARE(values[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("$.a"));
    QCOMPARE(values[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("decrypted"));
    QCOMPARE(values[1].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("malformed"));

    QByteArray log;
    for (int i = 0; i < 3; ++i) {
        log += webhookBody(portManaged("v")) + "\n";
    }
    const ProcessResult logResult = runCli(
        { QStringLiteral("inspect"), QStringLiteral("--diagnose"), secret }, log, cleanEnvironment());
    QCOMPARE(logResult.exitCode, 0);
    QVERIFY(logResult.out.contains("A JSON-lines log: 3 lines, 3 encrypted values"));
    QVERIFY(logResult.out.contains("== line 3, $.payload.properties.password =="));
}

void TestCliInspect::environmentSecret()
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("PORT_CLIENT_SECRET"), QString::fromLatin1(inspectorSecret()));
    const ProcessResult result
        = runCli({ QStringLiteral("inspect"), QStringLiteral("--diagnose") }, portManaged(Value), env);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Verdict: decrypted"));
}

void TestCliInspect::failuresWriteNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("key without --diagnose")
        << QStringList { QStringLiteral("--client-secret-file=") + m_dir.filePath(QStringLiteral("secret")) }
        << 2;
    QTest::newRow("vault without --diagnose")
        << QStringList { QStringLiteral("--vault=") + m_dir.filePath(QStringLiteral("none.sbvault")) } << 2;
    QTest::newRow("missing secret file")
        << QStringList { QStringLiteral("--diagnose"),
                         QStringLiteral("--client-secret-file=/nonexistent/secret") }
        << 4;
    QTest::newRow("passphrase needed") << QStringList {
        QStringLiteral("--diagnose"),
        QStringLiteral("--private-key=") + dataPath(QStringLiteral("keys/rsa2048.encrypted.pem"))
    } << 2;
    QTest::newRow("not a key") << QStringList { QStringLiteral("--diagnose"),
                                                QStringLiteral("--private-key=")
                                                    + dataPath(QStringLiteral("keys/rsa2048.pub.pem")) }
                               << 3;
    QTest::newRow("passphrase without key")
        << QStringList { QStringLiteral("--diagnose"),
                         QStringLiteral("--passphrase-file=") + m_dir.filePath(QStringLiteral("pass")) }
        << 2;
}

void TestCliInspect::failuresWriteNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const ProcessResult result = runCli(QStringList { QStringLiteral("inspect") } + arguments,
                                        portManaged(Value), cleanEnvironment());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "TestCliInspect.moc"
