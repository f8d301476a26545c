// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Base64.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sb;

// The fast decoder must agree with Qt's on every valid input and refuse
// (return -1) everything Qt's strict decoding refuses, at every position: the
// vector path handles 32 characters at a time, so lengths and error positions
// around multiples of 32 matter most.
class TestBase64 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithQt_data();
    void agreesWithQt();
    void refusesEveryBadCharacterAtEveryPosition();
    void refusesBadPadding_data();
    void refusesBadPadding();
};

namespace {
qsizetype decode(QByteArrayView text, QByteArray& out)
{
    out = QByteArray(Base64::decodedCapacity(text.size()) + Base64::OutputSlack, '\xAA');
    const qsizetype n = Base64::decodeStandard(text, out.data());
    if (n >= 0) {
        out.truncate(n);
    }
    return n;
}
} // namespace

void TestBase64::agreesWithQt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("padded");
    QRandomGenerator random(20261122);
    for (int length :
         { 0, 1, 2, 3, 4, 5, 23, 24, 25, 47, 48, 49, 71, 72, 73, 95, 96, 97, 100, 1000, 4096, 100000 }) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char& c : bytes) {
            c = static_cast<char>(random.bounded(256));
        }
        QTest::addRow("%d bytes, padded", length) << bytes << true;
        QTest::addRow("%d bytes, unpadded", length) << bytes << false;
    }
    QTest::newRow("all 0xff") << QByteArray(300, '\xff') << true; // '/' heavy
    QTest::newRow("all 0xfb") << QByteArray(300, '\xfb') << true; // '+' heavy
}

void TestBase64::agreesWithQt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, padded);
    const QByteArray text
        = bytes.toBase64(padded ? QByteArray::Base64Encoding : QByteArray::OmitTrailingEquals);
    QByteArray out;
    QCOMPARE(decode(text, out), bytes.size());
    QCOMPARE(out, bytes);
}

void TestBase64::refusesEveryBadCharacterAtEveryPosition()
{
    const QByteArray text = QByteArray(150, '\x5c').toBase64(); // 200 characters
    QByteArray out;
    QVERIFY(decode(text, out) == 150);
    for (const char bad : { ' ', '\n', '-', '_', '.', '=', '\0', '\x80', '\xff', '@', '[', '`', '{' }) {
        for (int i = 0; i < text.size() - 2; ++i) { // the last two may be '=' legitimately
            QByteArray broken = text;
            broken[i] = bad;
            QVERIFY2(decode(broken, out) == -1,
                     qPrintable(QStringLiteral("0x%1 at %2").arg(uchar(bad), 2, 16).arg(i)));
        }
    }
}

void TestBase64::refusesBadPadding_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("three '='") << QByteArray("QQ===");
    QTest::newRow("padding in the middle") << QByteArray("QQ==QUJD");
    QTest::newRow("padding on wrong length") << QByteArray("QUJ==");
    QTest::newRow("4n+1 characters") << QByteArray("QUJDR");
    QTest::newRow("only padding") << QByteArray("==");
}

void TestBase64::refusesBadPadding()
{
    QFETCH(QByteArray, text);
    QByteArray out;
    QCOMPARE(decode(text, out), qsizetype(-1));
}

QTEST_GUILESS_MAIN(TestBase64)
#include "TestBase64.moc"
