// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "TestSupport.h"
#include "secrets/LeakCheck.h"
#include "secrets/Vault.h"
#include "secrets/VaultKeys.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test;

// Key entries in the vault (port-client-secret, rsa-private-key): their
// rules, their value format, format version 2 and the version-1 fixture,
// what is shown about them, and how a reference names one.
class TestVaultKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientSecretRule_data();
    void clientSecretRule();
    void privateKeyRule_data();
    void privateKeyRule();
    void storedValueStructure_data();
    void storedValueStructure();
    void roundTripThroughTheFile();
    void formatVersionFollowsContent();
    void versionOneFixtureStillOpens();
    void versionOneRefusesKeyTypes();
    void factsNeverShowTheKey();
    void references_data();
    void references();
    void keysAsKeys();
    void leakCheckFindsPemAndPassphrase();

private:
    static QByteArray key(const QString& name) { return readData(QStringLiteral("keys/") + name); }
    static QByteArray keyPassphrase() { return key(QStringLiteral("passphrase.txt")).trimmed(); }
    VaultContent keyContent() const;

    ManualClock m_clock;
    QTemporaryDir m_dir;
};

namespace {
const QByteArray ClientSecret("port-client-secret-for-tests-0123456789abcdef"); // 45 bytes
} // namespace

void TestVaultKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestVaultKeys::init()
{
    Clock::setInstance(&m_clock);
}

void TestVaultKeys::cleanup()
{
    Clock::setInstance(nullptr);
}

VaultContent TestVaultKeys::keyContent() const
{
    VaultContent content = sampleContent();
    const auto stored = [](const QByteArray& pem, const QByteArray& passphrase) {
        auto s = StoredPrivateKey::fromPem(pem, passphrase);
        return s ? s->encode() : SecureBuffer();
    };
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET"),
                            ProjectSecretType::PortClientSecret, ClientSecret);
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("BACKEND_KEY"),
                            ProjectSecretType::RsaPrivateKey,
                            stored(key(QStringLiteral("rsa2048.encrypted.pem")), keyPassphrase()).view());
    (void)content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("BACKEND_KEY"),
                            ProjectSecretType::RsaPrivateKey,
                            stored(key(QStringLiteral("rsa3072.pem")), {}).view());
    return content;
}

void TestVaultKeys::clientSecretRule_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("31 bytes") << QByteArray(31, 'a') << false;
    QTest::newRow("32 bytes") << QByteArray(32, 'a') << true;
    QTest::newRow("a client ID") << QByteArray("0f7b3c1e-2a4d-4e5f-8a9b-1c2d3e4f5a6b").left(20) << false;
    QTest::newRow("long, non-ASCII") << QByteArray("ü").repeated(20) << true;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestVaultKeys::clientSecretRule()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    const Status checked = VaultContent::checkValue(ProjectSecretType::PortClientSecret, value);
    QCOMPARE(bool(checked), accepted);
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    QCOMPARE(bool(content.setSecret(QStringLiteral("p"), QStringLiteral("S"),
                                    ProjectSecretType::PortClientSecret, value)),
             accepted);
    if (!accepted && !value.isEmpty()) {
        QCOMPARE(checked.error().kind, ErrorKind::ClientSecretTooShort);
        QVERIFY2(checked.error().message.contains(QStringLiteral("first 32 bytes")),
                 qPrintable(checked.error().message));
        QVERIFY(!checked.error().message.contains(QString::fromUtf8(value)));
    }
}

void TestVaultKeys::privateKeyRule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("error"); // -1: accepted
    QTest::addColumn<bool>("protectedStored");
    const QByteArray right = keyPassphrase();
    QTest::newRow("PKCS#8") << QStringLiteral("rsa2048.pem") << QByteArray() << -1 << false;
    QTest::newRow("PKCS#1") << "rsa2048.pkcs1.pem" << QByteArray() << -1 << false;
    QTest::newRow("1024 bits (stored, warned)") << "rsa1024.pem" << QByteArray() << -1 << false;
    QTest::newRow("encrypted PKCS#8") << "rsa2048.encrypted.pem" << right << -1 << true;
    QTest::newRow("encrypted PKCS#1") << "rsa2048.pkcs1.encrypted.pem" << right << -1 << true;
    QTest::newRow("encrypted, no passphrase")
        << "rsa2048.encrypted.pem" << QByteArray() << int(ErrorKind::PassphraseRequired) << false;
    QTest::newRow("encrypted, wrong passphrase")
        << "rsa2048.encrypted.pem" << QByteArray("wrong") << int(ErrorKind::WrongPassphrase) << false;
    QTest::newRow("passphrase for a plain key is dropped") << "rsa2048.pem" << right << -1 << false;
    QTest::newRow("EC key") << "ec256.pem" << QByteArray() << int(ErrorKind::InvalidKey) << false;
    QTest::newRow("public key") << "rsa2048.pub.pem" << QByteArray() << int(ErrorKind::InvalidKey) << false;
}

void TestVaultKeys::privateKeyRule()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, error);
    QFETCH(bool, protectedStored);
    const QByteArray pem = key(file);
    auto stored = StoredPrivateKey::fromPem(pem, passphrase);
    if (error >= 0) {
        QVERIFY(!stored);
        QCOMPARE(int(stored.error().kind), error);
        return;
    }
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QCOMPARE(stored->isProtected(), protectedStored);
    QCOMPARE(stored->pem.view(), QByteArrayView(pem)); // kept exactly as given
    const SecureBuffer value = stored->encode();
    QVERIFY(VaultContent::checkValue(ProjectSecretType::RsaPrivateKey, value.view()));
    // The PEM alone does not open an encrypted key: the passphrase is part of the value.
    QCOMPARE(bool(VaultContent::checkValue(ProjectSecretType::RsaPrivateKey, pem)), !protectedStored);
    auto opened = privateKeyOf([&] {
        ProjectSecret s;
        s.name = QStringLiteral("K");
        s.type = ProjectSecretType::RsaPrivateKey;
        s.versions.push_back(SecretVersion { 1, 0, value.clone() });
        return s;
    }());
    QVERIFY(opened);
    QCOMPARE(opened->publicKey().fingerprint(), stored->key()->publicKey().fingerprint());
}

void TestVaultKeys::storedValueStructure_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("PEM only") << QByteArray("-----BEGIN PRIVATE KEY-----\n") << true;
    QTest::newRow("PEM and passphrase") << QByteArray("pem\0pass", 8) << true;
    QTest::newRow("empty PEM") << QByteArray("\0pass", 5) << false;
    QTest::newRow("empty passphrase") << QByteArray("pem\0", 4) << false;
    QTest::newRow("two zero bytes") << QByteArray("pem\0pa\0ss", 9) << false;
}

void TestVaultKeys::storedValueStructure()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QCOMPARE(bool(StoredPrivateKey::decode(value)), valid);
    // A content holding such a value reads only when the structure is right.
    SecureBuffer plain;
    {
        VaultContent content;
        QVERIFY(content.addProject(QStringLiteral("p")));
        QVERIFY(content.setSecret(QStringLiteral("p"), QStringLiteral("K"), ProjectSecretType::JwtSecret,
                                  QByteArray(value.size(), 'x')));
        plain = content.serialize();
    }
    // Same layout, so the JWT value's bytes and type byte can be swapped in place.
    const qsizetype at = plain.view().indexOf(QByteArray(value.size(), 'x'));
    QVERIFY(at > 0);
    std::copy(value.begin(), value.end(), plain.chars() + at);
    const qsizetype typeAt = plain.view().indexOf(QByteArrayView("\x00\x01K", 3)) + 3;
    plain.data()[typeAt] = quint8(ProjectSecretType::RsaPrivateKey);
    auto parsed = VaultContent::parse(plain.view(), 2);
    QCOMPARE(bool(parsed), valid);
    if (!valid) {
        QCOMPARE(parsed.error().kind, ErrorKind::MalformedVault);
    }
}

void TestVaultKeys::roundTripThroughTheFile()
{
    VaultContent content = keyContent();
    QCOMPARE(listVaultKeys(content).size(), 3);
    const QByteArray before = dump(content);
    const QString path = m_dir.filePath(QStringLiteral("keys.sbvault"));
    QVERIFY(Vault::create(path, VaultPassphrase, fastestAllowedKdf(), std::move(content)));
    auto vault = Vault::open(path, VaultPassphrase);
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(dump(vault->content()), before);
    QCOMPARE(vault->formatVersion(), quint16(2));
    QCOMPARE(readAll(path).mid(8, 2), QByteArray("\x00\x02", 2));
    auto backend = vault->content().findSecret(QStringLiteral("shop-prod"), QStringLiteral("BACKEND_KEY"));
    QVERIFY(backend);
    auto opened = privateKeyOf(**backend);
    QVERIFY(opened);
    QCOMPARE(opened->bits(), 2048);
    // No key material in the file.
    const QByteArray file = readAll(path);
    QVERIFY(!file.contains(ClientSecret));
    QVERIFY(!file.contains(keyPassphrase()));
    QVERIFY(!file.contains("PRIVATE KEY"));
}

void TestVaultKeys::formatVersionFollowsContent()
{
    VaultContent content = sampleContent();
    QCOMPARE(content.formatVersion(), quint16(1));
    const QString path = m_dir.filePath(QStringLiteral("versions.sbvault"));
    auto vault = Vault::create(path, VaultPassphrase, fastestAllowedKdf(), std::move(content));
    QVERIFY(vault);
    QCOMPARE(readAll(path).mid(8, 2), QByteArray("\x00\x01", 2)); // older releases still open it
    QVERIFY(vault->content().setSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET"),
                                       ProjectSecretType::PortClientSecret, ClientSecret));
    QVERIFY(vault->save());
    QCOMPARE(vault->formatVersion(), quint16(2));
    QCOMPARE(readAll(path).mid(8, 2), QByteArray("\x00\x02", 2));
    QVERIFY(vault->content().removeSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET")));
    QVERIFY(vault->save());
    QCOMPARE(readAll(path).mid(8, 2), QByteArray("\x00\x01", 2));
    QVERIFY(Vault::openWithKey(path, vault->key()));
}

void TestVaultKeys::versionOneFixtureStillOpens()
{
    // Written by secretbench-cli before format version 2 existed (tests/data/vaults/README.md).
    const QString path = m_dir.filePath(QStringLiteral("format-v1.sbvault"));
    QVERIFY(writeAll(path, readData(QStringLiteral("vaults/format-v1.sbvault"))));
    auto vault = Vault::open(path, "format v1 fixture passphrase");
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(vault->formatVersion(), quint16(1));
    QCOMPARE(vault->content().projectNames(),
             QStringList({ QStringLiteral("legacy-app"), QStringLiteral("Zweites Projekt") }));
    const auto value = [&](const char* project, const char* name, quint32 version) {
        auto s = vault->content().findSecret(QString::fromUtf8(project), QString::fromUtf8(name));
        const SecretVersion* v = s ? (*s)->version(version) : nullptr;
        return v ? v->value.view().toByteArray() : QByteArray();
    };
    QCOMPARE(value("legacy-app", "MONGO_URL", 1),
             QByteArray("mongodb://app:s3cr%40t@db.example.com:27017/shop?tls=true"));
    QCOMPARE(value("legacy-app", "JWT_SECRET", 2),
             QByteArray("second-jwt-secret-of-the-v1-fixture-abcdefghij"));
    QCOMPARE(value("legacy-app", "JWT_SECRET", 1),
             QByteArray("first-jwt-secret-of-the-v1-fixture-0123456789"));
    QCOMPARE(value("Zweites Projekt", "JWT", 1),
             QStringLiteral("jwt-geheimnis-äöü-0123456789-0123456789").toUtf8());
    QCOMPARE((*vault->content().findSecret(QStringLiteral("legacy-app"), QStringLiteral("MONGO_URL")))->type,
             ProjectSecretType::MongoDbUrl);
    // Adding a key upgrades the file to version 2; everything else stays.
    QVERIFY(vault->content().setSecret(QStringLiteral("legacy-app"), QStringLiteral("PORT_CLIENT_SECRET"),
                                       ProjectSecretType::PortClientSecret, ClientSecret));
    QVERIFY(vault->save());
    auto reopened = Vault::open(path, "format v1 fixture passphrase");
    QVERIFY(reopened);
    QCOMPARE(reopened->formatVersion(), quint16(2));
    QCOMPARE(listVaultKeys(reopened->content()).size(), 1);
    QCOMPARE(dump(reopened->content()), dump(vault->content()));
}

void TestVaultKeys::versionOneRefusesKeyTypes()
{
    const SecureBuffer plain = keyContent().serialize();
    auto asTwo = VaultContent::parse(plain.view(), 2);
    QVERIFY(asTwo);
    auto asOne = VaultContent::parse(plain.view(), 1);
    QVERIFY(!asOne);
    QCOMPARE(asOne.error().kind, ErrorKind::MalformedVault);
    QVERIFY2(asOne.error().message.contains(QStringLiteral("format version 1 does not have")),
             qPrintable(asOne.error().message));
    // A header announcing version 3 is for a newer SecretBench.
    const QString path = m_dir.filePath(QStringLiteral("future.sbvault"));
    QVERIFY(Vault::create(path, VaultPassphrase, fastestAllowedKdf()));
    QByteArray file = readAll(path);
    file[9] = 3;
    QVERIFY(writeAll(path, file));
    auto future = Vault::open(path, VaultPassphrase);
    QVERIFY(!future);
    QVERIFY2(future.error().message.contains(QStringLiteral("newer SecretBench")),
             qPrintable(future.error().message));
}

void TestVaultKeys::factsNeverShowTheKey()
{
    const VaultContent content = keyContent();
    const QList<VaultKeyInfo> keys = listVaultKeys(content);
    QCOMPARE(keys.size(), 3);
    QCOMPARE(listVaultKeys(content, KeyKind::ClientSecret).size(), 1);
    QCOMPARE(listVaultKeys(content, KeyKind::PrivateKey).size(), 2);
    const VaultKeyInfo& secret = keys[0];
    QCOMPARE(secret.reference(), QStringLiteral("shop-prod/PORT_CLIENT_SECRET"));
    QCOMPARE(secret.length, ClientSecret.size());
    QCOMPARE(secret.digest,
             QString::fromLatin1(
                 QCryptographicHash::hash(ClientSecret, QCryptographicHash::Sha256).toHex().left(8)));
    QCOMPARE(secret.summary(), QStringLiteral("45 bytes · SHA-256 %1").arg(secret.digest));
    QCOMPARE(secret.severity, Severity::Ok);
    const VaultKeyInfo& encrypted = keys[1];
    QCOMPARE(encrypted.bits, 2048);
    QVERIFY(encrypted.passphraseProtected);
    const QString expectedFingerprint
        = RsaPublicKey::fromPem(key(QStringLiteral("rsa2048.pub.pem")))->fingerprint();
    QCOMPARE(encrypted.fingerprint, expectedFingerprint);
    QVERIFY(encrypted.summary().contains(expectedFingerprint.left(23)));
    QVERIFY(encrypted.publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(keys[2].bits, 3072);
    QVERIFY(!keys[2].passphraseProtected);
    for (const VaultKeyInfo& info : keys) {
        const QString text = info.summary() + info.problem + info.format;
        QVERIFY(!text.contains(QString::fromLatin1(ClientSecret)));
        QVERIFY(!text.contains(QString::fromLatin1(keyPassphrase())));
        QVERIFY(!text.contains(QStringLiteral("PRIVATE KEY-----")));
    }
    // Warnings: a short client secret (only an old vault or a hand-made file can hold one) and a small key.
    ProjectSecret small;
    small.name = QStringLiteral("SMALL");
    small.type = ProjectSecretType::RsaPrivateKey;
    small.versions.push_back(
        SecretVersion { 1, 0, SecureBuffer::copyOf(key(QStringLiteral("rsa1024.pem"))) });
    const VaultKeyInfo smallInfo = describeKeyEntry(QStringLiteral("p"), small);
    QCOMPARE(smallInfo.severity, Severity::Warning);
    QVERIFY(smallInfo.problem.contains(QStringLiteral("2048")));
    ProjectSecret shortSecret;
    shortSecret.name = QStringLiteral("SHORT");
    shortSecret.type = ProjectSecretType::PortClientSecret;
    shortSecret.versions.push_back(SecretVersion { 1, 0, SecureBuffer::copyOf("short") });
    QCOMPARE(describeKeyEntry(QStringLiteral("p"), shortSecret).severity, Severity::Error);
}

void TestVaultKeys::references_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("kinds");
    QTest::addColumn<QString>("found"); // PROJECT/NAME, or empty
    QTest::addColumn<int>("error");
    const int any = int(AnyKeyKind);
    const int secret = int(KeyKinds(KeyKind::ClientSecret));
    QTest::newRow("project/name") << "shop-prod/BACKEND_KEY" << any << "shop-prod/BACKEND_KEY" << -1;
    QTest::newRow("name, one project") << "PORT_CLIENT_SECRET" << any << "shop-prod/PORT_CLIENT_SECRET" << -1;
    QTest::newRow("name in two projects") << "BACKEND_KEY" << any << "" << int(ErrorKind::Usage);
    QTest::newRow("a slash in the project") << "team/a/KEY" << any << "team/a/KEY" << -1;
    QTest::newRow("no such name") << "NOPE" << any << "" << int(ErrorKind::NotFound);
    QTest::newRow("no such project") << "nope/BACKEND_KEY" << any << "" << int(ErrorKind::NotFound);
    QTest::newRow("not a key") << "shop-prod/JWT_SECRET" << any << "" << int(ErrorKind::Usage);
    QTest::newRow("not a key, by name") << "MONGO_URL" << any << "" << int(ErrorKind::Usage);
    QTest::newRow("private key where a client secret is needed")
        << "shop-staging/BACKEND_KEY" << secret << "" << int(ErrorKind::Usage);
    QTest::newRow("case matters") << "port_client_secret" << any << "" << int(ErrorKind::NotFound);
}

void TestVaultKeys::references()
{
    QFETCH(QString, reference);
    QFETCH(int, kinds);
    QFETCH(QString, found);
    QFETCH(int, error);
    VaultContent content = keyContent();
    QVERIFY(content.addProject(QStringLiteral("team/a")));
    QVERIFY(content.setSecret(QStringLiteral("team/a"), QStringLiteral("KEY"),
                              ProjectSecretType::PortClientSecret, ClientSecret));
    auto ref = findVaultKey(content, reference, KeyKinds::fromInt(kinds));
    if (error >= 0) {
        QVERIFY(!ref);
        QCOMPARE(int(ref.error().kind), error);
        return;
    }
    QVERIFY2(ref, ref ? "" : qPrintable(ref.error().message));
    QCOMPARE(ref->reference(), found);
}

void TestVaultKeys::keysAsKeys()
{
    const VaultContent content = keyContent();
    auto secret = findVaultKey(content, QStringLiteral("PORT_CLIENT_SECRET"), AnyKeyKind);
    QVERIFY(secret);
    auto value = clientSecretOf(*secret->secret);
    QVERIFY(value);
    QCOMPARE(value->view(), QByteArrayView(ClientSecret));
    QCOMPARE(privateKeyOf(*secret->secret).error().kind, ErrorKind::Usage);
    auto jwt = content.findSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET"));
    QCOMPARE(clientSecretOf(**jwt).error().kind, ErrorKind::Usage);
}

void TestVaultKeys::leakCheckFindsPemAndPassphrase()
{
    const VaultContent content = keyContent();
    LeakChecker checker;
    checker.addVault(content, QStringLiteral("shop-prod"));
    const QByteArray pem = key(QStringLiteral("rsa2048.encrypted.pem"));
    const QByteArray log = "config: " + pem + "\nKEY_PASSPHRASE=" + keyPassphrase().toBase64() + "\n";
    const QList<LeakFinding> findings = checker.scan(log);
    QStringList parts;
    for (const LeakFinding& f : findings) {
        QVERIFY(f.secret.contains(QStringLiteral("BACKEND_KEY")));
        parts << f.part + QLatin1Char('/') + f.form;
    }
    QVERIFY2(parts.contains(QStringLiteral("value/raw")), qPrintable(parts.join(QLatin1Char(' '))));
    QVERIFY2(parts.contains(QStringLiteral("key passphrase/base64")),
             qPrintable(parts.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "TestVaultKeys.moc"
