// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/JsonText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::ProcessResult;

// Our encrypt -> their decrypt and their encrypt -> our decrypt, for both
// formats and 2048/4096-bit keys, against pycryptodome (Debian's
// python3-pycryptodome) and Node.js crypto running Port's documented backend
// procedures. Both sides run as real processes (our side is secretbench-cli).
class TestInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void envelopes_data();
    void envelopes();
    void objectSerialisationMatchesNode_data();
    void objectSerialisationMatchesNode();

private:
    QString skipReason(const QString& implementation) const;
    QStringList theirCommand(const QString& implementation,
                             const QString& verb,
                             const QString& keyFile,
                             bool object) const;

    QTemporaryDir m_dir;
    QString m_secretFile;
    QString m_pythonMissing;
};

namespace {
const QByteArray ClientSecret("interop-client-secret-0123456789abcdefABCDEF");
const QString Here = QStringLiteral(SECRETBENCH_INTEROP_DIR);
} // namespace

void TestInterop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_secretFile = m_dir.filePath(QStringLiteral("secret"));
    QFile file(m_secretFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ClientSecret + "\n");
    file.close();
    m_pythonMissing = test::missingPythonModules({ QStringLiteral("Cryptodome") });
    if (!m_pythonMissing.isEmpty()) {
        qWarning("SKIPPING pycryptodome interop: %s", qPrintable(m_pythonMissing));
    }
    if (test::nodeJs().isEmpty()) {
        qWarning("SKIPPING Node.js interop: node is not installed");
    }
}

QString TestInterop::skipReason(const QString& implementation) const
{
    if (implementation == QLatin1String("pycryptodome")) {
        return m_pythonMissing.isEmpty() ? QString() : QStringLiteral("SKIPPED: ") + m_pythonMissing;
    }
    return test::nodeJs().isEmpty() ? QStringLiteral("SKIPPED: Node.js (node) is not installed") : QString();
}

QStringList TestInterop::theirCommand(const QString& implementation,
                                      const QString& verb,
                                      const QString& keyFile,
                                      bool object) const
{
    QStringList command;
    if (implementation == QLatin1String("pycryptodome")) {
        command << test::systemPython() << Here + QStringLiteral("/port_backend.py");
    } else {
        command << test::nodeJs() << Here + QStringLiteral("/node_backend.js");
    }
    command << verb << keyFile;
    if (object) {
        command << QStringLiteral("--object");
    }
    return command;
}

void TestInterop::envelopes_data()
{
    QTest::addColumn<QString>("implementation");
    QTest::addColumn<int>("bits"); // 0: Port-managed
    QTest::addColumn<bool>("oursEncrypts");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("object");

    const QList<QPair<QString, QByteArray>> values = {
        { QStringLiteral("text"), QByteArray("s3cr3t-v4lue") },
        { QStringLiteral("non-ASCII"), QStringLiteral("Grüße 密码 🔑").toUtf8() },
        { QStringLiteral("multi-line PEM"), test::readData(QStringLiteral("keys/rsa2048.cert.pem")) },
        { QStringLiteral("empty"), QByteArray() },
        { QStringLiteral("1 MiB"), QByteArray(1 << 20, 'x') },
        { QStringLiteral("object"), QByteArray("{\"user\":\"ops\",\"pass\":\"p\xc3\xa4ss\",\"n\":[1,2.5]}") },
    };
    for (const QString& implementation : { QStringLiteral("pycryptodome"), QStringLiteral("node") }) {
        for (int bits : { 0, 2048, 4096 }) {
            for (bool ours : { true, false }) {
                for (const auto& [name, value] : values) {
                    const QString format
                        = bits ? QStringLiteral("client-side %1").arg(bits) : QStringLiteral("port-managed");
                    QTest::addRow("%s, %s, %s, %s", qPrintable(implementation), qPrintable(format),
                                  ours ? "ours->theirs" : "theirs->ours", qPrintable(name))
                        << implementation << bits << ours << value << (name == QLatin1String("object"));
                }
            }
        }
    }
}

void TestInterop::envelopes()
{
    QFETCH(QString, implementation);
    QFETCH(int, bits);
    QFETCH(bool, oursEncrypts);
    QFETCH(QByteArray, value);
    QFETCH(bool, object);
    if (const QString reason = skipReason(implementation); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    const QString publicKey = test::dataPath(QStringLiteral("keys/rsa%1.pub.pem").arg(bits));
    const QString privateKey = test::dataPath(QStringLiteral("keys/rsa%1.pem").arg(bits));
    QStringList ourEncrypt = { QStringLiteral("encrypt") };
    QStringList ourDecrypt = { QStringLiteral("decrypt") };
    if (bits) {
        ourEncrypt << QStringLiteral("--public-key") << publicKey;
        ourDecrypt << QStringLiteral("--private-key") << privateKey;
    } else {
        ourEncrypt << QStringLiteral("--client-secret-file") << m_secretFile;
        ourDecrypt << QStringLiteral("--client-secret-file") << m_secretFile;
    }
    if (object) {
        ourEncrypt << QStringLiteral("--object");
        ourDecrypt << QStringLiteral("--object");
    }
    const QString theirEncryptVerb = bits ? QStringLiteral("encrypt-client") : QStringLiteral("encrypt-port");
    const QString theirDecryptVerb = bits ? QStringLiteral("decrypt-client") : QStringLiteral("decrypt-port");

    QByteArray envelope;
    if (oursEncrypts) {
        const ProcessResult enc = test::runCli(ourEncrypt, value);
        QVERIFY2(enc.exitCode == 0, enc.err.constData());
        envelope = enc.out;
        QStringList theirs
            = theirCommand(implementation, theirDecryptVerb, bits ? privateKey : m_secretFile, object);
        const ProcessResult dec = test::run(theirs.takeFirst(), theirs, envelope);
        QVERIFY2(dec.exitCode == 0, dec.err.constData());
        QCOMPARE(dec.out, value);
    } else {
        QStringList theirs
            = theirCommand(implementation, theirEncryptVerb, bits ? publicKey : m_secretFile, false);
        const ProcessResult enc = test::run(theirs.takeFirst(), theirs, value);
        QVERIFY2(enc.exitCode == 0, enc.err.constData());
        const ProcessResult dec = test::runCli(ourDecrypt, enc.out);
        QVERIFY2(dec.exitCode == 0, dec.err.constData());
        QCOMPARE(dec.out, value);
    }
}

void TestInterop::objectSerialisationMatchesNode_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("order and spaces") << QByteArray("{ \"z\" : 1, \"a\" : { \"y\": [ 1 , 2 ] } }");
    QTest::newRow("numbers") << QByteArray(
        "[1.50, 1e2, 1E-7, 1.5e21, 1e21, 123e-2, 0.000001, -0.0, 12345678901234567890, "
        "5e-324, 1.7976931348623157e308, 0.1, 100.0e-2, 1e400]");
    QTest::newRow("strings") << QByteArray(
        "[\"\\u00e9\\/\", \"\\ud83d\\udd11\", \"\\uD800\", \"\\u0001\\u007f\", "
        "\"tab\\there\", \"\xe2\x80\xa8\"]");
    QTest::newRow("nested") << QByteArray("{\"a\":[{\"b\":{}},[],[[null]]],\"c\":true,\"d\":false}");
    QTest::newRow("unicode keys") << QByteArray("{\"cl\xc3\xa9\":\"v\",\"\\u006b\":1}");
}

void TestInterop::objectSerialisationMatchesNode()
{
    QFETCH(QByteArray, json);
    if (test::nodeJs().isEmpty()) {
        QSKIP("SKIPPED: Node.js (node) is not installed");
    }
    const ProcessResult node = test::run(
        test::nodeJs(),
        { Here + QStringLiteral("/node_backend.js"), QStringLiteral("stringify"), QStringLiteral("-") },
        json);
    QVERIFY2(node.exitCode == 0, node.err.constData());
    SecureBuffer ours;
    QVERIFY(JsonText::compact(json, ours));
    QCOMPARE(ours.view().toByteArray(), node.out);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "TestInterop.moc"
