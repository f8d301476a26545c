// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorFixtures.h"
#include "inspector/BatchInspector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::test;

class TestBatchInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logOfBodiesInOrder();
    void statuses_data();
    void statuses();
    void cancelKeepsWhatWasDelivered();
    void exportWithAndWithoutValues();
};

namespace {

DiagnosisKeys secretKeys(const QByteArray& secret = inspectorSecret())
{
    DiagnosisKeys keys;
    keys.clientSecret = SecureBuffer::copyOf(secret);
    return keys;
}

bool runToEnd(BatchInspector& batch)
{
    QSignalSpy finished(&batch, &BatchInspector::finished);
    return !batch.isRunning() || finished.wait(120000);
}

} // namespace

void TestBatchInspector::logOfBodiesInOrder()
{
    QByteArray log;
    const int lines = 1000;
    for (int i = 1; i <= lines; ++i) {
        log += webhookBody(portManaged("value-" + QByteArray::number(i))) + "\n";
    }
    BatchInspector batch;
    QSignalSpy appended(&batch, &BatchInspector::rowsAppended);
    QSignalSpy progress(&batch, &BatchInspector::progressChanged);
    batch.start(log, InputKind::JsonLines, secretKeys(), 2);
    QVERIFY(runToEnd(batch));
    QVERIFY(!batch.wasCancelled());
    QCOMPARE(qsizetype(batch.rows().size()), qsizetype(lines));
    QCOMPARE(batch.counts().decrypted, lines);
    QCOMPARE(batch.counts().lines, lines);
    QVERIFY(appended.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(lines));
    for (int i = 0; i < lines; ++i) {
        const BatchRow& row = batch.rows()[std::size_t(i)];
        QCOMPARE(row.line, qint64(i + 1));
        QCOMPARE(row.path, QStringLiteral("$.payload.properties.password"));
        QCOMPARE(row.value.view(), QByteArrayView("value-" + QByteArray::number(i + 1)));
        QCOMPARE(row.format, QStringLiteral("aes256-gcm"));
    }
}

void TestBatchInspector::statuses_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<bool>("privateKey");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");

    const QByteArray pm = portManaged("pm");
    const QByteArray cs = clientSide(QByteArray("cs"));
    QTest::newRow("Port-managed") << pm << true << true << "decrypted"
                                  << "aes256-gcm"
                                  << "decrypted";
    QTest::newRow("client-side") << cs << true << true << "decrypted"
                                 << "client-side, RSA-2048"
                                 << "decrypted";
    QTest::newRow("wrong secret") << portManaged("x", "another-organisation-client-secret-000") << true
                                  << false << "failed"
                                  << "aes256-gcm"
                                  << "wrong client secret";
    QTest::newRow("client-side, no private key") << cs << true << false << "failed"
                                                 << "aes256-gcm or client-side"
                                                 << "tag mismatch";
    QTest::newRow("Port-managed, only a private key") << pm << false << true << "failed"
                                                      << "aes256-gcm"
                                                      << "too short for the private key";
    QTest::newRow("no key") << pm << false << false << "no-key"
                            << "aes256-gcm"
                            << "no usable key";
    QTest::newRow("cut off") << pm.left(45) << true << false << "malformed" << QString() << "cut off";
    QTest::newRow("base64url") << QByteArray(pm).replace('+', '-').replace('/', '_') << true << false
                               << "decrypted"
                               << "aes256-gcm" << QString();
    QTest::newRow("JSON value") << portManaged(R"({"a":1})") << true << false << "decrypted"
                                << "aes256-gcm"
                                << "JSON object";
}

void TestBatchInspector::statuses()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, secret);
    QFETCH(bool, privateKey);
    QFETCH(QString, status);
    QFETCH(QString, format);
    QFETCH(QString, message);

    DiagnosisKeys keys = secret ? secretKeys() : DiagnosisKeys();
    if (privateKey) {
        keys.privateKey = test::privateKey(QStringLiteral("rsa2048.pem"));
    }
    BatchInspector batch;
    batch.start(webhookBody(value), InputKind::JsonDocument, std::move(keys));
    QVERIFY(runToEnd(batch));
    QCOMPARE(qsizetype(batch.rows().size()), qsizetype(1));
    const BatchRow& row = batch.rows().front();
    QCOMPARE(batchStatusName(row.status), status);
    QCOMPARE(row.format, format);
    QVERIFY2(row.message.contains(message), qPrintable(row.message));
    QCOMPARE(row.value.isEmpty(), status != QLatin1String("decrypted"));
}

void TestBatchInspector::cancelKeepsWhatWasDelivered()
{
    // RSA unwraps are slow enough that a cancel lands long before the end.
    const RsaPrivateKey key = privateKey(QStringLiteral("rsa2048.pem"));
    const QByteArray lines = clientSideLines(key.publicKey(), 4000);
    DiagnosisKeys keys;
    keys.privateKey = key;
    BatchInspector batch;
    QSignalSpy finished(&batch, &BatchInspector::finished);
    QSignalSpy appended(&batch, &BatchInspector::rowsAppended);
    batch.start(lines, InputKind::EnvelopeLines, std::move(keys), 1);
    // Cancel once the first chunk is in: it stays, the rest is not done.
    QVERIFY(appended.wait(60000));
    batch.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(batch.wasCancelled());
    QVERIFY(!batch.isRunning());
    QVERIFY(batch.rows().size() >= std::size_t(BatchInspector::LinesPerChunk));
    QVERIFY(batch.rows().size() < 4000);
    QCOMPARE(batch.doneLines() < batch.totalLines(), true);
    for (const BatchRow& row : batch.rows()) {
        QCOMPARE(row.status, BatchRow::Status::Decrypted);
    }
}

void TestBatchInspector::exportWithAndWithoutValues()
{
    const QByteArray secretValue("do-not-export-me-by-accident, \"quoted\"");
    BatchInspector batch;
    batch.start(webhookBody(portManaged(secretValue)) + "\n" + webhookBody(portManaged("xxxxxxxxxx").left(45))
                    + "\n",
                InputKind::JsonLines, secretKeys());
    QVERIFY(runToEnd(batch));
    QCOMPARE(qsizetype(batch.rows().size()), qsizetype(2));

    const SecureBuffer csv = exportBatch(batch.rows(), BatchExportFormat::Csv, false);
    QVERIFY(csv.view().startsWith("line,path,format,status,message,length\r\n"));
    QVERIFY(!csv.view().contains(QByteArrayView("do-not-export")));
    QVERIFY(csv.view().contains(QByteArrayView("1,$.payload.properties.password,aes256-gcm,decrypted,")));
    const SecureBuffer csvValues = exportBatch(batch.rows(), BatchExportFormat::Csv, true);
    QVERIFY(csvValues.view().contains(QByteArrayView("\"do-not-export-me-by-accident, \"\"quoted\"\"\"")));

    const SecureBuffer jsonl = exportBatch(batch.rows(), BatchExportFormat::JsonLines, true);
    const QList<QByteArray> lines = jsonl.view().toByteArray().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("value")).toString().toUtf8(), secretValue);
    QCOMPARE(first.value(QStringLiteral("length")).toInt(), secretValue.size());
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("malformed"));
    QVERIFY(!second.contains(QStringLiteral("value")));
    QVERIFY(!exportBatch(batch.rows(), BatchExportFormat::JsonLines, false)
                 .view()
                 .contains(QByteArrayView("do-not")));
}

QTEST_GUILESS_MAIN(TestBatchInspector)
#include "TestBatchInspector.moc"
