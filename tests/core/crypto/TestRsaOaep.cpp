// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/RsaKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

// Project Wycheproof's RSA-OAEP decryption vectors. Every SHA-256 /
// MGF1-SHA-256 test for 2048/3072/4096-bit keys (the parameters of Port's
// client-side format) must get the file's verdict; and the client-side
// parameters must refuse what was made with MGF1-SHA-1.
class TestRsaOaep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sha256Mgf1Sha256_data();
    void sha256Mgf1Sha256();
    void otherMgfHashIsRefused_data();
    void otherMgfHashIsRefused();

private:
    void addTests(const QString& fileName, bool onlyPortParameters, bool keepValidOnly);
    QHash<QString, RsaPrivateKey> m_keys;
};

namespace {
QJsonObject loadVectors(const QString& fileName)
{
    QFile file(test::vectorsDir() + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(fileName));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

void TestRsaOaep::initTestCase()
{
    if (test::vectorsDir().isEmpty()) {
        qWarning("%s", qPrintable(test::skipReasonNoVectors()));
    }
}

void TestRsaOaep::addTests(const QString& fileName, bool onlyPortParameters, bool keepValidOnly)
{
    const QJsonObject root = loadVectors(fileName);
    for (const QJsonValue& groupValue : root.value(QStringLiteral("testGroups")).toArray()) {
        const QJsonObject group = groupValue.toObject();
        const int bits = group.value(QStringLiteral("keySize")).toInt();
        if (onlyPortParameters
            && (group.value(QStringLiteral("sha")).toString() != QLatin1String("SHA-256")
                || group.value(QStringLiteral("mgfSha")).toString() != QLatin1String("SHA-256")
                || (bits != 2048 && bits != 3072 && bits != 4096))) {
            continue;
        }
        const QString pem = group.value(QStringLiteral("privateKeyPem")).toString();
        if (!m_keys.contains(pem)) {
            auto key = RsaPrivateKey::fromPem(pem.toLatin1());
            QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().message));
            m_keys.insert(pem, *key);
        }
        for (const QJsonValue& testValue : group.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject t = testValue.toObject();
            const QString result = t.value(QStringLiteral("result")).toString();
            if (keepValidOnly && result != QLatin1String("valid")) {
                continue;
            }
            QTest::addRow("%s tcId %d (%d bits, %s)", qPrintable(fileName.section(QLatin1Char('_'), 0, 3)),
                          t.value(QStringLiteral("tcId")).toInt(), bits, qPrintable(result))
                << pem << test::fromHex(t.value(QStringLiteral("ct")).toString())
                << test::fromHex(t.value(QStringLiteral("label")).toString())
                << test::fromHex(t.value(QStringLiteral("msg")).toString()) << result;
        }
    }
}

void TestRsaOaep::sha256Mgf1Sha256_data()
{
    QTest::addColumn<QString>("pem");
    QTest::addColumn<QByteArray>("ct");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QString>("result");
    if (test::vectorsDir().isEmpty()) {
        return;
    }
    for (const char* name :
         { "rsa_oaep_2048_sha256_mgf1sha256_test.json", "rsa_oaep_3072_sha256_mgf1sha256_test.json",
           "rsa_oaep_4096_sha256_mgf1sha256_test.json", "rsa_oaep_misc_test.json" }) {
        addTests(QString::fromLatin1(name), true, false);
    }
}

void TestRsaOaep::sha256Mgf1Sha256()
{
    if (test::vectorsDir().isEmpty()) {
        QSKIP(qPrintable(test::skipReasonNoVectors()));
    }
    QFETCH(QString, pem);
    QFETCH(QByteArray, ct);
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, msg);
    QFETCH(QString, result);

    const RsaPrivateKey& key = m_keys.find(pem).value();
    const auto decrypted = key.oaepDecrypt(ct, Digest::Sha256, Digest::Sha256, label);
    const bool ourVerdict = decrypted.has_value() && decrypted->constantTimeEquals(msg);
    if (result == QLatin1String("acceptable")) {
        return; // either verdict is allowed
    }
    QCOMPARE(ourVerdict, result == QLatin1String("valid"));
    if (!decrypted) {
        QCOMPARE(decrypted.error().kind, ErrorKind::UnwrapFailed);
    }
}

void TestRsaOaep::otherMgfHashIsRefused_data()
{
    QTest::addColumn<QString>("pem");
    QTest::addColumn<QByteArray>("ct");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QString>("result");
    if (test::vectorsDir().isEmpty()) {
        return;
    }
    addTests(QStringLiteral("rsa_oaep_2048_sha256_mgf1sha1_test.json"), false, true);
}

void TestRsaOaep::otherMgfHashIsRefused()
{
    if (test::vectorsDir().isEmpty()) {
        QSKIP(qPrintable(test::skipReasonNoVectors()));
    }
    QFETCH(QString, pem);
    QFETCH(QByteArray, ct);
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, msg);
    const RsaPrivateKey& key = m_keys.find(pem).value();
    // Valid with MGF1-SHA-1 ...
    const auto withSha1 = key.oaepDecrypt(ct, Digest::Sha256, Digest::Sha1, label);
    QVERIFY(withSha1.has_value() && withSha1->constantTimeEquals(msg));
    // ... and refused with the client-side parameters.
    QVERIFY(!key.oaepDecrypt(ct, Digest::Sha256, Digest::Sha256, label).has_value());
}

QTEST_GUILESS_MAIN(TestRsaOaep)
#include "TestRsaOaep.moc"
