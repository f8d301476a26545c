// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileKind.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"

#include <QTest>

using namespace sb;

class TestFileKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
};

void TestFileKind::detect_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<FileKind>("kind");
    auto cipher = PortManagedCipher::fromClientSecret("file-kind-client-secret-0123456789ab");
    const QByteArray envelope = encodeEnvelopeText(*cipher->encrypt("v"));
    QTest::newRow("full action") << QByteArray("{\"identifier\":\"a\",\"trigger\":{\"type\":\"self-service\","
                                               "\"userInputs\":{\"properties\":{}}}}")
                                 << FileKind::Definition;
    QTest::newRow("userInputs") << QByteArray(
        "{\"userInputs\":{\"properties\":{\"x\":{\"type\":\"string\"}}}}")
                                << FileKind::Definition;
    QTest::newRow("bare userInputs content")
        << QByteArray("{\"properties\":{\"x\":{\"type\":\"string\"}},\"required\":[\"x\"]}")
        << FileKind::Definition;
    QTest::newRow("bare properties") << QByteArray(
        "{\"password\":{\"type\":\"string\",\"encryption\":\"aes256-gcm\"}}")
                                     << FileKind::Definition;
    QTest::newRow("webhook body") << "{\"payload\":{\"properties\":{\"password\":\"" + envelope + "\"}}}"
                                  << FileKind::Body;
    QTest::newRow("json lines") << "{\"p\":\"" + envelope + "\"}\n{\"p\":\"" + envelope + "\"}\n"
                                << FileKind::Body;
    QTest::newRow("envelope") << envelope + "\n" << FileKind::Envelope;
    QTest::newRow("vault") << QByteArray("SBVAULT\0\x01\x00", 10) << FileKind::Vault;
    QTest::newRow("plain text") << QByteArray("hello world") << FileKind::Unknown;
    QTest::newRow("json without secrets") << QByteArray("{\"a\":1}") << FileKind::Unknown;
    QTest::newRow("empty") << QByteArray() << FileKind::Unknown;
}

void TestFileKind::detect()
{
    QFETCH(QByteArray, content);
    QFETCH(FileKind, kind);
    QCOMPARE(detectFileKind(content), kind);
}

QTEST_GUILESS_MAIN(TestFileKind)
#include "TestFileKind.moc"
