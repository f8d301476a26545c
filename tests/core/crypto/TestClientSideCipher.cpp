// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

class TestClientSideCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void roundTrip_data();
    void roundTrip();
    void publicKeyForms_data();
    void publicKeyForms();
    void smallKeyRefusedForEncryption();
    void smallKeyWarnedForDecryption();
    void wrongPrivateKey();
    void tampering_data();
    void tampering();
    void tooShortForKey();
    void wrappedKeyOfWrongLength();
};

namespace {
RsaPrivateKey privateKey(int bits)
{
    return *RsaPrivateKey::fromPem(test::readData(QStringLiteral("keys/rsa%1.pem").arg(bits)));
}
RsaPublicKey publicKey(int bits)
{
    return *RsaPublicKey::fromPem(test::readData(QStringLiteral("keys/rsa%1.pub.pem").arg(bits)));
}
} // namespace

void TestClientSideCipher::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("envelope");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("bits");
    const QJsonObject root
        = QJsonDocument::fromJson(test::readData(QStringLiteral("envelopes/kats.json"))).object();
    for (const QJsonValue& v : root.value(QStringLiteral("clientSide")).toArray()) {
        const QJsonObject o = v.toObject();
        const int bits = o.value(QStringLiteral("bits")).toInt();
        QTest::addRow("%d: %s", bits, qPrintable(o.value(QStringLiteral("name")).toString()))
            << o.value(QStringLiteral("envelope")).toString().toLatin1()
            << o.value(QStringLiteral("value")).toString().toUtf8() << bits;
    }
}

void TestClientSideCipher::knownAnswers()
{
    QFETCH(QByteArray, envelope);
    QFETCH(QByteArray, value);
    QFETCH(int, bits);
    ClientSideDecryptor decryptor(privateKey(bits));
    auto bytes = decodeEnvelopeText(envelope);
    QVERIFY(bytes);
    QCOMPARE(bytes->bytes.size(), 12 + bits / 8 + value.size() + 16);
    auto plaintext = decryptor.decrypt(bytes->bytes);
    QVERIFY2(plaintext, qPrintable(plaintext ? QString() : plaintext.error().message));
    QCOMPARE(plaintext->view().toByteArray(), value);
}

void TestClientSideCipher::roundTrip_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<QByteArray>("value");
    for (int bits : { 2048, 3072, 4096 }) {
        QTest::addRow("%d empty", bits) << bits << QByteArray();
        QTest::addRow("%d text", bits) << bits << QStringLiteral("s3cr3t ✓").toUtf8();
        QTest::addRow("%d 1 MiB", bits) << bits << QByteArray(1 << 20, 'z');
    }
}

void TestClientSideCipher::roundTrip()
{
    QFETCH(int, bits);
    QFETCH(QByteArray, value);
    auto encryptor = ClientSideEncryptor::create(publicKey(bits));
    QVERIFY(encryptor);
    auto envelope = encryptor->encrypt(value);
    QVERIFY(envelope);
    // Wrapped-key length follows the modulus: 256, 384, 512 bytes.
    QCOMPARE(envelope->size(), 12 + bits / 8 + value.size() + 16);
    ClientSideDecryptor decryptor(privateKey(bits));
    QCOMPARE(decryptor.minimumEnvelopeSize(), 12 + bits / 8 + 16);
    auto back = decryptor.decrypt(*envelope);
    QVERIFY(back);
    QVERIFY(back->constantTimeEquals(value));
    // A fresh data key and IV every time.
    QVERIFY(*encryptor->encrypt(value) != *envelope);
}

void TestClientSideCipher::publicKeyForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("SPKI") << "rsa2048.pub.pem";
    QTest::newRow("PKCS#1") << "rsa2048.pkcs1.pub.pem";
    QTest::newRow("certificate") << "rsa2048.cert.pem";
}

void TestClientSideCipher::publicKeyForms()
{
    QFETCH(QString, file);
    auto key = RsaPublicKey::fromPem(test::readData(QStringLiteral("keys/") + file));
    QVERIFY(key);
    auto encryptor = ClientSideEncryptor::create(*key);
    QVERIFY(encryptor);
    auto envelope = encryptor->encrypt("value");
    for (const char* privateFile : { "rsa2048.pem", "rsa2048.pkcs1.pem" }) {
        ClientSideDecryptor decryptor(
            *RsaPrivateKey::fromPem(test::readData(QStringLiteral("keys/") + QLatin1String(privateFile))));
        QCOMPARE(decryptor.decrypt(*envelope)->view(), QByteArrayView("value"));
    }
    auto encryptedKey = RsaPrivateKey::fromPem(test::readData(QStringLiteral("keys/rsa2048.encrypted.pem")),
                                               "correct horse battery staple");
    QVERIFY(encryptedKey);
    QCOMPARE(ClientSideDecryptor(*encryptedKey).decrypt(*envelope)->view(), QByteArrayView("value"));
}

void TestClientSideCipher::smallKeyRefusedForEncryption()
{
    auto encryptor = ClientSideEncryptor::create(publicKey(1024));
    QVERIFY(!encryptor);
    QCOMPARE(encryptor.error().kind, ErrorKind::KeyTooSmall);
    QVERIFY(encryptor.error().message.contains(QStringLiteral("1024")));
}

void TestClientSideCipher::smallKeyWarnedForDecryption()
{
    // Old values made with a small key stay readable, with a warning.
    const RsaPublicKey key = publicKey(1024);
    const QByteArray dataKey(32, 'k');
    const QByteArray iv(12, 'i');
    QByteArray envelope = iv + *key.oaepEncrypt(dataKey);
    AesGcm gcm(AesGcm::Mode::Encrypt);
    QVERIFY(gcm.setKey(dataKey));
    QByteArray body(3 + 16, '\0');
    auto* out = reinterpret_cast<unsigned char*>(body.data());
    QVERIFY(gcm.encrypt(iv, {}, "old", out, out + 3));
    envelope += body;

    ClientSideDecryptor decryptor(privateKey(1024));
    QCOMPARE(decryptor.warnings().size(), 1);
    QVERIFY(decryptor.warnings().first().contains(QStringLiteral("1024")));
    QCOMPARE(decryptor.decrypt(envelope)->view(), QByteArrayView("old"));
    QVERIFY(ClientSideDecryptor(privateKey(2048)).warnings().isEmpty());
}

void TestClientSideCipher::wrongPrivateKey()
{
    auto envelope = ClientSideEncryptor::create(publicKey(2048))->encrypt("value");
    auto other = RsaPrivateKey::generate(2048);
    auto result = ClientSideDecryptor(*other).decrypt(*envelope);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::UnwrapFailed);
    QVERIFY(result.error().message.contains(QStringLiteral("does not match")));
}

void TestClientSideCipher::tampering_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("IV") << 0 << ErrorKind::AuthenticationFailed;
    QTest::newRow("wrapped key") << 12 + 100 << ErrorKind::UnwrapFailed;
    QTest::newRow("ciphertext") << 12 + 256 << ErrorKind::AuthenticationFailed;
    QTest::newRow("tag") << 12 + 256 + 5 + 3 << ErrorKind::AuthenticationFailed;
}

void TestClientSideCipher::tampering()
{
    QFETCH(int, offset);
    QFETCH(ErrorKind, kind);
    QByteArray envelope = *ClientSideEncryptor::create(publicKey(2048))->encrypt("value");
    envelope[offset] = static_cast<char>(envelope[offset] ^ 0x20);
    auto result = ClientSideDecryptor(privateKey(2048)).decrypt(envelope);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, kind);
}

void TestClientSideCipher::tooShortForKey()
{
    // A 3072-bit envelope cut to fit a 2048-bit layout, and a Port-managed one.
    ClientSideDecryptor decryptor(privateKey(4096));
    auto result = decryptor.decrypt(QByteArray(12 + 384 + 16, 'x'));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::TooShort);
    QVERIFY(result.error().message.contains(QStringLiteral("at least 540 bytes")));
}

void TestClientSideCipher::wrappedKeyOfWrongLength()
{
    const RsaPublicKey key = publicKey(2048);
    const QByteArray envelope
        = QByteArray(12, 'i') + *key.oaepEncrypt(QByteArray(16, 'k')) + QByteArray(16, 't');
    auto result = ClientSideDecryptor(privateKey(2048)).decrypt(envelope);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::UnwrapFailed);
    QVERIFY(result.error().message.contains(QStringLiteral("16 bytes")));
}

QTEST_GUILESS_MAIN(TestClientSideCipher)
#include "TestClientSideCipher.moc"
