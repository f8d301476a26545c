// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/secrets/SecretsTestSupport.h"
#include "TestSupport.h"
#include "common/Hardening.h"
#include "secrets/LeakCheck.h"

#include <QLoggingCategory>

#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test;

// No secret ever leaves the vault by accident. With every Qt logging category
// on (QT_LOGGING_RULES="*.debug=true"), the CLI flows and the GUI flows (the
// workspace test, run as a child) are searched -- with SecretBench's own leak
// checker, so base64, hex, URL-encoded and JSON-escaped forms count too --
// for every secret value, the MongoDB passwords and the passphrases. The vault
// file and its backup must hold no plaintext either.
class TestSecretsLeaks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliFlows();
    void guiFlows();
    void vaultFilesHoldNoPlaintext();
    void typingCategoriesStayOff();

private:
    ProcessResult cli(QStringList arguments, const QByteArray& input = {});
    void expectClean(const QByteArray& output, const QString& what);

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_passphraseFile;
    QProcessEnvironment m_env;
    LeakChecker m_checker;
};

namespace {
const QByteArray Invalid("mongodb://app:Inv4lid-p@ss@db.example.com/shop"); // stored nowhere, typed wrongly
} // namespace

void TestSecretsLeaks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.filePath(QStringLiteral("leaks.sbvault"));
    m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
    QVERIFY(writeAll(m_passphraseFile, VaultPassphrase));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.remove(QStringLiteral("SECRETBENCH_VAULT"));

    const QString label = QStringLiteral("test");
    for (const QByteArray& url : { MongoUrlValue, GuiMongoTyped, GuiMongoFixed, Invalid }) {
        m_checker.addSecret(label, ProjectSecretType::MongoDbUrl, url);
    }
    for (const QByteArray& secret : { JwtSecretValue, GuiJwtFirst, VaultPassphrase, GuiPassphrase,
                                      MongoPasswordDecoded, GuiMongoPassword, QByteArray("Inv4lid-p@ss") }) {
        m_checker.addSecret(label, ProjectSecretType::JwtSecret, secret);
    }
}

ProcessResult TestSecretsLeaks::cli(QStringList arguments, const QByteArray& input)
{
    arguments << QStringLiteral("--vault") << m_vault << QStringLiteral("--passphrase-file")
              << m_passphraseFile;
    return test::run(test::cliPath(), arguments, input, m_env);
}

void TestSecretsLeaks::expectClean(const QByteArray& output, const QString& what)
{
    const QList<LeakFinding> findings = m_checker.scan(output);
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("%1: %2").arg(
                 what, findings.isEmpty() ? QString() : findings.first().describe())));
}

void TestSecretsLeaks::cliFlows()
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost);
    const QByteArray closedUrl = "mongodb://app:" + MongoPasswordDecoded.toPercentEncoding()
        + "@127.0.0.1:" + QByteArray::number(closed.serverPort()) + "/db";
    closed.close();
    const QStringList p = { QStringLiteral("--project"), QStringLiteral("prod") };
    const QStringList mongo = p + QStringList { QStringLiteral("--name"), QStringLiteral("MONGO_URL") };
    const QStringList jwt = p + QStringList { QStringLiteral("--name"), QStringLiteral("JWT_SECRET") };
    struct Step
    {
        Step(QStringList a, QByteArray i = {}, bool secretOut = false)
            : arguments(std::move(a))
            , input(std::move(i))
            , stdoutIsTheSecret(secretOut)
        { }
        QStringList arguments;
        QByteArray input;
        bool stdoutIsTheSecret; // by contract: secret get
    };
    const QList<Step> steps = {
        { { QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf-memory"),
            QStringLiteral("64") } },
        { { QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("prod") } },
        { QStringList { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--type"),
                        QStringLiteral("mongodb-url") }
              + mongo,
          MongoUrlValue },
        { QStringList { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--type"),
                        QStringLiteral("mongodb-url"), QStringLiteral("--name"), QStringLiteral("BROKEN") }
              + p,
          Invalid },
        { QStringList { QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--type"),
                        QStringLiteral("jwt-secret") }
              + jwt,
          "short" },
        { QStringList { QStringLiteral("secret"), QStringLiteral("set") } + jwt, JwtSecretValue },
        { QStringList { QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("--json") } + p },
        { QStringList { QStringLiteral("secret"), QStringLiteral("history") } + jwt },
        { QStringList { QStringLiteral("secret"), QStringLiteral("get") } + jwt, {}, true },
        { QStringList { QStringLiteral("mongo"), QStringLiteral("check") } + mongo },
        { QStringList { QStringLiteral("mongo"), QStringLiteral("check"), QStringLiteral("--json") }
          + mongo },
        { { QStringLiteral("mongo"), QStringLiteral("check") }, Invalid },
        { { QStringLiteral("mongo"), QStringLiteral("check"), QStringLiteral("--ping"),
            QStringLiteral("--timeout-ms"), QStringLiteral("2000") },
          closedUrl },
        { QStringList { QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--expires-in"),
                        QStringLiteral("1h") }
          + jwt },
        { QStringList { QStringLiteral("jwt"), QStringLiteral("verify") } + jwt, "eyJhbGciOiJub25lIn0.e30." },
        { { QStringLiteral("leak-check") },
          "log: " + MongoUrlValue + "\nkey=" + JwtSecretValue.toBase64() + "\n" },
        { { QStringLiteral("project"), QStringLiteral("list") }, {} },
        { QStringList { QStringLiteral("secret"), QStringLiteral("rollback"), QStringLiteral("--version"),
                        QStringLiteral("1") }
          + jwt },
        { { QStringLiteral("vault"), QStringLiteral("info") } },
    };
    for (const Step& step : steps) {
        const ProcessResult r = cli(step.arguments, step.input);
        const QString what = step.arguments.join(QLatin1Char(' '));
        QVERIFY2(!r.crashed, qPrintable(what));
        if (!step.stdoutIsTheSecret) {
            expectClean(r.out, what + QStringLiteral(" (stdout)"));
        } else {
            QCOMPARE(r.out, JwtSecretValue);
        }
        expectClean(r.err, what + QStringLiteral(" (stderr)"));
    }
}

void TestSecretsLeaks::guiFlows()
{
    const QString gui = QStringLiteral(SECRETBENCH_GUI_TEST);
    QVERIFY(QFileInfo(gui).isExecutable());
    const ProcessResult r = test::run(gui, {}, {}, m_env, 300000);
    QVERIFY2(r.exitCode == 0 && !r.crashed, r.out.right(2000).constData());
    QVERIFY(r.out.contains("Totals: "));
    QVERIFY(r.err.contains("qt.") || r.out.contains("qt.")); // the categories really were on
    expectClean(r.out, QStringLiteral("GUI test stdout"));
    expectClean(r.err, QStringLiteral("GUI test stderr"));
}

void TestSecretsLeaks::vaultFilesHoldNoPlaintext()
{
    for (const QString& file : { m_vault, m_vault + QStringLiteral(".bak") }) {
        const QByteArray bytes = readAll(file);
        QVERIFY2(bytes.size() > 112, qPrintable(file));
        expectClean(bytes, file);
        QVERIFY(!bytes.contains("prod") && !bytes.contains("MONGO_URL"));
    }
}

void TestSecretsLeaks::typingCategoriesStayOff()
{
    // Even with every category switched on, those that can print what is
    // typed stay off in the application (Hardening::restrictSensitiveLogging).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    Hardening::restrictSensitiveLogging();
    QLoggingCategory keyEvents("qt.qpa.input.events");
    QLoggingCategory accessibility("qt.accessibility.core");
    QLoggingCategory other("qt.core.plugin.factoryloader");
    QVERIFY(!keyEvents.isDebugEnabled());
    QVERIFY(!accessibility.isDebugEnabled());
    QVERIFY(other.isDebugEnabled());
}

QTEST_GUILESS_MAIN(TestSecretsLeaks)
#include "TestSecretsLeaks.moc"
