// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/secrets/SecretsTestSupport.h"
#include "TestSupport.h"
#include "secrets/Vault.h"
#include "secrets/VaultKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test;

// Project secrets against implementations we did not write: the vault format
// read and written by a Python implementation of docs/vault-format.md
// (python3-argon2, python3-cryptography), and JWTs signed and verified by
// PyJWT (python3-jwt), both directions, all three algorithms.
class TestSecretsInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pythonReadsOurVault();
    void pythonRefusesAWrongPassphrase();
    void weReadPythonsVault();
    void keyEntriesBothWays();
    void pyjwtVerifiesOurTokens_data();
    void pyjwtVerifiesOurTokens();
    void weVerifyPyjwtTokens_data();
    void weVerifyPyjwtTokens();
    void refusals_data();
    void refusals();

private:
    QString write(const QString& name, const QByteArray& contents);
    ProcessResult python(const QString& script, const QStringList& arguments, const QByteArray& input = {});
    static QJsonObject expectedJson(const VaultContent& content);

    QTemporaryDir m_dir;
    QString m_passphraseFile;
    QString m_vaultMissing;
    QString m_jwtMissing;
};

namespace {
const QString Here = QStringLiteral(SECRETBENCH_INTEROP_DIR);
const QByteArray JwtKey64("m3CKSGzTP0dE0oLyt2rWc1XqbpZ7HfJ9uN4aVvYe6sAiBgRkQhUwDx5nlT8IOj_F"); // 64 bytes
} // namespace

QString TestSecretsInterop::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    if (!writeAll(path, contents)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

ProcessResult
TestSecretsInterop::python(const QString& script, const QStringList& arguments, const QByteArray& input)
{
    return test::run(test::systemPython(), QStringList { Here + QLatin1Char('/') + script } + arguments,
                     input);
}

void TestSecretsInterop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_passphraseFile = write(QStringLiteral("passphrase"), VaultPassphrase + "\n");
    m_vaultMissing = test::missingPythonModules({ QStringLiteral("argon2"), QStringLiteral("cryptography") });
    m_jwtMissing = test::missingPythonModules({ QStringLiteral("jwt") });
    QCOMPARE(QByteArray(JwtKey64).size(), 64);
}

QJsonObject TestSecretsInterop::expectedJson(const VaultContent& content)
{
    QJsonArray projects;
    for (const Project& p : content.projects()) {
        QJsonArray secrets;
        for (const ProjectSecret& s : p.secrets) {
            QJsonArray versions;
            for (const SecretVersion& v : s.versions) {
                QJsonObject version { { QStringLiteral("number"), qint64(v.number) },
                                      { QStringLiteral("updated"), v.updatedMs },
                                      { QStringLiteral("value"), QString::fromUtf8(v.value.view()) } };
                if (s.type == ProjectSecretType::RsaPrivateKey) {
                    auto stored = StoredPrivateKey::decode(v.value.view());
                    version.insert(QStringLiteral("pem"), QString::fromUtf8(stored->pem.view()));
                    version.insert(QStringLiteral("passphrase"),
                                   stored->isProtected()
                                       ? QJsonValue(QString::fromUtf8(stored->passphrase.view()))
                                       : QJsonValue());
                }
                versions.append(version);
            }
            secrets.append(QJsonObject { { QStringLiteral("name"), s.name },
                                         { QStringLiteral("type"), secretTypeName(s.type) },
                                         { QStringLiteral("created"), s.createdMs },
                                         { QStringLiteral("versions"), versions } });
        }
        projects.append(QJsonObject { { QStringLiteral("name"), p.name },
                                      { QStringLiteral("created"), p.createdMs },
                                      { QStringLiteral("secrets"), secrets } });
    }
    return QJsonObject { { QStringLiteral("projects"), projects } };
}

void TestSecretsInterop::pythonReadsOurVault()
{
    if (!m_vaultMissing.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("SKIPPED: ") + m_vaultMissing));
    }
    VaultContent content = sampleContent();
    QVERIFY(content.addProject(QStringLiteral("Bücherei – ünïcode")));
    for (int i = 0; i < 12; ++i) {
        QVERIFY(content.setSecret(QStringLiteral("Bücherei – ünïcode"), QStringLiteral("KEY"),
                                  ProjectSecretType::JwtSecret, "välue-" + QByteArray::number(i)));
    }
    const QJsonObject expected = expectedJson(content);
    const QString path = m_dir.filePath(QStringLiteral("ours.sbvault"));
    auto vault = Vault::create(path, VaultPassphrase, Kdf::minimum(), std::move(content));
    QVERIFY(vault);
    const ProcessResult r
        = python(QStringLiteral("vault_reader.py"), { QStringLiteral("read"), path, m_passphraseFile });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject read = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(read.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("memoryKiB")).toInt(), 65536);
    QCOMPARE(read.value(QStringLiteral("formatVersion")).toInt(), 1);
    read.remove(QStringLiteral("kdf"));
    read.remove(QStringLiteral("formatVersion"));
    QCOMPARE(read, expected);
}

void TestSecretsInterop::keyEntriesBothWays()
{
    if (!m_vaultMissing.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("SKIPPED: ") + m_vaultMissing));
    }
    // Ours, read by Python: format version 2, the PEM and its passphrase apart.
    const QByteArray encryptedPem = readData(QStringLiteral("keys/rsa2048.encrypted.pem"));
    const QByteArray keyPassphrase = readData(QStringLiteral("keys/passphrase.txt")).trimmed();
    VaultContent content = sampleContent();
    QVERIFY(content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET"),
                              ProjectSecretType::PortClientSecret, "client-secret-ümlaut-0123456789abcdef"));
    QVERIFY(content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("BACKEND_KEY"),
                              ProjectSecretType::RsaPrivateKey,
                              StoredPrivateKey::fromPem(encryptedPem, keyPassphrase)->encode().view()));
    QVERIFY(content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("BACKEND_KEY"),
                              ProjectSecretType::RsaPrivateKey,
                              readData(QStringLiteral("keys/rsa3072.pem"))));
    const QJsonObject expected = expectedJson(content);
    const QString path = m_dir.filePath(QStringLiteral("keys.sbvault"));
    QVERIFY(Vault::create(path, VaultPassphrase, Kdf::minimum(), std::move(content)));
    const ProcessResult r
        = python(QStringLiteral("vault_reader.py"), { QStringLiteral("read"), path, m_passphraseFile });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject read = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(read.take(QStringLiteral("formatVersion")).toInt(), 2);
    read.remove(QStringLiteral("kdf"));
    QCOMPARE(read, expected);
    const QJsonObject backend
        = read.value(QStringLiteral("projects"))[0][QStringLiteral("secrets")][3].toObject();
    QCOMPARE(backend.value(QStringLiteral("type")).toString(), QStringLiteral("rsa-private-key"));
    QCOMPARE(backend.value(QStringLiteral("versions"))[0][QStringLiteral("pem")].toString().toUtf8(),
             encryptedPem);
    QCOMPARE(backend.value(QStringLiteral("versions"))[0][QStringLiteral("passphrase")].toString().toUtf8(),
             keyPassphrase);

    // Python's, opened by us and used by the CLI through --key.
    read.remove(QStringLiteral("kdf"));
    const QString contentFile = write(QStringLiteral("keys.json"), QJsonDocument(read).toJson());
    const QString theirs = m_dir.filePath(QStringLiteral("theirs-keys.sbvault"));
    const ProcessResult w = python(QStringLiteral("vault_reader.py"),
                                   { QStringLiteral("write"), theirs, m_passphraseFile, contentFile });
    QVERIFY2(w.exitCode == 0, w.err.constData());
    QCOMPARE(readAll(theirs).mid(8, 2), QByteArray("\x00\x02", 2));
    auto vault = Vault::open(theirs, VaultPassphrase);
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(QJsonValue(expectedJson(vault->content())), QJsonValue(expected));
    const ProcessResult encrypted = test::runCli(
        { QStringLiteral("encrypt"), QStringLiteral("--key"), QStringLiteral("shop-prod/BACKEND_KEY"),
          QStringLiteral("--vault"), theirs, QStringLiteral("--passphrase-file"), m_passphraseFile },
        "from python's vault");
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    const ProcessResult decrypted = test::runCli({ QStringLiteral("decrypt"), QStringLiteral("--private-key"),
                                                   test::dataPath(QStringLiteral("keys/rsa2048.pem")) },
                                                 encrypted.out);
    QCOMPARE(decrypted.out, QByteArray("from python's vault"));
}

void TestSecretsInterop::pythonRefusesAWrongPassphrase()
{
    if (!m_vaultMissing.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("SKIPPED: ") + m_vaultMissing));
    }
    const QString path = m_dir.filePath(QStringLiteral("ours.sbvault"));
    const QString wrong = write(QStringLiteral("wrong"), "not the passphrase");
    const ProcessResult r
        = python(QStringLiteral("vault_reader.py"), { QStringLiteral("read"), path, wrong });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
}

void TestSecretsInterop::weReadPythonsVault()
{
    if (!m_vaultMissing.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("SKIPPED: ") + m_vaultMissing));
    }
    const QByteArray json = R"({"projects": [
        {"name": "from-python", "created": 1700000000000, "secrets": [
            {"name": "MONGO_URL", "type": "mongodb-url", "created": 1700000000001, "versions": [
                {"number": 3, "updated": 1700000000300, "value": "mongodb://u:p%40ss@db.example.com/app?tls=true"},
                {"number": 1, "updated": 1700000000100, "value": "mongodb://u:old@db.example.com/app?tls=true"}]},
            {"name": "JWT_SECRET", "type": "jwt-secret", "created": 1700000000002, "versions": [
                {"number": 1, "updated": 1700000000200, "value": "jwt-from-python-\u00e9\u00e8"}]}]}]})";
    const QString contentFile = write(QStringLiteral("content.json"), json);
    const QString path = m_dir.filePath(QStringLiteral("theirs.sbvault"));
    const ProcessResult r = python(QStringLiteral("vault_reader.py"),
                                   { QStringLiteral("write"), path, m_passphraseFile, contentFile });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto vault = Vault::open(path, VaultPassphrase);
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(QJsonValue(expectedJson(vault->content())), QJsonValue(QJsonDocument::fromJson(json).object()));
    // And the CLI, through its own path.
    const ProcessResult get
        = test::runCli({ QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("--vault"), path,
                         QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--project"),
                         QStringLiteral("from-python"), QStringLiteral("--name"), QStringLiteral("MONGO_URL"),
                         QStringLiteral("--version"), QStringLiteral("1") });
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QByteArray("mongodb://u:old@db.example.com/app?tls=true"));
}

void TestSecretsInterop::pyjwtVerifiesOurTokens_data()
{
    QTest::addColumn<QString>("alg");
    for (const char* alg : { "HS256", "HS384", "HS512" }) {
        QTest::newRow(alg) << QString::fromLatin1(alg);
    }
}

void TestSecretsInterop::pyjwtVerifiesOurTokens()
{
    if (!m_jwtMissing.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("SKIPPED: ") + m_jwtMissing));
    }
    QFETCH(QString, alg);
    const QString key = write(QStringLiteral("jwt-key"), JwtKey64 + "\n");
    const ProcessResult signed_ = test::runCli(
        { QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--secret-file"), key,
          QStringLiteral("--alg"), alg, QStringLiteral("--claims"),
          QStringLiteral(R"({"sub":"user-42","role":"admin","n":1.50})"), QStringLiteral("--expires-in"),
          QStringLiteral("1h"), QStringLiteral("--not-before"), QStringLiteral("1s") });
    QVERIFY2(signed_.exitCode == 0, signed_.err.constData());
    QVERIFY(signed_.out.endsWith('\n'));
    // PyJWT checks nbf too: wait for it by signing nbf in the past instead.
    const ProcessResult plain
        = test::runCli({ QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--secret-file"), key,
                         QStringLiteral("--alg"), alg, QStringLiteral("--claims"),
                         QStringLiteral(R"({"sub":"user-42","role":"admin","n":1.50})"),
                         QStringLiteral("--expires-in"), QStringLiteral("1h") });
    QCOMPARE(plain.exitCode, 0);
    const ProcessResult verified
        = python(QStringLiteral("pyjwt_tool.py"), { QStringLiteral("verify"), alg, key }, plain.out);
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    const QJsonObject claims = QJsonDocument::fromJson(verified.out).object();
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("user-42"));
    QCOMPARE(claims.value(QStringLiteral("n")).toDouble(), 1.5);
    QVERIFY(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger()
            == 3600);
    // Another algorithm is refused by PyJWT as well.
    const QString other = alg == QLatin1String("HS256") ? QStringLiteral("HS512") : QStringLiteral("HS256");
    QCOMPARE(
        python(QStringLiteral("pyjwt_tool.py"), { QStringLiteral("verify"), other, key }, plain.out).exitCode,
        1);
}

void TestSecretsInterop::weVerifyPyjwtTokens_data()
{
    pyjwtVerifiesOurTokens_data();
}

void TestSecretsInterop::weVerifyPyjwtTokens()
{
    if (!m_jwtMissing.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("SKIPPED: ") + m_jwtMissing));
    }
    QFETCH(QString, alg);
    const QString key = write(QStringLiteral("jwt-key"), JwtKey64 + "\n");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString claims
        = QStringLiteral(R"({"sub":"svc","iat":%1,"nbf":%1,"exp":%2})").arg(now - 10).arg(now + 600);
    const ProcessResult token
        = python(QStringLiteral("pyjwt_tool.py"), { QStringLiteral("sign"), alg, key, claims });
    QVERIFY2(token.exitCode == 0, token.err.constData());
    const ProcessResult verified
        = test::runCli({ QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--secret-file"),
                         key, QStringLiteral("--alg"), alg },
                       token.out);
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QCOMPARE(QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("sub")).toString(),
             QStringLiteral("svc"));
}

void TestSecretsInterop::refusals_data()
{
    QTest::addColumn<QString>("pyjwtAlg"); // how PyJWT signs
    QTest::addColumn<QString>("claims");
    QTest::addColumn<QString>("expectedAlg"); // what we accept
    QTest::addColumn<bool>("alterPayload");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("check");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString fine = QStringLiteral(R"({"sub":"x","exp":%1})").arg(now + 600);
    QTest::newRow("alg none") << QStringLiteral("none") << fine << QStringLiteral("HS256") << false << 1
                              << QStringLiteral("algorithm");
    QTest::newRow("HS384 when HS256 expected") << QStringLiteral("HS384") << fine << QStringLiteral("HS256")
                                               << false << 1 << QStringLiteral("algorithm");
    QTest::newRow("HS256 when HS512 expected") << QStringLiteral("HS256") << fine << QStringLiteral("HS512")
                                               << false << 1 << QStringLiteral("algorithm");
    QTest::newRow("altered payload") << QStringLiteral("HS256") << fine << QStringLiteral("HS256") << true
                                     << 1 << QStringLiteral("signature");
    QTest::newRow("expired") << QStringLiteral("HS512") << QStringLiteral(R"({"exp":%1})").arg(now - 3600)
                             << QStringLiteral("HS512") << false << 7 << QStringLiteral("exp");
    QTest::newRow("not yet valid") << QStringLiteral("HS384")
                                   << QStringLiteral(R"({"nbf":%1})").arg(now + 3600)
                                   << QStringLiteral("HS384") << false << 7 << QStringLiteral("nbf");
    QTest::newRow("issued in the future")
        << QStringLiteral("HS256") << QStringLiteral(R"({"iat":%1})").arg(now + 3600)
        << QStringLiteral("HS256") << false << 7 << QStringLiteral("iat");
}

void TestSecretsInterop::refusals()
{
    if (!m_jwtMissing.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("SKIPPED: ") + m_jwtMissing));
    }
    QFETCH(QString, pyjwtAlg);
    QFETCH(QString, claims);
    QFETCH(QString, expectedAlg);
    QFETCH(bool, alterPayload);
    QFETCH(int, exitCode);
    QFETCH(QString, check);
    const QString key = write(QStringLiteral("jwt-key"), JwtKey64 + "\n");
    const ProcessResult token
        = python(QStringLiteral("pyjwt_tool.py"), { QStringLiteral("sign"), pyjwtAlg, key, claims });
    QVERIFY2(token.exitCode == 0, token.err.constData());
    QByteArray text = token.out.trimmed();
    if (alterPayload) {
        QList<QByteArray> parts = text.split('.');
        QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
        payload.replace("\"x\"", "\"y\"");
        parts[1] = payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        text = parts.join('.');
    }
    const ProcessResult verified
        = test::runCli({ QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--secret-file"),
                         key, QStringLiteral("--alg"), expectedAlg },
                       text);
    QCOMPARE(verified.exitCode, exitCode);
    QVERIFY(verified.out.isEmpty());
    QVERIFY2(verified.err.contains("error: " + check.toUtf8() + ":"), verified.err.constData());
    QVERIFY(!verified.err.contains(JwtKey64));
}

QTEST_GUILESS_MAIN(TestSecretsInterop)
#include "TestSecretsInterop.moc"
