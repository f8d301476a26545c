// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/BatchDecryptor.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

class TestBatchDecryptor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mixedLines_data();
    void mixedLines();
    void orderIsKeptAcrossThreads_data();
    void orderIsKeptAcrossThreads();
    void objectValuesAreEmbedded();
    void overlongLineIsSkipped();
    void emptyInput();
};

namespace {
const QByteArray Secret("batch-client-secret-0123456789abcdef");

QByteArray envelope(PortManagedCipher& cipher, QByteArrayView value)
{
    return encodeEnvelopeText(*cipher.encrypt(value));
}

struct Output
{
    BatchSummary summary;
    QList<QJsonObject> lines;
};

Output runBatch(const QByteArray& input, BatchDecryptor::Options options)
{
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    BatchDecryptor batch(*cipher, options);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto summary = batch.run(in, out);
    Output result;
    if (!summary) {
        qWarning("batch failed: %s", qPrintable(summary.error().message));
        return result;
    }
    result.summary = *summary;
    for (const QByteArray& line : out.data().split('\n')) {
        if (!line.isEmpty()) {
            QJsonParseError error;
            result.lines << QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError) {
                qWarning("not JSON: %s", line.constData());
            }
        }
    }
    return result;
}
} // namespace

void TestBatchDecryptor::mixedLines_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("four threads") << 4;
}

void TestBatchDecryptor::mixedLines()
{
    QFETCH(int, threads);
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    auto other = PortManagedCipher::fromClientSecret(QByteArray(32, 'o'));
    QByteArray input;
    input += envelope(*cipher, "first") + "\n"; // 1 ok
    input += "\n"; // 2 blank: skipped
    input += envelope(*other, "wrong key") + "\r\n"; // 3 auth failure
    input += "not base64!\n"; // 4 malformed
    input += "\"" + envelope(*cipher, "quoted \"x\"\n") + "\"\n"; // 5 ok, JSON-escaped
    input += "QUJD\n"; // 6 too short
    input += envelope(*cipher, "last, no newline"); // 7 ok

    BatchDecryptor::Options options;
    options.threads = threads;
    options.chunkBytes = 64; // force several chunks
    const Output out = runBatch(input, options);
    QCOMPARE(out.lines.size(), 6);
    QCOMPARE(out.summary.lines, 7);
    QCOMPARE(out.summary.decrypted, 3);
    QCOMPARE(out.summary.failed, 3);
    QCOMPARE(out.summary.firstFailure, std::optional(ErrorKind::AuthenticationFailed));

    const QList<int> numbers = { 1, 3, 4, 5, 6, 7 };
    for (int i = 0; i < numbers.size(); ++i) {
        QCOMPARE(out.lines[i].value(QStringLiteral("line")).toInt(), numbers[i]);
    }
    QCOMPARE(out.lines[0].value(QStringLiteral("value")).toString(), QStringLiteral("first"));
    QCOMPARE(out.lines[1].value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(out.lines[1].value(QStringLiteral("error")).toString(), QStringLiteral("authentication-failed"));
    QCOMPARE(out.lines[2].value(QStringLiteral("error")).toString(), QStringLiteral("invalid-base64"));
    QCOMPARE(out.lines[3].value(QStringLiteral("value")).toString(), QStringLiteral("quoted \"x\"\n"));
    QCOMPARE(out.lines[4].value(QStringLiteral("error")).toString(), QStringLiteral("too-short"));
    QCOMPARE(out.lines[5].value(QStringLiteral("value")).toString(), QStringLiteral("last, no newline"));
    QVERIFY(!out.lines[1].value(QStringLiteral("message")).toString().isEmpty());
}

void TestBatchDecryptor::orderIsKeptAcrossThreads_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("chunkBytes");
    QTest::newRow("2 threads, small chunks") << 2 << 1000;
    QTest::newRow("8 threads, tiny chunks") << 8 << 100;
    QTest::newRow("auto threads, default chunks") << 0 << (1 << 20);
}

void TestBatchDecryptor::orderIsKeptAcrossThreads()
{
    QFETCH(int, threads);
    QFETCH(int, chunkBytes);
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    QByteArray input;
    const int count = 5000;
    for (int i = 0; i < count; ++i) {
        input += envelope(*cipher, QByteArray::number(i)) + '\n';
    }
    BatchDecryptor::Options options;
    options.threads = threads;
    options.chunkBytes = chunkBytes;
    const Output out = runBatch(input, options);
    QCOMPARE(out.lines.size(), count);
    QCOMPARE(out.summary.decrypted, count);
    QVERIFY(!out.summary.firstFailure);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(out.lines[i].value(QStringLiteral("line")).toInt(), i + 1);
        QCOMPARE(out.lines[i].value(QStringLiteral("value")).toString(), QString::number(i));
    }
}

void TestBatchDecryptor::objectValuesAreEmbedded()
{
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    const QByteArray input
        = envelope(*cipher, "{\"user\":\"ops\",\"n\":[1,2]}") + "\n" + envelope(*cipher, "not json") + "\n";
    BatchDecryptor::Options options;
    options.type = SecretType::Object;
    const Output out = runBatch(input, options);
    QCOMPARE(out.lines.size(), 2);
    QCOMPARE(out.lines[0].value(QStringLiteral("value")).toObject().value(QStringLiteral("user")).toString(),
             QStringLiteral("ops"));
    QCOMPARE(out.lines[1].value(QStringLiteral("error")).toString(), QStringLiteral("invalid-json"));
}

void TestBatchDecryptor::overlongLineIsSkipped()
{
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    const QByteArray input = envelope(*cipher, "before") + "\n" + QByteArray(5000, 'A') + "\n"
        + envelope(*cipher, "after") + "\n";
    BatchDecryptor::Options options;
    options.chunkBytes = 256;
    options.maxLineBytes = 1024;
    const Output out = runBatch(input, options);
    QCOMPARE(out.lines.size(), 3);
    QCOMPARE(out.lines[0].value(QStringLiteral("value")).toString(), QStringLiteral("before"));
    QCOMPARE(out.lines[1].value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(out.lines[1].value(QStringLiteral("message")).toString().contains(QStringLiteral("longer than")));
    QCOMPARE(out.lines[2].value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(out.lines[2].value(QStringLiteral("value")).toString(), QStringLiteral("after"));
}

void TestBatchDecryptor::emptyInput()
{
    const Output out = runBatch(QByteArray(), {});
    QCOMPARE(out.lines.size(), 0);
    QCOMPARE(out.summary.lines, 0);
}

QTEST_GUILESS_MAIN(TestBatchDecryptor)
#include "TestBatchDecryptor.moc"
