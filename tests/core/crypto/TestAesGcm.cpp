// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/AesGcm.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

// Project Wycheproof's AES-GCM vectors: every test with a 256-bit key and a
// 12- or 16-byte IV (the two IV sizes Port's formats use). Our verdict must be
// the file's.
class TestAesGcm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wycheproof_data();
    void wycheproof();
    void refusesWrongKeySize();
    void refusesWrongTagSize();
    void reusesKeyAcrossIvSizes();
};

void TestAesGcm::wycheproof_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("ct");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<bool>("valid");

    const QString dir = test::vectorsDir();
    if (dir.isEmpty()) {
        return;
    }
    QFile file(dir + QStringLiteral("/aes_gcm_test.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    int count = 0;
    for (const QJsonValue& groupValue : root.value(QStringLiteral("testGroups")).toArray()) {
        const QJsonObject group = groupValue.toObject();
        const int ivSize = group.value(QStringLiteral("ivSize")).toInt();
        if (group.value(QStringLiteral("keySize")).toInt() != 256 || (ivSize != 96 && ivSize != 128)) {
            continue;
        }
        for (const QJsonValue& testValue : group.value(QStringLiteral("tests")).toArray()) {
            const QJsonObject t = testValue.toObject();
            const QString result = t.value(QStringLiteral("result")).toString();
            QTest::addRow("tcId %d (iv %d bits, %s)", t.value(QStringLiteral("tcId")).toInt(), ivSize,
                          qPrintable(result))
                << test::fromHex(t.value(QStringLiteral("key")).toString())
                << test::fromHex(t.value(QStringLiteral("iv")).toString())
                << test::fromHex(t.value(QStringLiteral("aad")).toString())
                << test::fromHex(t.value(QStringLiteral("msg")).toString())
                << test::fromHex(t.value(QStringLiteral("ct")).toString())
                << test::fromHex(t.value(QStringLiteral("tag")).toString())
                << (result == QLatin1String("valid"));
            ++count;
        }
    }
    // 229 valid + 87 invalid across all sizes; the 256-bit, 12/16-byte IV subset is 85.
    QCOMPARE(count, 85);
}

void TestAesGcm::wycheproof()
{
    if (test::vectorsDir().isEmpty()) {
        QSKIP(qPrintable(test::skipReasonNoVectors()));
    }
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, ct);
    QFETCH(QByteArray, tag);
    QFETCH(bool, valid);

    AesGcm decryptor(AesGcm::Mode::Decrypt);
    QVERIFY(decryptor.setKey(key));
    QByteArray plaintext(ct.size(), '\0');
    const auto result
        = decryptor.decrypt(iv, aad, ct, tag, reinterpret_cast<unsigned char*>(plaintext.data()));
    const bool ourVerdict = result.has_value() && plaintext == msg;
    QCOMPARE(ourVerdict, valid);
    if (!valid) {
        QCOMPARE(result.error().kind, ErrorKind::AuthenticationFailed);
        // Nothing unauthenticated is left behind.
        QCOMPARE(plaintext, QByteArray(ct.size(), '\0'));
        return;
    }
    AesGcm encryptor(AesGcm::Mode::Encrypt);
    QVERIFY(encryptor.setKey(key));
    QByteArray out(msg.size(), '\0');
    QByteArray outTag(16, '\0');
    QVERIFY(encryptor.encrypt(iv, aad, msg, reinterpret_cast<unsigned char*>(out.data()),
                              reinterpret_cast<unsigned char*>(outTag.data())));
    QCOMPARE(out, ct);
    QCOMPARE(outTag, tag);
}

void TestAesGcm::refusesWrongKeySize()
{
    AesGcm cipher(AesGcm::Mode::Encrypt);
    QVERIFY(!cipher.setKey(QByteArray(16, 'k')));
    QVERIFY(!cipher.setKey(QByteArray(31, 'k')));
    QVERIFY(cipher.setKey(QByteArray(32, 'k')));
}

void TestAesGcm::refusesWrongTagSize()
{
    AesGcm cipher(AesGcm::Mode::Decrypt);
    QVERIFY(cipher.setKey(QByteArray(32, 'k')));
    unsigned char out[4];
    const auto result = cipher.decrypt(QByteArray(12, 'i'), {}, QByteArray(4, 'c'), QByteArray(12, 't'), out);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::AuthenticationFailed);
}

void TestAesGcm::reusesKeyAcrossIvSizes()
{
    // One keyed context serves a stream of values with alternating IV sizes.
    const QByteArray key(32, 'K');
    const QByteArray msg("value");
    AesGcm enc(AesGcm::Mode::Encrypt);
    AesGcm dec(AesGcm::Mode::Decrypt);
    QVERIFY(enc.setKey(key));
    QVERIFY(dec.setKey(key));
    for (int round = 0; round < 4; ++round) {
        const QByteArray iv(round % 2 ? 16 : 12, static_cast<char>('a' + round));
        QByteArray ct(msg.size(), '\0');
        QByteArray tag(16, '\0');
        QVERIFY(enc.encrypt(iv, {}, msg, reinterpret_cast<unsigned char*>(ct.data()),
                            reinterpret_cast<unsigned char*>(tag.data())));
        QByteArray back(msg.size(), '\0');
        QVERIFY(dec.decrypt(iv, {}, ct, tag, reinterpret_cast<unsigned char*>(back.data())));
        QCOMPARE(back, msg);
    }
}

QTEST_GUILESS_MAIN(TestAesGcm)
#include "TestAesGcm.moc"
