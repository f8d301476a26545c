// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/EnvelopeText.h"

#include <QTest>

using namespace sb;

class TestEnvelopeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void encodeIsStandardPadded();
};

namespace {
// 35 bytes: base64 needs one '=' of padding.
const QByteArray Bytes
    = QByteArray::fromHex("fbff00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff01");
const QByteArray Standard = Bytes.toBase64();
} // namespace

void TestEnvelopeText::accepted_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("trimmed");
    QTest::addColumn<bool>("lineBreaks");
    QTest::addColumn<bool>("quotes");
    QTest::addColumn<bool>("noPadding");
    QTest::addColumn<bool>("url");
    QVERIFY(Standard.endsWith('=') && Standard.contains('/'));
    QTest::newRow("plain") << Standard << false << false << false << false << false;
    QTest::newRow("trailing newline") << Standard + "\n" << true << false << false << false << false;
    QTest::newRow("surrounding spaces")
        << "  \t" + Standard + "  " << true << false << false << false << false;
    QTest::newRow("wrapped at 16") << Standard.left(16) + "\r\n" + Standard.mid(16) << false << true << false
                                   << false << false;
    QTest::newRow("JSON quotes") << "\"" + Standard + "\"" << false << false << true << false << false;
    QTest::newRow("quotes and newline") << " \"" + Standard + "\"\n"
                                        << true << false << true << false << false;
    QTest::newRow("no padding") << QByteArray(Standard).replace("=", "") << false << false << false << true
                                << false;
    QTest::newRow("base64url") << Bytes.toBase64(QByteArray::Base64UrlEncoding) << false << false << false
                               << false << true;
    QTest::newRow("base64url unpadded")
        << Bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) << false << false
        << false << true << true;
}

void TestEnvelopeText::accepted()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, trimmed);
    QFETCH(bool, lineBreaks);
    QFETCH(bool, quotes);
    QFETCH(bool, noPadding);
    QFETCH(bool, url);
    auto decoded = decodeEnvelopeText(text);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(decoded->bytes, Bytes);
    QCOMPARE(decoded->trimmedWhitespace, trimmed);
    QCOMPARE(decoded->removedLineBreaks, lineBreaks);
    QCOMPARE(decoded->strippedQuotes, quotes);
    QCOMPARE(decoded->missingPadding, noPadding);
    QCOMPARE(decoded->base64Url, url);
    // Every tolerance is reported in words.
    QCOMPARE(decoded->notes().size(),
             int(trimmed) + int(lineBreaks) + int(quotes) + int(noPadding) + int(url));
}

void TestEnvelopeText::rejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << ErrorKind::TooShort << qsizetype(0) << "empty";
    QTest::newRow("only whitespace") << QByteArray(" \n ") << ErrorKind::TooShort << qsizetype(0) << "empty";
    QTest::newRow("bad character") << QByteArray("QUJD$EFG") << ErrorKind::InvalidBase64 << qsizetype(4)
                                   << "'$'";
    QTest::newRow("bad character after quote")
        << QByteArray("\"QUJD.EFG\"") << ErrorKind::InvalidBase64 << qsizetype(5) << "position 5";
    QTest::newRow("non-ASCII byte") << QByteArray("QUJD\xc3\xa9") << ErrorKind::InvalidBase64 << qsizetype(4)
                                    << "0xc3";
    QTest::newRow("mixed alphabets") << QByteArray("ab+c-d") << ErrorKind::InvalidBase64 << qsizetype(4)
                                     << "mixes";
    QTest::newRow("data after padding")
        << QByteArray("QUI=QUJD") << ErrorKind::InvalidBase64 << qsizetype(4) << "padding";
    QTest::newRow("too much padding")
        << QByteArray("QQ===") << ErrorKind::InvalidBase64 << qsizetype(5) << "padding";
    QTest::newRow("one char too many")
        << QByteArray("QUJDR") << ErrorKind::InvalidBase64 << qsizetype(5) << "truncated";
    QTest::newRow("JSON object") << QByteArray("{\"a\":1}") << ErrorKind::InvalidBase64 << qsizetype(0)
                                 << "'{'";
}

void TestEnvelopeText::rejected()
{
    QFETCH(QByteArray, text);
    QFETCH(ErrorKind, kind);
    QFETCH(qsizetype, position);
    QFETCH(QString, messagePart);
    auto decoded = decodeEnvelopeText(text);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().kind, kind);
    QCOMPARE(decoded.error().position, position);
    QVERIFY2(decoded.error().message.contains(messagePart), qPrintable(decoded.error().message));
}

void TestEnvelopeText::encodeIsStandardPadded()
{
    QCOMPARE(encodeEnvelopeText(Bytes), Standard);
    QCOMPARE(encodeEnvelopeText(QByteArray("\xfb\xff", 2)), QByteArray("+/8="));
}

QTEST_GUILESS_MAIN(TestEnvelopeText)
#include "TestEnvelopeText.moc"
