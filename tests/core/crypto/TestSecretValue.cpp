// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/SecretValue.h"

#include <QTest>

using namespace sb;

class TestSecretValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stringIsExactUtf8();
    void stringMustBeUtf8();
    void objectIsCompactJson();
    void objectMustBeJson();
    void decryptedChecks_data();
    void decryptedChecks();
};

void TestSecretValue::stringIsExactUtf8()
{
    const QByteArray value = " padded value with newline\n";
    auto plaintext = plaintextForValue(SecretType::String, value);
    QVERIFY(plaintext);
    QCOMPARE(plaintext->view(), QByteArrayView(value));
}

void TestSecretValue::stringMustBeUtf8()
{
    auto plaintext = plaintextForValue(SecretType::String, QByteArray("ok\xff\xfe", 4));
    QVERIFY(!plaintext);
    QCOMPARE(plaintext.error().kind, ErrorKind::NotUtf8);
    QCOMPARE(plaintext.error().position, 2);
}

void TestSecretValue::objectIsCompactJson()
{
    auto plaintext = plaintextForValue(SecretType::Object, "{\n  \"b\": 1.50,\n  \"a\": [ true, null ]\n}\n");
    QVERIFY(plaintext);
    QCOMPARE(plaintext->view(), QByteArrayView("{\"b\":1.5,\"a\":[true,null]}"));
}

void TestSecretValue::objectMustBeJson()
{
    auto plaintext = plaintextForValue(SecretType::Object, "{\"a\": 1,}");
    QVERIFY(!plaintext);
    QCOMPARE(plaintext.error().kind, ErrorKind::InvalidJson);
    QVERIFY2(plaintext.error().message.contains(QStringLiteral("line 1, column 9")),
             qPrintable(plaintext.error().message));
}

void TestSecretValue::decryptedChecks_data()
{
    QTest::addColumn<bool>("object");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("text") << false << QByteArray("plain") << true << ErrorKind::Usage;
    QTest::newRow("binary text") << false << QByteArray("\x80\x81", 2) << false << ErrorKind::NotUtf8;
    QTest::newRow("json object") << true << QByteArray("{\"a\":\"b\"}") << true << ErrorKind::Usage;
    QTest::newRow("not json") << true << QByteArray("{a:b}") << false << ErrorKind::InvalidJson;
    QTest::newRow("binary object") << true << QByteArray("\xc0\xaf", 2) << false << ErrorKind::NotUtf8;
}

void TestSecretValue::decryptedChecks()
{
    QFETCH(bool, object);
    QFETCH(QByteArray, plaintext);
    QFETCH(bool, ok);
    QFETCH(ErrorKind, kind);
    auto result = checkDecryptedValue(object ? SecretType::Object : SecretType::String, plaintext);
    QCOMPARE(result.has_value(), ok);
    if (!ok) {
        QCOMPARE(result.error().kind, kind);
    }
}

QTEST_GUILESS_MAIN(TestSecretValue)
#include "TestSecretValue.moc"
