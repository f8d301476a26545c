// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/secrets/SecretsTestSupport.h"
#include "TestSupport.h"
#include "common/JsonText.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "secrets/Vault.h"
#include "secrets/VaultKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test;

// --key NAME in every command that takes keys (encrypt, decrypt, inspect
// --diagnose, payload build, payload decrypt), with --vault and
// --passphrase-file or a terminal prompt; exit codes 1 (wrong vault
// passphrase), 2 (wrong type, ambiguous name, misplaced options), 8 (no vault,
// no such key); nothing on standard output on failure and no secret on
// standard error. And the key types in secret set/get/list.
class TestCliKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrips_data();
    void roundTrips();
    void failures_data();
    void failures();
    void promptsOnTheTerminal();
    void helpNamesKeyAndExitCodes_data();
    void helpNamesKeyAndExitCodes();
    void secretCommandsKnowKeyTypes();

private:
    QString write(const QString& name, const QByteArray& contents);
    QStringList vaultArgs(const QString& passphraseFile = {}) const;
    static void checkNoSecretIn(const QByteArray& text);

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_passphraseFile;
    QString m_definition;
    QString m_values;
};

namespace {
const QByteArray ClientSecret("cli-vault-client-secret-0123456789abcdef-XYZ");
QByteArray keyFile(const QString& name)
{
    return readData(QStringLiteral("keys/") + name);
}
QByteArray keyPassphrase()
{
    return keyFile(QStringLiteral("passphrase.txt")).trimmed();
}
QString keysDir()
{
    return dataPath(QStringLiteral("keys"));
}
} // namespace

QString TestCliKeys::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    if (!writeAll(path, contents)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QStringList TestCliKeys::vaultArgs(const QString& passphraseFile) const
{
    return { QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"),
             passphraseFile.isEmpty() ? m_passphraseFile : passphraseFile };
}

void TestCliKeys::checkNoSecretIn(const QByteArray& text)
{
    QVERIFY2(!text.contains(ClientSecret), text.constData());
    QVERIFY2(!text.contains(keyPassphrase()), text.constData());
    QVERIFY2(!text.contains(VaultPassphrase), text.constData());
    QVERIFY2(!text.contains("PRIVATE KEY-----"), text.constData());
    QVERIFY2(!text.contains(JwtSecretValue), text.constData());
}

void TestCliKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.filePath(QStringLiteral("keys.sbvault"));
    m_passphraseFile = write(QStringLiteral("passphrase"), VaultPassphrase + "\n");
    VaultContent content = sampleContent(); // shop-prod has JWT_SECRET and MONGO_URL
    QVERIFY(content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET"),
                              ProjectSecretType::PortClientSecret, ClientSecret));
    QVERIFY(content.setSecret(
        QStringLiteral("shop-prod"), QStringLiteral("BACKEND_KEY"), ProjectSecretType::RsaPrivateKey,
        StoredPrivateKey::fromPem(keyFile(QStringLiteral("rsa2048.encrypted.pem")), keyPassphrase())
            ->encode()
            .view()));
    QVERIFY(content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("BACKEND_KEY"),
                              ProjectSecretType::RsaPrivateKey, keyFile(QStringLiteral("rsa3072.pem"))));
    QVERIFY(content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("ONLY_HERE"),
                              ProjectSecretType::PortClientSecret, "another-client-secret-0123456789abcdef"));
    QVERIFY(Vault::create(m_vault, VaultPassphrase, fastestAllowedKdf(), std::move(content)));
    m_definition
        = write(QStringLiteral("definition.json"),
                QStringLiteral(R"({"properties": {"token": {"type": "string", "encryption": "aes256-gcm"},
            "apiKey": {"type": "string", "encryption": {"algorithm": "client-side", "key": %1}}}})")
                    .arg(QString::fromUtf8(JsonText::quoted(keyFile(QStringLiteral("rsa2048.pub.pem")))))
                    .toUtf8());
    m_values = write(QStringLiteral("values.json"),
                     R"({"token": "port-managed value", "apiKey": "client-side value"})");
}

void TestCliKeys::roundTrips_data()
{
    QTest::addColumn<QStringList>("encrypt");
    QTest::addColumn<QStringList>("decrypt");
    QTest::newRow("client secret, by name")
        << QStringList { QStringLiteral("--key"), QStringLiteral("PORT_CLIENT_SECRET") }
        << QStringList { QStringLiteral("--key"), QStringLiteral("shop-prod/PORT_CLIENT_SECRET") };
    QTest::newRow("vault encrypts, file decrypts")
        << QStringList { QStringLiteral("--key"), QStringLiteral("shop-prod/PORT_CLIENT_SECRET") }
        << QStringList { QStringLiteral("--client-secret-file"), QStringLiteral("@secret") };
    QTest::newRow("private key: its public half encrypts, the stored passphrase opens it")
        << QStringList { QStringLiteral("--key"), QStringLiteral("shop-prod/BACKEND_KEY") }
        << QStringList { QStringLiteral("--key"), QStringLiteral("shop-prod/BACKEND_KEY") };
    QTest::newRow("public key file, vault private key")
        << QStringList { QStringLiteral("--public-key"), keysDir() + QStringLiteral("/rsa3072.pub.pem") }
        << QStringList { QStringLiteral("--key"), QStringLiteral("shop-staging/BACKEND_KEY") };
}

void TestCliKeys::roundTrips()
{
    QFETCH(QStringList, encrypt);
    QFETCH(QStringList, decrypt);
    const QString secretFile = write(QStringLiteral("secret"), ClientSecret + "\n");
    const auto expand = [&](QStringList args) {
        args.replaceInStrings(QStringLiteral("@secret"), secretFile);
        if (args.contains(QStringLiteral("--key"))) {
            args << vaultArgs();
        }
        return args;
    };
    const QByteArray value("a value for the vault keys ✓");
    const ProcessResult encrypted
        = runCli(QStringList { QStringLiteral("encrypt") } + expand(encrypt), value);
    QVERIFY2(encrypted.exitCode == 0, encrypted.err.constData());
    checkNoSecretIn(encrypted.out + encrypted.err);
    const ProcessResult decrypted
        = runCli(QStringList { QStringLiteral("decrypt") } + expand(decrypt), encrypted.out);
    QVERIFY2(decrypted.exitCode == 0, decrypted.err.constData());
    QCOMPARE(decrypted.out, value);
    checkNoSecretIn(decrypted.err);

    // inspect --diagnose with the same key: decrypts, never prints the value or the key.
    const ProcessResult diagnosed = runCli(
        QStringList { QStringLiteral("inspect"), QStringLiteral("--diagnose"), QStringLiteral("--json") }
            + expand(decrypt),
        encrypted.out);
    QVERIFY2(diagnosed.exitCode == 0, (diagnosed.out + diagnosed.err).constData());
    QVERIFY(!diagnosed.out.contains(value));
    checkNoSecretIn(diagnosed.out + diagnosed.err);
    const QJsonObject report = QJsonDocument::fromJson(diagnosed.out).object();
    QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("keys")).toArray().size(), 1);
}

void TestCliKeys::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    const QString wrong = QStringLiteral("@wrong");
    const QStringList commands[] = {
        { QStringLiteral("encrypt") },
        { QStringLiteral("decrypt") },
        { QStringLiteral("inspect"), QStringLiteral("--diagnose") },
        { QStringLiteral("payload"), QStringLiteral("build"), QStringLiteral("--definition"),
          QStringLiteral("@def"), QStringLiteral("--values"), QStringLiteral("@values") },
        { QStringLiteral("payload"), QStringLiteral("decrypt") },
    };
    for (const QStringList& command : commands) {
        const QString name = command.mid(0, 2).join(QLatin1Char(' ')).remove(QStringLiteral(" --diagnose"));
        const auto row = [&](const char* what) -> QTestData& {
            return QTest::newRow(qPrintable(name + QStringLiteral(": ") + QLatin1String(what)));
        };
        row("wrong vault passphrase") << command
                + QStringList { QStringLiteral("--key"),
                                QStringLiteral("PORT_CLIENT_SECRET"),
                                QStringLiteral("--passphrase-file"),
                                wrong,
                                QStringLiteral("--vault"),
                                QStringLiteral("@vault") }
                                      << 1 << QStringLiteral("Wrong passphrase");
        row("no such key") << command
                + QStringList { QStringLiteral("--key"), QStringLiteral("NO_SUCH_KEY"),
                                QStringLiteral("@vaultargs") }
                           << 8 << QStringLiteral("No project in the vault has a key named NO_SUCH_KEY");
        row("no such project") << command
                + QStringList { QStringLiteral("--key"), QStringLiteral("nowhere/BACKEND_KEY"),
                                QStringLiteral("@vaultargs") }
                               << 8 << QStringLiteral("There is no project");
        row("no vault") << command + QStringList { QStringLiteral("--key"),
                                                   QStringLiteral("PORT_CLIENT_SECRET"),
                                                   QStringLiteral("--vault"),
                                                   QStringLiteral("@missing"),
                                                   QStringLiteral("--passphrase-file"),
                                                   QStringLiteral("@passphrase") }
                        << 8 << QStringLiteral("There is no vault");
        row("not a key") << command
                + QStringList { QStringLiteral("--key"), QStringLiteral("shop-prod/JWT_SECRET"),
                                QStringLiteral("@vaultargs") }
                         << 2 << QStringLiteral("is a jwt-secret");
        row("a name in two projects")
            << command
                + QStringList { QStringLiteral("--key"), QStringLiteral("BACKEND_KEY"),
                                QStringLiteral("@vaultargs") }
            << 2
            << (name == QLatin1String("payload build")
                    ? QStringLiteral("a port-client-secret is needed here")
                    : QStringLiteral("Several projects have a key named BACKEND_KEY"));
        row("--vault without --key") << command
                + QStringList { QStringLiteral("--vault"), QStringLiteral("@vault") }
                                     << 2 << QStringLiteral("--vault belongs to --key");
    }
    QTest::newRow("payload build: a private key where a client secret is needed")
        << commands[3]
            + QStringList { QStringLiteral("--key"), QStringLiteral("shop-prod/BACKEND_KEY"),
                            QStringLiteral("@vaultargs") }
        << 2 << QStringLiteral("a port-client-secret is needed here");
    QTest::newRow("encrypt: two keys") << QStringList { QStringLiteral("encrypt"),
                                                        QStringLiteral("--key"),
                                                        QStringLiteral("PORT_CLIENT_SECRET"),
                                                        QStringLiteral("--key"),
                                                        QStringLiteral("shop-prod/BACKEND_KEY"),
                                                        QStringLiteral("@vaultargs") }
                                       << 2 << QStringLiteral("Give one key");
    QTest::newRow("decrypt: client secret twice") << QStringList { QStringLiteral("decrypt"),
                                                                   QStringLiteral("--key"),
                                                                   QStringLiteral("PORT_CLIENT_SECRET"),
                                                                   QStringLiteral("--client-secret-file"),
                                                                   QStringLiteral("@passphrase"),
                                                                   QStringLiteral("@vaultargs") }
                                                  << 2 << QStringLiteral("Give the client secret once");
    QTest::newRow("decrypt: an encrypted --private-key with --key")
        << QStringList { QStringLiteral("decrypt"),
                         QStringLiteral("--key"),
                         QStringLiteral("ONLY_HERE"),
                         QStringLiteral("--private-key"),
                         keysDir() + QStringLiteral("/rsa2048.encrypted.pem"),
                         QStringLiteral("@vaultargs") }
        << 2 << QStringLiteral("With --key, --passphrase-file is the vault's passphrase");
    QTest::newRow("decrypt: the wrong key from the vault")
        << QStringList { QStringLiteral("decrypt"), QStringLiteral("--key"), QStringLiteral("ONLY_HERE"),
                         QStringLiteral("@vaultargs") }
        << 1 << QString();
    QTest::newRow("encrypt: --passphrase-file without --key")
        << QStringList { QStringLiteral("encrypt"), QStringLiteral("--passphrase-file"),
                         QStringLiteral("@passphrase") }
        << 2 << QStringLiteral("--passphrase-file belongs to --key");
}

void TestCliKeys::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    const QString wrong = write(QStringLiteral("wrong"), "not the vault passphrase\n");
    QStringList args;
    for (const QString& a : std::as_const(arguments)) {
        if (a == QLatin1String("@vaultargs")) {
            args << vaultArgs();
        } else if (a == QLatin1String("@vault")) {
            args << m_vault;
        } else if (a == QLatin1String("@wrong")) {
            args << wrong;
        } else if (a == QLatin1String("@missing")) {
            args << m_dir.filePath(QStringLiteral("missing.sbvault"));
        } else if (a == QLatin1String("@passphrase")) {
            args << m_passphraseFile;
        } else if (a == QLatin1String("@def")) {
            args << m_definition;
        } else if (a == QLatin1String("@values")) {
            args << m_values;
        } else {
            args << a;
        }
    }
    // An envelope of the prod client secret, so that a wrong key fails on it.
    auto cipher = PortManagedCipher::fromClientSecret(ClientSecret);
    const QByteArray envelope = encodeEnvelopeText(*cipher->encrypt("plaintext-XYZZY")) + '\n';
    const QByteArray input = args.first() == QLatin1String("payload")
        ? QByteArray(R"({"payload": {"properties": {"token": ")") + envelope.trimmed() + "\"}}}"
        : args.first() == QLatin1String("encrypt") ? QByteArray("plaintext-XYZZY")
                                                   : envelope;
    const ProcessResult r = runCli(args, input);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // nothing on standard output on failure
    QVERIFY2(r.err.contains(stderrPart.toUtf8()), r.err.constData());
    checkNoSecretIn(r.out + r.err);
    QVERIFY(!r.err.contains("plaintext-XYZZY"));
}

void TestCliKeys::promptsOnTheTerminal()
{
    if (systemPython().isEmpty()) {
        QSKIP("SKIPPED: /usr/bin/python3 is not installed (it runs the command on a pseudo-terminal)");
    }
    auto cipher = PortManagedCipher::fromClientSecret(ClientSecret);
    const QString envelope
        = write(QStringLiteral("envelope"), encodeEnvelopeText(*cipher->encrypt("prompted")));
    const ProcessResult r = run(systemPython(),
                                { QStringLiteral(SECRETBENCH_CLI_TEST_DIR "/pty_prompt.py"), cliPath(),
                                  m_vault, QString::fromUtf8(VaultPassphrase), QStringLiteral("--stdin"),
                                  envelope, QStringLiteral("decrypt"), QStringLiteral("--key"),
                                  QStringLiteral("PORT_CLIENT_SECRET"), QStringLiteral("--vault"), m_vault });
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY(r.out.contains("Vault passphrase: "));
    QVERIFY(r.out.contains("prompted"));
    QVERIFY2(!r.out.contains(VaultPassphrase), r.out.constData()); // typed without echo
}

void TestCliKeys::helpNamesKeyAndExitCodes_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("encrypt") << QStringList { QStringLiteral("encrypt") };
    QTest::newRow("decrypt") << QStringList { QStringLiteral("decrypt") };
    QTest::newRow("inspect") << QStringList { QStringLiteral("inspect") };
    QTest::newRow("payload build") << QStringList { QStringLiteral("payload"), QStringLiteral("build") };
    QTest::newRow("payload decrypt") << QStringList { QStringLiteral("payload"), QStringLiteral("decrypt") };
}

void TestCliKeys::helpNamesKeyAndExitCodes()
{
    QFETCH(QStringList, command);
    const ProcessResult r = runCli(command + QStringList { QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out).simplified();
    for (const char* part :
         { "--key <name>", "--vault <path>", "--passphrase-file <file>", "PROJECT/NAME", "without echo",
           "Exit codes:", "wrong vault passphrase", "no key of that name" }) {
        QVERIFY2(help.contains(QLatin1String(part)),
                 qPrintable(QLatin1String(part) + QStringLiteral(" missing in ") + help));
    }
}

void TestCliKeys::secretCommandsKnowKeyTypes()
{
    const QString copy = m_dir.filePath(QStringLiteral("set.sbvault"));
    QVERIFY(QFile::copy(m_vault, copy));
    const QStringList base { QStringLiteral("--vault"),           copy,
                             QStringLiteral("--passphrase-file"), m_passphraseFile,
                             QStringLiteral("--project"),         QStringLiteral("shop-staging") };
    const auto set = [&](const QString& name, const QString& type, const QByteArray& value,
                         const QStringList& more = {}) {
        return runCli(QStringList { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--name"),
                                    name, QStringLiteral("--type"), type }
                          + base + more,
                      value);
    };
    // The 32-byte rule.
    ProcessResult r
        = set(QStringLiteral("SHORT"), QStringLiteral("port-client-secret"), "client-id-0f7b3c1e\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("at least 32 bytes"));
    QVERIFY(!r.err.contains("client-id-0f7b3c1e"));
    // An encrypted key needs its passphrase, which is then stored with it.
    r = set(QStringLiteral("SIGNING"), QStringLiteral("rsa-private-key"),
            keyFile(QStringLiteral("rsa2048.pkcs1.encrypted.pem")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--key-passphrase-file"));
    r = set(QStringLiteral("SIGNING"), QStringLiteral("rsa-private-key"),
            keyFile(QStringLiteral("rsa2048.pkcs1.encrypted.pem")),
            { QStringLiteral("--key-passphrase-file"), keysDir() + QStringLiteral("/passphrase.txt") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains(
        RsaPublicKey::fromPem(keyFile(QStringLiteral("rsa2048.pub.pem")))->fingerprint().toUtf8()));
    checkNoSecretIn(r.err);
    r = set(QStringLiteral("EC"), QStringLiteral("rsa-private-key"), keyFile(QStringLiteral("ec256.pem")));
    QCOMPARE(r.exitCode, 3);
    // get: the PEM exactly, or the passphrase.
    const QStringList get { QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("--name"),
                            QStringLiteral("SIGNING") };
    r = runCli(get + base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, keyFile(QStringLiteral("rsa2048.pkcs1.encrypted.pem")));
    r = runCli(get + base + QStringList { QStringLiteral("--part"), QStringLiteral("passphrase") });
    QCOMPARE(r.out, keyPassphrase());
    // A key stored without a passphrase has none to give: exit 8, as its help says.
    r = set(QStringLiteral("PLAIN"), QStringLiteral("rsa-private-key"),
            keyFile(QStringLiteral("rsa2048.pem")));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(QStringList { QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("--name"),
                             QStringLiteral("PLAIN"), QStringLiteral("--part"), QStringLiteral("passphrase") }
               + base);
    QCOMPARE(r.exitCode, 8);
    QVERIFY(r.out.isEmpty());
    const QByteArray getHelp
        = runCli({ QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("--help") })
              .out.simplified();
    QVERIFY(getHelp.contains("no passphrase stored with the key"));
    // list: the key facts, never the key.
    r = runCli(QStringList { QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("--json") }
               + base);
    QCOMPARE(r.exitCode, 0);
    checkNoSecretIn(r.out);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QStringList keys;
    for (const QJsonValue& entry : list) {
        keys << entry[QStringLiteral("key")].toString();
    }
    QVERIFY2(keys.join(QLatin1Char('|')).contains(QLatin1String("RSA-2048")),
             qPrintable(keys.join(QLatin1Char('|'))));
    QVERIFY(keys.join(QLatin1Char('|')).contains(QStringLiteral("bytes · SHA-256")));
    // vault info reports format version 2.
    r = runCli({ QStringLiteral("vault"), QStringLiteral("info"), QStringLiteral("--vault"), copy,
                 QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("formatVersion")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCliKeys)
#include "TestCliKeys.moc"
