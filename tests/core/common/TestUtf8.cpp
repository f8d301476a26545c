// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Utf8.h"

#include <QTest>

using namespace sb;

class TestUtf8 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstInvalid_data();
    void firstInvalid();
    void asciiPrefixAtEveryLength();
};

void TestUtf8::firstInvalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("expected");
    const QByteArray ascii(100, 'a'); // longer than one vector block
    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ascii") << ascii << qsizetype(-1);
    QTest::newRow("two-byte") << ascii + "\xc3\xa9" << qsizetype(-1);
    QTest::newRow("four-byte") << ascii + "\xf0\x9f\x94\x91" + ascii << qsizetype(-1);
    QTest::newRow("lone continuation") << ascii + "\x80" << qsizetype(100);
    QTest::newRow("truncated sequence") << ascii + "\xe2\x82" << qsizetype(100);
    QTest::newRow("overlong") << QByteArray("ab\xc0\xaf") << qsizetype(2);
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << qsizetype(0);
    QTest::newRow("above U+10FFFF") << QByteArray("x\xf4\x90\x80\x80") << qsizetype(1);
    QTest::newRow("bad after good") << ascii + "\xc3\xa9" + "z\xff" << qsizetype(103);
}

void TestUtf8::firstInvalid()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, expected);
    QCOMPARE(Utf8::firstInvalid(text), expected);
}

void TestUtf8::asciiPrefixAtEveryLength()
{
    for (int length = 0; length < 200; ++length) {
        QByteArray text(length, 'x');
        QCOMPARE(Utf8::asciiPrefix(text), qsizetype(length));
        for (int at = 0; at < length; at += 7) {
            QByteArray withHigh = text;
            withHigh[at] = '\xc3';
            QCOMPARE(Utf8::asciiPrefix(withHigh), qsizetype(at));
        }
    }
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "TestUtf8.moc"
