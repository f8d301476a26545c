// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/RsaKey.h"

#include <QTest>

using namespace sb;

class TestRsaKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publicKeyFormats_data();
    void publicKeyFormats();
    void privateKeyFormats_data();
    void privateKeyFormats();
    void rejectedKeys_data();
    void rejectedKeys();
    void pemInsideOtherText();
    void generateAndExport_data();
    void generateAndExport();
    void generateRefusesSmallKeys();
    void fingerprintIsOfTheSpki();
};

void TestRsaKey::publicKeyFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bits");
    QTest::addColumn<KeySource>("source");
    QTest::newRow("SPKI 2048") << "rsa2048.pub.pem" << 2048 << KeySource::SubjectPublicKeyInfo;
    QTest::newRow("SPKI 3072") << "rsa3072.pub.pem" << 3072 << KeySource::SubjectPublicKeyInfo;
    QTest::newRow("SPKI 4096") << "rsa4096.pub.pem" << 4096 << KeySource::SubjectPublicKeyInfo;
    QTest::newRow("PKCS#1 RSA PUBLIC KEY") << "rsa2048.pkcs1.pub.pem" << 2048 << KeySource::Pkcs1Public;
    QTest::newRow("X.509 certificate") << "rsa2048.cert.pem" << 2048 << KeySource::Certificate;
}

void TestRsaKey::publicKeyFormats()
{
    QFETCH(QString, file);
    QFETCH(int, bits);
    QFETCH(KeySource, source);
    auto key = RsaPublicKey::fromPem(test::readData(QStringLiteral("keys/") + file));
    QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().message));
    QCOMPARE(key->bits(), bits);
    QCOMPARE(key->modulusBytes(), bits / 8);
    QCOMPARE(key->source(), source);
    // Every form of the 2048-bit key is the same key.
    if (bits == 2048) {
        auto reference = RsaPublicKey::fromPem(test::readData(QStringLiteral("keys/rsa2048.pub.pem")));
        QCOMPARE(key->fingerprint(), reference->fingerprint());
    }
}

void TestRsaKey::privateKeyFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<KeySource>("source");
    const QByteArray pass("correct horse battery staple");
    QTest::newRow("PKCS#8") << "rsa2048.pem" << QByteArray() << KeySource::Pkcs8;
    QTest::newRow("PKCS#1") << "rsa2048.pkcs1.pem" << QByteArray() << KeySource::Pkcs1Private;
    QTest::newRow("encrypted PKCS#8") << "rsa2048.encrypted.pem" << pass << KeySource::EncryptedPkcs8;
    QTest::newRow("encrypted PKCS#1")
        << "rsa2048.pkcs1.encrypted.pem" << pass << KeySource::EncryptedPkcs1Private;
}

void TestRsaKey::privateKeyFormats()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(KeySource, source);
    auto key = RsaPrivateKey::fromPem(test::readData(QStringLiteral("keys/") + file), passphrase);
    QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().message));
    QCOMPARE(key->bits(), 2048);
    QCOMPARE(key->source(), source);
    auto reference = RsaPublicKey::fromPem(test::readData(QStringLiteral("keys/rsa2048.pub.pem")));
    QCOMPARE(key->publicKey().fingerprint(), reference->fingerprint());
}

void TestRsaKey::rejectedKeys_data()
{
    QTest::addColumn<bool>("isPublic");
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("messagePart");
    const QByteArray pass("correct horse battery staple");
    QTest::newRow("EC public key") << true << test::readData(QStringLiteral("keys/ec256.pub.pem"))
                                   << QByteArray() << ErrorKind::InvalidKey << "not an RSA key";
    QTest::newRow("EC private key") << false << test::readData(QStringLiteral("keys/ec256.pem"))
                                    << QByteArray() << ErrorKind::InvalidKey << "not an RSA key";
    QTest::newRow("RSA-PSS key") << false << test::readData(QStringLiteral("keys/rsapss2048.pem"))
                                 << QByteArray() << ErrorKind::InvalidKey << "not an RSA key";
    QTest::newRow("private key given as public") << true << test::readData(QStringLiteral("keys/rsa2048.pem"))
                                                 << QByteArray() << ErrorKind::InvalidKey << "-pubout";
    QTest::newRow("public key given as private")
        << false << test::readData(QStringLiteral("keys/rsa2048.pub.pem")) << QByteArray()
        << ErrorKind::InvalidKey << "private key";
    QTest::newRow("no PEM at all") << true << QByteArray("hello") << QByteArray() << ErrorKind::InvalidKey
                                   << "BEGIN PUBLIC KEY";
    QByteArray truncated = test::readData(QStringLiteral("keys/rsa2048.pub.pem"));
    truncated.remove(100, 40);
    QTest::newRow("damaged public key")
        << true << truncated << QByteArray() << ErrorKind::InvalidKey << "copied whole";
    QTest::newRow("encrypted key without passphrase")
        << false << test::readData(QStringLiteral("keys/rsa2048.encrypted.pem")) << QByteArray()
        << ErrorKind::PassphraseRequired << "passphrase";
    QTest::newRow("encrypted key, wrong passphrase")
        << false << test::readData(QStringLiteral("keys/rsa2048.encrypted.pem")) << QByteArray("wrong")
        << ErrorKind::WrongPassphrase << "Wrong passphrase";
    QTest::newRow("legacy encrypted key, wrong passphrase")
        << false << test::readData(QStringLiteral("keys/rsa2048.pkcs1.encrypted.pem")) << QByteArray("wrong")
        << ErrorKind::WrongPassphrase << "Wrong passphrase";
    QTest::newRow("OpenSSH key") << false
                                 << QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n"
                                               "-----END OPENSSH PRIVATE KEY-----\n")
                                 << QByteArray() << ErrorKind::InvalidKey << "ssh-keygen";
}

void TestRsaKey::rejectedKeys()
{
    QFETCH(bool, isPublic);
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, passphrase);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, messagePart);
    const Error error
        = isPublic ? RsaPublicKey::fromPem(pem).error() : RsaPrivateKey::fromPem(pem, passphrase).error();
    QCOMPARE(error.kind, kind);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
}

void TestRsaKey::pemInsideOtherText()
{
    // Keys pasted with surrounding text (a README, a config file) still load.
    const QByteArray pem
        = "Here is our key:\r\n" + test::readData(QStringLiteral("keys/rsa2048.pub.pem")) + "\nThanks";
    QVERIFY(RsaPublicKey::fromPem(pem).has_value());
}

void TestRsaKey::generateAndExport_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("2048") << 2048 << QByteArray();
    QTest::newRow("2048 with passphrase") << 2048 << QByteArray("pässphrase");
    QTest::newRow("3072") << 3072 << QByteArray();
}

void TestRsaKey::generateAndExport()
{
    QFETCH(int, bits);
    QFETCH(QByteArray, passphrase);
    auto key = RsaPrivateKey::generate(bits);
    QVERIFY(key.has_value());
    QCOMPARE(key->bits(), bits);
    auto pem = key->toPkcs8Pem(passphrase);
    QVERIFY(pem.has_value());
    QVERIFY(pem->view().startsWith(passphrase.isEmpty()
                                       ? QByteArrayView("-----BEGIN PRIVATE KEY-----")
                                       : QByteArrayView("-----BEGIN ENCRYPTED PRIVATE KEY-----")));
    auto back = RsaPrivateKey::fromPem(pem->view(), passphrase);
    QVERIFY(back.has_value());
    QCOMPARE(back->publicKey().fingerprint(), key->publicKey().fingerprint());

    const QByteArray publicPem = key->publicKey().toPem();
    QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
    auto publicBack = RsaPublicKey::fromPem(publicPem);
    QVERIFY(publicBack.has_value());
    QCOMPARE(publicBack->source(), KeySource::SubjectPublicKeyInfo);
    QCOMPARE(publicBack->fingerprint(), key->publicKey().fingerprint());
}

void TestRsaKey::generateRefusesSmallKeys()
{
    auto key = RsaPrivateKey::generate(1024);
    QVERIFY(!key);
    QCOMPARE(key.error().kind, ErrorKind::KeyTooSmall);
}

void TestRsaKey::fingerprintIsOfTheSpki()
{
    auto key = RsaPublicKey::fromPem(test::readData(QStringLiteral("keys/rsa2048.pub.pem")));
    const test::ProcessResult der
        = test::run(QStringLiteral("openssl"),
                    { QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                      test::dataPath(QStringLiteral("keys/rsa2048.pub.pem")), QStringLiteral("-outform"),
                      QStringLiteral("DER") });
    if (der.exitCode != 0) {
        QSKIP("SKIPPED: the openssl command-line tool is not installed");
    }
    QCOMPARE(key->spkiDer(), der.out);
    QCOMPARE(key->fingerprint().size(), 32 * 3 - 1);
}

QTEST_GUILESS_MAIN(TestRsaKey)
#include "TestRsaKey.moc"
