// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/secrets/SecretsTestSupport.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sb;
using namespace sb::test;

// The project-secrets commands of the real secretbench-cli: the contract
// scripts depend on (output, exit codes, nothing on stdout on failure).
// Every vault command derives a key (Argon2id at its floor, m=64 MiB), so
// the tests share one vault and run in order.
class TestSecretsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initRefusesAnExistingVault();
    void initWithoutAPassphraseOrTerminal();
    void terminalPromptHasNoEcho();
    void vaultInfo();
    void projects();
    void setGetReplace();
    void invalidMongoUrlIsRefused();
    void listAndHistoryAsJson();
    void rollbackAndRename();
    void errors_data();
    void errors();
    void environmentVariableNamesTheVault();
    void mongoCheck();
    void mongoCheckPingFails();
    void jwtWithVaultSecret();
    void jwtGenerate();
    void leakCheck();
    void changePassphrase();
    void removeSecretAndProject();

private:
    ProcessResult vault(QStringList arguments, const QByteArray& input = {});
    QString write(const QString& name, const QByteArray& contents);
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_passphraseFile;
};

namespace {
const QString ProjectName = QStringLiteral("shop-prod");
} // namespace

QString TestSecretsCli::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    if (!writeAll(path, contents)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QProcessEnvironment TestSecretsCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SECRETBENCH_VAULT"));
    // The default location must never be touched by the tests.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    return env;
}

ProcessResult TestSecretsCli::vault(QStringList arguments, const QByteArray& input)
{
    arguments << QStringLiteral("--vault") << m_vault << QStringLiteral("--passphrase-file")
              << m_passphraseFile;
    return test::runCli(arguments, input, environment());
}

void TestSecretsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.filePath(QStringLiteral("cli.sbvault"));
    m_passphraseFile = write(QStringLiteral("passphrase"), VaultPassphrase + "\n");
    const ProcessResult init
        = vault({ QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf-memory"),
                  QStringLiteral("64"), QStringLiteral("--kdf-iterations"), QStringLiteral("3") });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY(init.out.startsWith("Created " + m_vault.toUtf8()));
    QVERIFY(init.out.contains("m=64 MiB, t=3, p=4"));
    QVERIFY(QFileInfo::exists(m_vault));
}

void TestSecretsCli::initRefusesAnExistingVault()
{
    const QByteArray before = readAll(m_vault);
    const ProcessResult again = vault({ QStringLiteral("vault"), QStringLiteral("init") });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.out.isEmpty());
    QCOMPARE(readAll(m_vault), before);
    const ProcessResult weak
        = test::runCli({ QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--vault"),
                         m_dir.filePath(QStringLiteral("weak.sbvault")), QStringLiteral("--passphrase-file"),
                         m_passphraseFile, QStringLiteral("--kdf-memory"), QStringLiteral("32") },
                       {}, environment());
    QCOMPARE(weak.exitCode, 2); // below the floor
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("weak.sbvault"))));
    const QString empty = write(QStringLiteral("empty-passphrase"), "\n");
    const ProcessResult blank = test::runCli(
        { QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--vault"),
          m_dir.filePath(QStringLiteral("blank.sbvault")), QStringLiteral("--passphrase-file"), empty },
        {}, environment());
    QCOMPARE(blank.exitCode, 2);
    QVERIFY(blank.err.contains("empty passphrase"));
}

void TestSecretsCli::initWithoutAPassphraseOrTerminal()
{
    // No --passphrase-file and no controlling terminal (setsid): a clear
    // error, never a hang.
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(test::cliPath(),
                  { QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--vault"),
                    m_dir.filePath(QStringLiteral("no-tty.sbvault")) });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--passphrase-file"));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-tty.sbvault"))));
}

void TestSecretsCli::terminalPromptHasNoEcho()
{
    if (test::systemPython().isEmpty()) {
        QSKIP("SKIPPED: Debian's /usr/bin/python3 is needed to drive a pseudo-terminal");
    }
    const QString path = m_dir.filePath(QStringLiteral("tty.sbvault"));
    const ProcessResult r = test::run(test::systemPython(),
                                      { QStringLiteral(SECRETBENCH_CLI_TEST_DIR "/pty_prompt.py"),
                                        test::cliPath(), path, QStringLiteral("typed-on-a-terminal") },
                                      {}, environment());
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY(r.out.contains("Vault passphrase: "));
    QVERIFY(r.out.contains("Repeat the passphrase: "));
    QVERIFY2(!r.out.contains("typed-on-a-terminal"), r.out.constData()); // no echo
    QVERIFY(QFileInfo::exists(path));
}

void TestSecretsCli::vaultInfo()
{
    const ProcessResult info = test::runCli({ QStringLiteral("vault"), QStringLiteral("info"),
                                              QStringLiteral("--vault"), m_vault, QStringLiteral("--json") },
                                            {}, environment());
    QCOMPARE(info.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(json.value(QStringLiteral("path")).toString(), m_vault);
    QCOMPARE(json.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("memoryKiB")).toInt(), 65536);
    QVERIFY(json.value(QStringLiteral("private")).toBool());
}

void TestSecretsCli::projects()
{
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("add"), ProjectName }).exitCode, 0);
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("staging") }).exitCode,
             0);
    const ProcessResult duplicate
        = vault({ QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("SHOP-PROD") });
    QCOMPARE(duplicate.exitCode, 2);
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("rename"), QStringLiteral("staging"),
                     QStringLiteral("shop-staging") })
                 .exitCode,
             0);
    const ProcessResult list = vault({ QStringLiteral("project"), QStringLiteral("list") });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QByteArray("shop-prod\t0\nshop-staging\t0\n"));
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("rename"), QStringLiteral("nope"),
                     QStringLiteral("x") })
                 .exitCode,
             8);
}

void TestSecretsCli::setGetReplace()
{
    const QStringList mongo
        = { QStringLiteral("--project"), ProjectName, QStringLiteral("--name"), QStringLiteral("MONGO_URL") };
    const ProcessResult noType
        = vault(QStringList { QStringLiteral("secret"), QStringLiteral("set") } + mongo, MongoUrlValue);
    QCOMPARE(noType.exitCode, 2);
    const ProcessResult added = vault(QStringList { QStringLiteral("secret"), QStringLiteral("set"),
                                                    QStringLiteral("--type"), QStringLiteral("mongodb-url") }
                                          + mongo,
                                      MongoUrlValue + "\n");
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.out.isEmpty());
    QVERIFY(added.err.contains("{{ secrets.MONGO_URL }}"));
    const ProcessResult got = vault(QStringList { QStringLiteral("secret"), QStringLiteral("get") } + mongo);
    QCOMPARE(got.exitCode, 0);
    QCOMPARE(got.out, MongoUrlValue); // exact bytes, the line break stripped on input only

    const QStringList jwt = { QStringLiteral("--project"), ProjectName, QStringLiteral("--name"),
                              QStringLiteral("JWT_SECRET") };
    const ProcessResult shortJwt
        = vault(QStringList { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--type"),
                              QStringLiteral("jwt-secret") }
                    + jwt,
                "your-super-secret-key");
    QCOMPARE(shortJwt.exitCode, 0);
    QVERIFY(shortJwt.err.contains("warning: This is an example value"));
    const ProcessResult replaced
        = vault(QStringList { QStringLiteral("secret"), QStringLiteral("set") } + jwt, JwtSecretValue);
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY(replaced.err.contains("now version 2"));
    const ProcessResult unchanged
        = vault(QStringList { QStringLiteral("secret"), QStringLiteral("set") } + jwt, JwtSecretValue);
    QCOMPARE(unchanged.exitCode, 0);
    QVERIFY(unchanged.err.contains("nothing was changed"));
    QCOMPARE(vault(QStringList { QStringLiteral("secret"), QStringLiteral("get") } + jwt).out,
             JwtSecretValue);
    QCOMPARE(vault(QStringList { QStringLiteral("secret"), QStringLiteral("get"), QStringLiteral("--version"),
                                 QStringLiteral("1") }
                   + jwt)
                 .out,
             QByteArray("your-super-secret-key"));
    const ProcessResult wrongType
        = vault(QStringList { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--type"),
                              QStringLiteral("mongodb-url") }
                    + jwt,
                "mongodb://h");
    QCOMPARE(wrongType.exitCode, 2);
}

void TestSecretsCli::invalidMongoUrlIsRefused()
{
    const QByteArray before = readAll(m_vault);
    const ProcessResult r
        = vault({ QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--project"), ProjectName,
                  QStringLiteral("--name"), QStringLiteral("BROKEN"), QStringLiteral("--type"),
                  QStringLiteral("mongodb-url") },
                "mongodb://app:Sup3r@Secret@db.example.com/shop");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("'@' (write %40)"));
    QVERIFY(r.err.contains("--fix"));
    QVERIFY(!r.err.contains("Sup3r"));
    QCOMPARE(readAll(m_vault), before);
}

void TestSecretsCli::listAndHistoryAsJson()
{
    const ProcessResult list = vault({ QStringLiteral("secret"), QStringLiteral("list"),
                                       QStringLiteral("--project"), ProjectName, QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray secrets = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(secrets.size(), 2);
    QCOMPARE(secrets[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("MONGO_URL"));
    QCOMPARE(secrets[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("mongodb-url"));
    QCOMPARE(secrets[1].toObject().value(QStringLiteral("reference")).toString(),
             QStringLiteral("{{ secrets.JWT_SECRET }}"));
    QCOMPARE(secrets[1].toObject().value(QStringLiteral("versions")).toInt(), 2);
    QVERIFY(!list.out.contains(JwtSecretValue) && !list.out.contains("Tr0ub4dor"));

    const ProcessResult history = vault({ QStringLiteral("secret"), QStringLiteral("history"),
                                          QStringLiteral("--project"), ProjectName, QStringLiteral("--name"),
                                          QStringLiteral("JWT_SECRET"), QStringLiteral("--json") });
    QCOMPARE(history.exitCode, 0);
    const QJsonArray versions = QJsonDocument::fromJson(history.out).array();
    QCOMPARE(versions.size(), 2);
    const QJsonObject current = versions[0].toObject();
    QCOMPARE(current.keys(),
             QStringList({ QStringLiteral("current"), QStringLiteral("length"), QStringLiteral("updated"),
                           QStringLiteral("version") }));
    QCOMPARE(current.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(current.value(QStringLiteral("length")).toInt(), JwtSecretValue.size());
    QVERIFY(current.value(QStringLiteral("current")).toBool());
    QVERIFY(QDateTime::fromString(current.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(versions[1].toObject().value(QStringLiteral("current")).toBool(), false);
    QVERIFY(history.out.startsWith("[{\"version\":2,\"updated\":"));
}

void TestSecretsCli::rollbackAndRename()
{
    const QStringList jwt = { QStringLiteral("--project"), ProjectName, QStringLiteral("--name"),
                              QStringLiteral("JWT_SECRET") };
    const ProcessResult rollback = vault(QStringList { QStringLiteral("secret"), QStringLiteral("rollback"),
                                                       QStringLiteral("--version"), QStringLiteral("1") }
                                         + jwt);
    QCOMPARE(rollback.exitCode, 0);
    QVERIFY(rollback.err.contains("as version 3"));
    QCOMPARE(vault(QStringList { QStringLiteral("secret"), QStringLiteral("get") } + jwt).out,
             QByteArray("your-super-secret-key"));
    QCOMPARE(vault(QStringList { QStringLiteral("secret"), QStringLiteral("rollback"),
                                 QStringLiteral("--version"), QStringLiteral("2") }
                   + jwt)
                 .exitCode,
             0);
    QCOMPARE(vault(QStringList { QStringLiteral("secret"), QStringLiteral("get") } + jwt).out,
             JwtSecretValue);
    QCOMPARE(vault(QStringList { QStringLiteral("secret"), QStringLiteral("rollback"),
                                 QStringLiteral("--version"), QStringLiteral("9") }
                   + jwt)
                 .exitCode,
             8);
    QCOMPARE(vault(QStringList { QStringLiteral("secret"), QStringLiteral("rename"), QStringLiteral("--to"),
                                 QStringLiteral("TOKEN_KEY") }
                   + jwt)
                 .exitCode,
             0);
    const ProcessResult history
        = vault({ QStringLiteral("secret"), QStringLiteral("history"), QStringLiteral("--project"),
                  ProjectName, QStringLiteral("--name"), QStringLiteral("TOKEN_KEY") });
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out.count('\n'), 4); // the history moved with the name
}

void TestSecretsCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("passphrase"); // empty: the right one
    QTest::addColumn<int>("exitCode");
    const QStringList get
        = { QStringLiteral("secret"), QStringLiteral("get"),      QStringLiteral("--project"), ProjectName,
            QStringLiteral("--name"), QStringLiteral("MONGO_URL") };
    QTest::newRow("wrong passphrase") << get << QStringLiteral("not it") << 1;
    QTest::newRow("missing project") << QStringList { QStringLiteral("secret"),    QStringLiteral("get"),
                                                      QStringLiteral("--project"), QStringLiteral("nope"),
                                                      QStringLiteral("--name"),    QStringLiteral("X") }
                                     << QString() << 8;
    QTest::newRow("missing secret") << QStringList { QStringLiteral("secret"),    QStringLiteral("get"),
                                                     QStringLiteral("--project"), ProjectName,
                                                     QStringLiteral("--name"),    QStringLiteral("NOPE") }
                                    << QString() << 8;
    QTest::newRow("missing version") << get + QStringList { QStringLiteral("--version"), QStringLiteral("7") }
                                     << QString() << 8;
    QTest::newRow("no --name") << QStringList { QStringLiteral("secret"), QStringLiteral("get"),
                                                QStringLiteral("--project"), ProjectName }
                               << QString() << 2;
    QTest::newRow("bad type") << QStringList { QStringLiteral("secret"),    QStringLiteral("set"),
                                               QStringLiteral("--project"), ProjectName,
                                               QStringLiteral("--name"),    QStringLiteral("X"),
                                               QStringLiteral("--type"),    QStringLiteral("ssh-key") }
                              << QString() << 2;
    QTest::newRow("bad secret name") << QStringList {
        QStringLiteral("secret"),    QStringLiteral("set"),
        QStringLiteral("--project"), ProjectName,
        QStringLiteral("--name"),    QStringLiteral("my-db"),
        QStringLiteral("--type"),    QStringLiteral("jwt-secret")
    } << QString() << 2;
}

void TestSecretsCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, passphrase);
    QFETCH(int, exitCode);
    const QString passphraseFile
        = passphrase.isEmpty() ? m_passphraseFile : write(QStringLiteral("other"), passphrase.toUtf8());
    const QByteArray before = readAll(m_vault);
    const ProcessResult r
        = test::runCli(arguments
                           + QStringList { QStringLiteral("--vault"), m_vault,
                                           QStringLiteral("--passphrase-file"), passphraseFile },
                       "some-value", environment());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("secretbench-cli: error: "), r.err.constData());
    QCOMPARE(readAll(m_vault), before);
}

void TestSecretsCli::environmentVariableNamesTheVault()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("SECRETBENCH_VAULT"), m_vault);
    const ProcessResult list = test::runCli({ QStringLiteral("project"), QStringLiteral("list"),
                                              QStringLiteral("--passphrase-file"), m_passphraseFile },
                                            {}, env);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.startsWith("shop-prod\t"));
    // Neither given: the default location, which is empty here.
    const ProcessResult none = test::runCli({ QStringLiteral("project"), QStringLiteral("list"),
                                              QStringLiteral("--passphrase-file"), m_passphraseFile },
                                            {}, environment());
    QCOMPARE(none.exitCode, 8);
    QVERIFY(none.err.contains(
        m_dir.filePath(QStringLiteral("xdg/SecretBench/secretbench/vault.sbvault")).toUtf8()));
    QVERIFY(none.err.contains("default location"));
}

void TestSecretsCli::mongoCheck()
{
    const ProcessResult ok = test::runCli({ QStringLiteral("mongo"), QStringLiteral("check") },
                                          MongoUrlValue + "\n", environment());
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.startsWith(
        "Valid MongoDB URL: mongodb+srv://app_user:****@cluster0.example.net/shop?retryWrites=true\n"));
    QVERIFY(!ok.out.contains("Tr0ub4dor") && !ok.err.contains("Tr0ub4dor"));
    const ProcessResult fromVault
        = vault({ QStringLiteral("mongo"), QStringLiteral("check"), QStringLiteral("--project"), ProjectName,
                  QStringLiteral("--name"), QStringLiteral("MONGO_URL"), QStringLiteral("--json") });
    QCOMPARE(fromVault.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(fromVault.out).object();
    QCOMPARE(json.value(QStringLiteral("hosts")).toArray().first().toString(),
             QStringLiteral("cluster0.example.net"));
    QVERIFY(json.value(QStringLiteral("password")).toBool());
    QVERIFY(json.value(QStringLiteral("tls")).toBool());

    const QByteArray broken("mongodb://app:Sup3r@Secret@db.example.com/shop");
    const ProcessResult invalid
        = test::runCli({ QStringLiteral("mongo"), QStringLiteral("check") }, broken, environment());
    QCOMPARE(invalid.exitCode, 3);
    QVERIFY(invalid.out.isEmpty());
    QVERIFY(!invalid.err.contains("Sup3r"));
    const ProcessResult fixed = test::runCli(
        { QStringLiteral("mongo"), QStringLiteral("check"), QStringLiteral("--fix") }, broken, environment());
    QCOMPARE(fixed.exitCode, 0);
    QCOMPARE(fixed.out, QByteArray("mongodb://app:Sup3r%40Secret@db.example.com/shop"));
    QVERIFY(fixed.err.contains("mongodb://app:****@db.example.com/shop"));
    const ProcessResult warned
        = test::runCli({ QStringLiteral("mongo"), QStringLiteral("check") },
                       "mongodb://u:p@203.0.113.9/db?tls=false&fooBar=1", environment());
    QCOMPARE(warned.exitCode, 0);
    QCOMPARE(warned.out.count("warning: "), 3);
}

void TestSecretsCli::mongoCheckPingFails()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    const ProcessResult refused = test::runCli(
        { QStringLiteral("mongo"), QStringLiteral("check"), QStringLiteral("--ping"),
          QStringLiteral("--timeout-ms"), QStringLiteral("2000") },
        "mongodb://app:Sup3rSecret@127.0.0.1:" + QByteArray::number(port) + "/db", environment());
    QCOMPARE(refused.exitCode, 6);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("connection-refused (mongodb://app:****@127.0.0.1:"),
             refused.err.constData());
    QVERIFY(!refused.err.contains("Sup3rSecret"));
    const ProcessResult dns
        = test::runCli({ QStringLiteral("mongo"), QStringLiteral("check"), QStringLiteral("--ping"),
                         QStringLiteral("--timeout-ms"), QStringLiteral("2000") },
                       "mongodb://app:Sup3rSecret@nothing-here.invalid/db", environment());
    QCOMPARE(dns.exitCode, 6);
    QVERIFY(dns.err.contains("dns-failure"));
}

void TestSecretsCli::jwtWithVaultSecret()
{
    const QStringList jwt
        = { QStringLiteral("--project"), ProjectName, QStringLiteral("--name"), QStringLiteral("TOKEN_KEY") };
    const ProcessResult token
        = vault(QStringList { QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--claims"),
                              QStringLiteral(R"({"sub":"svc"})"), QStringLiteral("--expires-in"),
                              QStringLiteral("10m") }
                + jwt);
    QVERIFY2(token.exitCode == 0, token.err.constData());
    const ProcessResult verified
        = vault(QStringList { QStringLiteral("jwt"), QStringLiteral("verify") } + jwt, token.out);
    QCOMPARE(verified.exitCode, 0);
    QVERIFY(verified.out.startsWith("{\"sub\":\"svc\",\"iat\":"));
    const ProcessResult json = vault(
        QStringList { QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("--json") } + jwt,
        token.out);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("checks")).toArray().size(), 6);
    const ProcessResult mismatch = vault(QStringList { QStringLiteral("jwt"), QStringLiteral("verify"),
                                                       QStringLiteral("--alg"), QStringLiteral("HS512") }
                                             + jwt,
                                         token.out);
    QCOMPARE(mismatch.exitCode, 1);
    QCOMPARE(
        vault(QStringList { QStringLiteral("jwt"), QStringLiteral("verify") } + jwt, "not.a-token").exitCode,
        3);
    // A MongoDB URL is not a JWT secret.
    QCOMPARE(vault({ QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--project"), ProjectName,
                     QStringLiteral("--name"), QStringLiteral("MONGO_URL") })
                 .exitCode,
             2);
    QCOMPARE(test::runCli({ QStringLiteral("jwt"), QStringLiteral("sign") }, {}, environment()).exitCode, 2);
}

void TestSecretsCli::jwtGenerate()
{
    for (const auto& [alg, length] :
         { std::pair { "HS256", 43 }, std::pair { "HS384", 64 }, std::pair { "HS512", 86 } }) {
        const ProcessResult r = test::runCli({ QStringLiteral("jwt"), QStringLiteral("generate"),
                                               QStringLiteral("--alg"), QString::fromLatin1(alg) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), length);
    }
    QCOMPARE(test::runCli({ QStringLiteral("jwt"), QStringLiteral("generate"), QStringLiteral("--bytes"),
                            QStringLiteral("20") })
                 .exitCode,
             2);
}

void TestSecretsCli::leakCheck()
{
    const QByteArray clean
        = "GET /health 200\nconnected to mongodb+srv://app_user:****@cluster0.example.net/shop\n";
    const ProcessResult none = vault({ QStringLiteral("leak-check") }, clean);
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    const QByteArray leaky = "line one\nAuthorization: Bearer x\n{\"db\":\"" + MongoUrlValue
        + "\"}\npw=" + MongoPasswordDecoded.toBase64() + "\nkey " + JwtSecretValue.toHex() + "\n";
    const QString file = write(QStringLiteral("leaky.log"), leaky);
    const ProcessResult found = vault({ QStringLiteral("leak-check"), file });
    QCOMPARE(found.exitCode, 9);
    QCOMPARE(found.out.count('\n'), 3);
    QVERIFY(found.out.startsWith("line 3, column 8: shop-prod / MONGO_URL (value, raw)\n"));
    QVERIFY(found.out.contains("line 4, column 4: shop-prod / MONGO_URL (MongoDB password, base64)"));
    QVERIFY(found.out.contains("line 5, column 5: shop-prod / TOKEN_KEY (value, hex)"));
    for (const QByteArray& secret : { MongoUrlValue, MongoPasswordDecoded, JwtSecretValue }) {
        QVERIFY(!found.out.contains(secret) && !found.err.contains(secret));
    }
    const ProcessResult json = vault({ QStringLiteral("leak-check"), QStringLiteral("--json"),
                                       QStringLiteral("--project"), QStringLiteral("shop-staging") },
                                     leaky);
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, QByteArray("[]\n"));
    const ProcessResult history
        = vault({ QStringLiteral("leak-check"), QStringLiteral("--history") }, "old: your-super-secret-key");
    QCOMPARE(history.exitCode, 9);
    QVERIFY(history.out.contains("(old version"));
}

void TestSecretsCli::changePassphrase()
{
    const QString newFile = write(QStringLiteral("new-passphrase"), "an even better passphrase\n");
    QCOMPARE(vault({ QStringLiteral("vault"), QStringLiteral("passwd"),
                     QStringLiteral("--new-passphrase-file"), newFile })
                 .exitCode,
             0);
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("list") }).exitCode, 1);
    m_passphraseFile = newFile;
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("list") }).exitCode, 0);
}

void TestSecretsCli::removeSecretAndProject()
{
    QCOMPARE(vault({ QStringLiteral("secret"), QStringLiteral("remove"), QStringLiteral("--project"),
                     ProjectName, QStringLiteral("--name"), QStringLiteral("TOKEN_KEY") })
                 .exitCode,
             0);
    QCOMPARE(vault({ QStringLiteral("secret"), QStringLiteral("remove"), QStringLiteral("--project"),
                     ProjectName, QStringLiteral("--name"), QStringLiteral("TOKEN_KEY") })
                 .exitCode,
             8);
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("remove"), ProjectName }).exitCode, 0);
    QCOMPARE(vault({ QStringLiteral("project"), QStringLiteral("list") }).out,
             QByteArray("shop-staging\t0\n"));
    // No plaintext in the vault or its backup, ever.
    for (const QString& file : { m_vault, m_vault + QStringLiteral(".bak") }) {
        const QByteArray bytes = readAll(file);
        QVERIFY(!bytes.isEmpty());
        for (const QByteArray& secret : { MongoUrlValue, MongoPasswordDecoded, JwtSecretValue,
                                          QByteArray("your-super-secret-key"), QByteArray("shop-staging") }) {
            QVERIFY(!bytes.contains(secret));
        }
    }
}

QTEST_GUILESS_MAIN(TestSecretsCli)
#include "TestSecretsCli.moc"
