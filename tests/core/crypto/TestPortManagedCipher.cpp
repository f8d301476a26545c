// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "crypto/SecretValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace sb;

class TestPortManagedCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void roundTrip_data();
    void roundTrip();
    void layoutIsIvCiphertextTag();
    void freshIvEveryTime();
    void keyIsFirst32BytesOfUtf8();
    void clientSecretTooShort_data();
    void clientSecretTooShort();
    void envelopeTooShort();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void wrongClientSecret();
    void cloneDecryptsIndependently();
};

namespace {
const QByteArray Secret("0123456789abcdef0123456789abcdef-and-more-that-is-ignored");

QJsonObject kats()
{
    return QJsonDocument::fromJson(test::readData(QStringLiteral("envelopes/kats.json"))).object();
}
} // namespace

void TestPortManagedCipher::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("envelope");
    QTest::addColumn<QByteArray>("value");
    for (const QJsonValue& v : kats().value(QStringLiteral("portManaged")).toArray()) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString()))
            << o.value(QStringLiteral("envelope")).toString().toLatin1()
            << o.value(QStringLiteral("value")).toString().toUtf8();
    }
}

void TestPortManagedCipher::knownAnswers()
{
    // Envelopes made by pycryptodome following Port's documented procedure.
    QFETCH(QByteArray, envelope);
    QFETCH(QByteArray, value);
    auto cipher = PortManagedCipher::fromClientSecret(
        kats().value(QStringLiteral("clientSecret")).toString().toUtf8());
    QVERIFY(cipher);
    auto bytes = decodeEnvelopeText(envelope);
    QVERIFY(bytes);
    auto plaintext = cipher->decrypt(bytes->bytes);
    QVERIFY2(plaintext, qPrintable(plaintext ? QString() : plaintext.error().message));
    QCOMPARE(plaintext->view().toByteArray(), value);
    // And our encryption with the same IV gives the same bytes.
    auto again = cipher->encryptWithIv(bytes->bytes.first(16), value);
    QVERIFY(again);
    QCOMPARE(encodeEnvelopeText(*again), envelope);
}

void TestPortManagedCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("object");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("one byte") << QByteArray("x") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße, 世界, мир, 🔐").toUtf8() << false;
    QTest::newRow("multi-line PEM") << test::readData(QStringLiteral("keys/rsa2048.pem")) << false;
    QTest::newRow("CRLF text") << QByteArray("line one\r\nline two\r\n") << false;
    QTest::newRow("1 MiB") << QByteArray(1 << 20, 'a') << false;
    QTest::newRow("object with Unicode")
        << QStringLiteral("{\"naïve\": \"café ☕\", \"n\": [1, 2.50]}").toUtf8() << true;
}

void TestPortManagedCipher::roundTrip()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, object);
    const SecretType type = object ? SecretType::Object : SecretType::String;
    auto plaintext = plaintextForValue(type, value);
    QVERIFY(plaintext);
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    QVERIFY(cipher);
    auto envelope = cipher->encrypt(plaintext->view());
    QVERIFY(envelope);
    QCOMPARE(envelope->size(), plaintext->size() + 32);
    auto back = cipher->decrypt(*envelope);
    QVERIFY(back);
    QVERIFY(back->constantTimeEquals(plaintext->view()));
    QVERIFY(checkDecryptedValue(type, back->view()));
    if (!object) {
        QCOMPARE(back->view().toByteArray(), value);
    }
}

void TestPortManagedCipher::layoutIsIvCiphertextTag()
{
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    const QByteArray iv = test::fromHex(QStringLiteral("000102030405060708090a0b0c0d0e0f"));
    auto envelope = cipher->encryptWithIv(iv, "abc");
    QVERIFY(envelope);
    QCOMPARE(envelope->size(), 16 + 3 + 16);
    QCOMPARE(envelope->first(16), iv);
}

void TestPortManagedCipher::freshIvEveryTime()
{
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    QSet<QByteArray> ivs;
    for (int i = 0; i < 200; ++i) {
        auto envelope = cipher->encrypt("same value");
        QVERIFY(envelope);
        ivs.insert(envelope->first(16));
    }
    QCOMPARE(ivs.size(), 200);
}

void TestPortManagedCipher::keyIsFirst32BytesOfUtf8()
{
    // Two secrets sharing their first 32 bytes derive the same key.
    auto a = PortManagedCipher::fromClientSecret("0123456789abcdef0123456789abcdefAAAA");
    auto b = PortManagedCipher::fromClientSecret("0123456789abcdef0123456789abcdefBBBBBBBB");
    auto envelope = a->encrypt("v");
    QVERIFY(b->decrypt(*envelope));
    // Bytes, not characters: 16 two-byte characters are exactly 32 bytes.
    const QByteArray umlauts = QStringLiteral("ääääääääääääääää").toUtf8();
    QCOMPARE(umlauts.size(), 32);
    QVERIFY(PortManagedCipher::fromClientSecret(umlauts));
    auto fromKey = PortManagedCipher::fromKey(umlauts);
    auto fromSecret = PortManagedCipher::fromClientSecret(umlauts + "tail");
    QVERIFY(fromSecret->decrypt(*fromKey->encrypt("x")));
}

void TestPortManagedCipher::clientSecretTooShort_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("client ID length") << QByteArray("abcdefghijklmnopqrstuvwxyz");
    QTest::newRow("31 bytes") << QByteArray(31, 's');
}

void TestPortManagedCipher::clientSecretTooShort()
{
    QFETCH(QByteArray, secret);
    auto cipher = PortManagedCipher::fromClientSecret(secret);
    QVERIFY(!cipher);
    QCOMPARE(cipher.error().kind, ErrorKind::ClientSecretTooShort);
    QVERIFY(cipher.error().message.contains(QStringLiteral("%1 bytes").arg(secret.size())));
    QVERIFY(cipher.error().message.contains(QStringLiteral("32 bytes")));
}

void TestPortManagedCipher::envelopeTooShort()
{
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    auto result = cipher->decrypt(QByteArray(31, 'x'));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::TooShort);
    QVERIFY(result.error().message.contains(QStringLiteral("31 bytes")));
    QVERIFY(result.error().message.contains(QStringLiteral("at least 32")));
}

void TestPortManagedCipher::tamperingIsDetected_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("IV") << 0;
    QTest::newRow("ciphertext") << 16;
    QTest::newRow("tag") << 16 + 5 + 15;
}

void TestPortManagedCipher::tamperingIsDetected()
{
    QFETCH(int, offset);
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    QByteArray envelope = *cipher->encrypt("value");
    envelope[offset] = static_cast<char>(envelope[offset] ^ 0x01);
    auto result = cipher->decrypt(envelope);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::AuthenticationFailed);
    // Truncation is caught the same way.
    auto truncated = cipher->decrypt(cipher->encrypt("value")->chopped(1));
    QCOMPARE(truncated.error().kind, ErrorKind::AuthenticationFailed);
}

void TestPortManagedCipher::wrongClientSecret()
{
    auto right = PortManagedCipher::fromClientSecret(Secret);
    auto wrong = PortManagedCipher::fromClientSecret(QByteArray(32, 'w'));
    auto result = wrong->decrypt(*right->encrypt("value"));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::AuthenticationFailed);
    QVERIFY(result.error().message.contains(QStringLiteral("tag")));
}

void TestPortManagedCipher::cloneDecryptsIndependently()
{
    auto cipher = PortManagedCipher::fromClientSecret(Secret);
    auto clone = cipher->clone();
    QCOMPARE(clone->format(), EnvelopeFormat::PortManaged);
    QCOMPARE(clone->minimumEnvelopeSize(), 32);
    QVERIFY(clone->decrypt(*cipher->encrypt("value")));
}

QTEST_GUILESS_MAIN(TestPortManagedCipher)
#include "TestPortManagedCipher.moc"
