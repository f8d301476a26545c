// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/EnvelopeInspection.h"

#include <QTest>

using namespace sb;

class TestEnvelopeInspection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutsThatFit_data();
    void layoutsThatFit();
    void partsCoverTheEnvelope();
    void notBase64();
};

void TestEnvelopeInspection::layoutsThatFit_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("clientSideBits"); // client-side layouts expected
    QTest::addColumn<bool>("portManaged");
    QTest::newRow("31 bytes: nothing") << 31 << QList<int> {} << false;
    QTest::newRow("32 bytes: empty Port-managed") << 32 << QList<int> {} << true;
    QTest::newRow("283 bytes") << 283 << QList<int> {} << true;
    QTest::newRow("284 bytes: empty 2048") << 284 << QList<int> { 2048 } << true;
    QTest::newRow("412 bytes: 3072 fits") << 412 << QList<int> { 2048, 3072 } << true;
    QTest::newRow("540 bytes: all") << 540 << QList<int> { 2048, 3072, 4096 } << true;
}

void TestEnvelopeInspection::layoutsThatFit()
{
    QFETCH(int, size);
    QFETCH(QList<int>, clientSideBits);
    QFETCH(bool, portManaged);
    auto inspection = inspectEnvelope(QByteArray(size, '\x5a').toBase64());
    QVERIFY(inspection);
    QCOMPARE(inspection->text.bytes.size(), size);
    QList<int> bits;
    bool sawPort = false;
    for (const EnvelopeLayout& layout : inspection->layouts) {
        if (layout.format == EnvelopeFormat::PortManaged) {
            sawPort = true;
            QCOMPARE(layout.plaintextLength(), size - 32);
        } else {
            bits << layout.rsaBits;
            QCOMPARE(layout.plaintextLength(), size - 12 - layout.rsaBits / 8 - 16);
        }
    }
    QCOMPARE(sawPort, portManaged);
    QCOMPARE(bits, clientSideBits);
    QCOMPARE(inspection->layouts.size() + inspection->rejected.size(), 4);
    for (const RejectedLayout& rejected : inspection->rejected) {
        QVERIFY(rejected.minimumSize > size);
    }
}

void TestEnvelopeInspection::partsCoverTheEnvelope()
{
    auto inspection = inspectEnvelope(QByteArray(600, 'q').toBase64());
    QVERIFY(inspection);
    for (const EnvelopeLayout& layout : inspection->layouts) {
        qsizetype next = 0;
        for (const EnvelopePart& part : layout.parts) {
            QCOMPARE(part.offset, next);
            next += part.length;
        }
        QCOMPARE(next, 600);
        QCOMPARE(layout.parts.first().length, layout.format == EnvelopeFormat::PortManaged ? 16 : 12);
        QCOMPARE(layout.parts.last().length, 16);
        QCOMPARE(layout.parts.last().name(), QStringLiteral("tag"));
    }
    const EnvelopeLayout cs = inspection->layouts.at(1);
    QCOMPARE(cs.title(), QStringLiteral("client-side, RSA-2048"));
    QCOMPARE(cs.parts.at(1).name(), QStringLiteral("wrapped key"));
    QCOMPARE(cs.parts.at(1).length, 256);
}

void TestEnvelopeInspection::notBase64()
{
    auto inspection = inspectEnvelope("not an envelope!");
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().kind, ErrorKind::InvalidBase64);
}

QTEST_GUILESS_MAIN(TestEnvelopeInspection)
#include "TestEnvelopeInspection.moc"
