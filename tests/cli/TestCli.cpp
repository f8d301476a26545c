// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::ProcessResult;

// Runs the real secretbench-cli: the contract scripts depend on.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void portManagedRoundTrip_data();
    void portManagedRoundTrip();
    void clientSideRoundTrip_data();
    void clientSideRoundTrip();
    void objectRoundTrip();
    void failures_data();
    void failures();
    void batch();
    void inspect();
    void keygen();

private:
    QString write(const QString& name, const QByteArray& contents);
    QString key(const QString& name) const { return test::dataPath(QStringLiteral("keys/") + name); }
    QProcessEnvironment cleanEnvironment() const;

    QTemporaryDir m_dir;
    QString m_secretFile;
    QString m_otherSecretFile;
    QString m_shortSecretFile;
};

namespace {
const QByteArray ClientSecret("cli-test-client-secret-9f8e7d6c5b4a3210-end");
const QByteArray Value("The quick brown fox\n");
} // namespace

QString TestCli::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QProcessEnvironment TestCli::cleanEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PORT_CLIENT_SECRET"));
    return env;
}

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(test::cliPath()).isExecutable(), "SECRETBENCH_CLI must point at secretbench-cli");
    QVERIFY(m_dir.isValid());
    m_secretFile = write(QStringLiteral("secret"), ClientSecret + "\n");
    m_otherSecretFile = write(QStringLiteral("other"), QByteArray(40, 'o'));
    m_shortSecretFile = write(QStringLiteral("short"), "too-short-secret");
}

void TestCli::versionAndHelp()
{
    const ProcessResult version = test::runCli({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("secretbench-cli "));
    QVERIFY(version.out.contains("OpenSSL 3"));
    const ProcessResult help = test::runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char* command : { "encrypt", "decrypt", "inspect", "keygen" }) {
        QVERIFY2(help.out.contains(command), command);
    }
    const ProcessResult none = test::runCli({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.out.isEmpty());
}

void TestCli::everyCommandHasHelp_data()
{
    QTest::addColumn<QStringList>("command");
    const ProcessResult help = test::runCli({ QStringLiteral("--help") });
    bool inCommands = false;
    for (const QByteArray& line : help.out.split('\n')) {
        if (line.startsWith("Commands:")) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.trimmed().isEmpty()) {
            break;
        }
        if (inCommands) {
            // "  payload build     Summary..." -> the words before the double space.
            const QString name = QString::fromUtf8(line.trimmed()).section(QStringLiteral("  "), 0, 0);
            QTest::newRow(qPrintable(name)) << name.split(QLatin1Char(' '));
        }
    }
}

void TestCli::everyCommandHasHelp()
{
    QFETCH(QStringList, command);
    const ProcessResult help = test::runCli(command + QStringList { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Usage: secretbench-cli " + command.join(QLatin1Char(' ')).toUtf8()));
    QVERIFY(help.out.contains("Exit codes"));
    // Positional arguments are in the usage line only (Qt's "Arguments:" list
    // had nothing to say about them and cut DEFINITION.json in two).
    QVERIFY(!help.out.contains("Arguments:"));
    const ProcessResult bad = test::runCli(command + QStringList { QStringLiteral("--no-such-option") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
}

void TestCli::portManagedRoundTrip_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("text, secret file") << Value << false;
    QTest::newRow("text, PORT_CLIENT_SECRET") << Value << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no trailing newline") << QByteArray("exact") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("密码 🔑 pässwörd").toUtf8() << false;
    QTest::newRow("1 MiB") << QByteArray(1 << 20, 'm') << false;
}

void TestCli::portManagedRoundTrip()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, fromEnvironment);
    QProcessEnvironment env = cleanEnvironment();
    QStringList keyArgs;
    if (fromEnvironment) {
        env.insert(QStringLiteral("PORT_CLIENT_SECRET"), QString::fromUtf8(ClientSecret));
    } else {
        keyArgs = { QStringLiteral("--client-secret-file"), m_secretFile };
    }
    const ProcessResult enc = test::runCli(QStringList { QStringLiteral("encrypt") } + keyArgs, value, env);
    QCOMPARE(enc.exitCode, 0);
    QVERIFY(enc.out.endsWith('\n'));
    QCOMPARE(QByteArray::fromBase64(enc.out.trimmed()).size(), value.size() + 32);
    const ProcessResult dec = test::runCli(QStringList { QStringLiteral("decrypt") } + keyArgs, enc.out, env);
    QCOMPARE(dec.exitCode, 0);
    QCOMPARE(dec.out, value); // exact bytes: nothing added or stripped
    QVERIFY(dec.err.isEmpty());
}

void TestCli::clientSideRoundTrip_data()
{
    QTest::addColumn<QString>("publicKey");
    QTest::addColumn<QString>("privateKey");
    QTest::addColumn<bool>("passphrase");
    QTest::newRow("2048 SPKI / PKCS#8") << "rsa2048.pub.pem"
                                        << "rsa2048.pem" << false;
    QTest::newRow("2048 PKCS#1 / PKCS#1") << "rsa2048.pkcs1.pub.pem"
                                          << "rsa2048.pkcs1.pem" << false;
    QTest::newRow("2048 certificate / encrypted PKCS#8") << "rsa2048.cert.pem"
                                                         << "rsa2048.encrypted.pem" << true;
    QTest::newRow("4096") << "rsa4096.pub.pem"
                          << "rsa4096.pem" << false;
}

void TestCli::clientSideRoundTrip()
{
    QFETCH(QString, publicKey);
    QFETCH(QString, privateKey);
    QFETCH(bool, passphrase);
    const ProcessResult enc
        = test::runCli({ QStringLiteral("encrypt"), QStringLiteral("--public-key"), key(publicKey) }, Value);
    QCOMPARE(enc.exitCode, 0);
    QStringList args = { QStringLiteral("decrypt"), QStringLiteral("--private-key"), key(privateKey) };
    if (passphrase) {
        args << QStringLiteral("--passphrase-file") << key(QStringLiteral("passphrase.txt"));
    }
    const ProcessResult dec = test::runCli(args, enc.out);
    QCOMPARE(dec.exitCode, 0);
    QCOMPARE(dec.out, Value);
}

void TestCli::objectRoundTrip()
{
    const QByteArray object("{\n  \"user\": \"ops\",\n  \"token\": \"t\xc3\xb6ken\",\n  \"n\": 1.0\n}\n");
    const QStringList keyArgs = { QStringLiteral("--client-secret-file"), m_secretFile };
    const ProcessResult enc = test::runCli(
        QStringList { QStringLiteral("encrypt"), QStringLiteral("--object") } + keyArgs, object);
    QCOMPARE(enc.exitCode, 0);
    const ProcessResult dec = test::runCli(
        QStringList { QStringLiteral("decrypt"), QStringLiteral("--object") } + keyArgs, enc.out);
    QCOMPARE(dec.exitCode, 0);
    QCOMPARE(dec.out, QByteArray("{\"user\":\"ops\",\"token\":\"t\xc3\xb6ken\",\"n\":1}"));
}

void TestCli::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");

    const QString secret = QStringLiteral("--client-secret-file");
    const QStringList dec = { QStringLiteral("decrypt"), secret, m_secretFile };
    const QStringList enc = { QStringLiteral("encrypt"), secret, m_secretFile };
    // A real envelope made with another secret, and one made with ours.
    const QByteArray otherEnvelope
        = test::runCli({ QStringLiteral("encrypt"), secret, m_otherSecretFile }, "the secret plaintext").out;
    const QByteArray anEnvelope = test::runCli(enc, "valid").out;
    const QByteArray textEnvelope = test::runCli(enc, "not json").out;

    QTest::newRow("wrong client secret") << dec << otherEnvelope << 1 << "Authentication failed";
    QTest::newRow("wrong private key")
        << QStringList { QStringLiteral("decrypt"), QStringLiteral("--private-key"),
                         key(QStringLiteral("rsa2048.pem")) }
        << test::runCli({ QStringLiteral("encrypt"), QStringLiteral("--public-key"),
                          key(QStringLiteral("rsa3072.pub.pem")) },
                        QByteArray(400, 'v'))
               .out
        << 1 << "does not match";
    QTest::newRow("invalid base64") << dec << QByteArray("abc$def") << 3 << "position 3";
    QTest::newRow("too short") << dec << QByteArray("QUJDREVG") << 3 << "at least 32";
    QTest::newRow("empty input") << dec << QByteArray() << 3 << "empty";
    QTest::newRow("client secret too short")
        << QStringList { QStringLiteral("encrypt"), secret, m_shortSecretFile } << Value << 3 << "16 bytes";
    QTest::newRow("object not JSON") << (QStringList(enc) << QStringLiteral("--object"))
                                     << QByteArray("{nope}") << 3 << "not valid JSON";
    QTest::newRow("decrypted value not JSON")
        << (QStringList(dec) << QStringLiteral("--object")) << textEnvelope << 3 << "not valid JSON";
    QTest::newRow("value not UTF-8") << enc << QByteArray("\xff\xfe\xfd") << 3 << "UTF-8";
    QTest::newRow("1024-bit public key")
        << QStringList { QStringLiteral("encrypt"), QStringLiteral("--public-key"),
                         key(QStringLiteral("rsa1024.pub.pem")) }
        << Value << 3 << "at least 2048";
    QTest::newRow("EC key") << QStringList { QStringLiteral("encrypt"), QStringLiteral("--public-key"),
                                             key(QStringLiteral("ec256.pub.pem")) }
                            << Value << 3 << "not an RSA key";
    QTest::newRow("encrypted key, no passphrase")
        << QStringList { QStringLiteral("decrypt"), QStringLiteral("--private-key"),
                         key(QStringLiteral("rsa2048.encrypted.pem")) }
        << anEnvelope << 2 << "--passphrase-file";
    QTest::newRow("encrypted key, wrong passphrase")
        << QStringList { QStringLiteral("decrypt"), QStringLiteral("--private-key"),
                         key(QStringLiteral("rsa2048.encrypted.pem")), QStringLiteral("--passphrase-file"),
                         m_secretFile }
        << anEnvelope << 1 << "Wrong passphrase";
    QTest::newRow("missing key file")
        << QStringList { QStringLiteral("decrypt"), secret, m_dir.filePath(QStringLiteral("nope")) }
        << anEnvelope << 4 << "Cannot read";
    QTest::newRow("no key at all") << QStringList { QStringLiteral("decrypt") } << anEnvelope << 2
                                   << "No key given";
    QTest::newRow("two keys") << QStringList { QStringLiteral("encrypt"), secret, m_secretFile,
                                               QStringLiteral("--public-key"),
                                               key(QStringLiteral("rsa2048.pub.pem")) }
                              << Value << 2 << "not both";
    QTest::newRow("unknown command") << QStringList { QStringLiteral("encrypted") } << QByteArray() << 2
                                     << "unknown command";
    QTest::newRow("unexpected argument")
        << QStringList { QStringLiteral("inspect"), QStringLiteral("file.txt") } << QByteArray() << 2
        << "unexpected argument";
    QTest::newRow("threads without batch")
        << (QStringList(dec) << QStringLiteral("--threads") << QStringLiteral("2")) << QByteArray() << 2
        << "--batch";
}

void TestCli::failures()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    const ProcessResult r = test::runCli(args, input, cleanEnvironment());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // nothing on stdout on failure
    QVERIFY2(r.err.contains(stderrPart.toUtf8()), r.err.constData());
    // No secret material in the message.
    QVERIFY(!r.err.contains(ClientSecret));
    QVERIFY(!r.err.contains(ClientSecret.left(32)));
    QVERIFY(!r.err.contains("the secret plaintext"));
    QVERIFY(!r.err.contains("correct horse"));
    QVERIFY(!r.err.contains("MII")); // no key material
}

void TestCli::batch()
{
    const QStringList keyArgs = { QStringLiteral("--client-secret-file"), m_secretFile };
    QByteArray input;
    for (int i = 0; i < 300; ++i) {
        input += test::runCli(QStringList { QStringLiteral("encrypt") } + keyArgs, QByteArray::number(i)).out;
        if (i == 100) {
            input += "garbage!\n";
        }
    }
    const ProcessResult r
        = test::runCli(QStringList { QStringLiteral("decrypt"), QStringLiteral("--batch") } + keyArgs, input);
    QCOMPARE(r.exitCode, 3); // the first failure is malformed input
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 301);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("value")).toString(),
             QStringLiteral("0"));
    const QJsonObject bad = QJsonDocument::fromJson(lines[101]).object();
    QCOMPARE(bad.value(QStringLiteral("line")).toInt(), 102);
    QCOMPARE(bad.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(bad.value(QStringLiteral("error")).toString(), QStringLiteral("invalid-base64"));
    const QJsonObject last = QJsonDocument::fromJson(lines[300]).object();
    QCOMPARE(last.value(QStringLiteral("line")).toInt(), 301);
    QCOMPARE(last.value(QStringLiteral("value")).toString(), QStringLiteral("299"));

    input.replace("garbage!\n", "");
    const ProcessResult ok = test::runCli(QStringList { QStringLiteral("decrypt"), QStringLiteral("--batch"),
                                                        QStringLiteral("--threads"), QStringLiteral("2") }
                                              + keyArgs,
                                          input);
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out.count('\n'), 300);
}

void TestCli::inspect()
{
    const QByteArray envelope = test::runCli({ QStringLiteral("encrypt"), QStringLiteral("--public-key"),
                                               key(QStringLiteral("rsa3072.pub.pem")) },
                                             "0123456789")
                                    .out;
    const ProcessResult text
        = test::runCli({ QStringLiteral("inspect") }, "  \"" + envelope.trimmed() + "\"\n");
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Envelope: 422 bytes"));
    QVERIFY(text.out.contains("client-side, RSA-3072: a 10-byte value"));
    QVERIFY(text.out.contains("client-side, RSA-4096: needs at least 540 bytes"));
    QVERIFY(text.out.contains("Removed one pair of surrounding quotes"));

    const ProcessResult json
        = test::runCli({ QStringLiteral("inspect"), QStringLiteral("--json") }, envelope);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(QStringLiteral("length")).toInt(), 422);
    QCOMPARE(report.value(QStringLiteral("layouts")).toArray().size(), 3);

    QCOMPARE(test::runCli({ QStringLiteral("inspect") }, "QUJD").exitCode, 3);
    QCOMPARE(test::runCli({ QStringLiteral("inspect") }, "%%%").exitCode, 3);
}

void TestCli::keygen()
{
    const QString priv = m_dir.filePath(QStringLiteral("gen.pem"));
    const QString pub = m_dir.filePath(QStringLiteral("gen.pub.pem"));
    const QString pass = write(QStringLiteral("pass"), "generated passphrase\n");
    const QStringList args = { QStringLiteral("keygen"),
                               QStringLiteral("--bits"),
                               QStringLiteral("2048"),
                               QStringLiteral("--private-out"),
                               priv,
                               QStringLiteral("--public-out"),
                               pub,
                               QStringLiteral("--passphrase-file"),
                               pass };
    const ProcessResult r = test::runCli(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("fingerprint"));
    QCOMPARE(QFileInfo(priv).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QFile privFile(priv);
    QVERIFY(privFile.open(QIODevice::ReadOnly));
    QVERIFY(privFile.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

    // The pair works end to end.
    const ProcessResult enc
        = test::runCli({ QStringLiteral("encrypt"), QStringLiteral("--public-key"), pub }, Value);
    const ProcessResult dec = test::runCli({ QStringLiteral("decrypt"), QStringLiteral("--private-key"), priv,
                                             QStringLiteral("--passphrase-file"), pass },
                                           enc.out);
    QCOMPARE(dec.out, Value);

    // Existing files are kept unless --force.
    const ProcessResult again = test::runCli(args);
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.err.contains("--force"));
    QCOMPARE(test::runCli(QStringList(args) << QStringLiteral("--force")).exitCode, 0);

    const ProcessResult badBits
        = test::runCli({ QStringLiteral("keygen"), QStringLiteral("--bits"), QStringLiteral("1024"),
                         QStringLiteral("--private-out"), priv, QStringLiteral("--public-out"), pub });
    QCOMPARE(badBits.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
