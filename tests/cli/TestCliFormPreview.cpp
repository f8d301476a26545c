// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/JsonText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using test::ProcessResult;

// secretbench-cli lint, payload build and payload decrypt, run as a script would.
class TestCliFormPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lintClean();
    void lintErrors();
    void lintJson();
    void lintFailures_data();
    void lintFailures();
    void buildAndDecrypt_data();
    void buildAndDecrypt();
    void buildRequest();
    void buildFailures_data();
    void buildFailures();
    void decryptFailures_data();
    void decryptFailures();

private:
    QString write(const QString& name, const QByteArray& contents);
    QProcessEnvironment env(bool withSecret = false) const;

    QTemporaryDir m_dir;
    QString m_secretFile;
    QString m_definition;
    QString m_values;
};

namespace {
const QByteArray ClientSecret("cli-form-preview-client-secret-0123456789");
const QString Examples = QStringLiteral(SECRETBENCH_SOURCE_DIR "/resources/examples/");
} // namespace

QString TestCliFormPreview::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QProcessEnvironment TestCliFormPreview::env(bool withSecret) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PORT_CLIENT_SECRET"));
    if (withSecret) {
        e.insert(QStringLiteral("PORT_CLIENT_SECRET"), QString::fromLatin1(ClientSecret));
    }
    return e;
}

void TestCliFormPreview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_secretFile = write(QStringLiteral("secret"), ClientSecret + "\n");
    const QByteArray pub = test::readData(QStringLiteral("keys/rsa2048.pub.pem"));
    m_definition
        = write(QStringLiteral("definition.json"),
                "{\"identifier\":\"deploy\",\"trigger\":{\"type\":\"self-service\",\"operation\":\"CREATE\","
                "\"userInputs\":{"
                "\"properties\":{"
                "\"password\":{\"type\":\"string\",\"encryption\":\"aes256-gcm\",\"minLength\":4},"
                "\"cert\":{\"type\":\"string\",\"format\":\"multi-line\",\"encryption\":\"aes256-gcm\"},"
                "\"creds\":{\"type\":\"object\",\"encryption\":{\"algorithm\":\"client-side\",\"key\":"
                    + JsonText::quoted(pub)
                    + "}},"
                      "\"apiKey\":{\"type\":\"string\",\"encryption\":{\"algorithm\":\"client-side\",\"key\":"
                    + JsonText::quoted(pub)
                    + "}},"
                      "\"region\":{\"type\":\"string\",\"enum\":[\"eu\",\"us\"]}},"
                      "\"required\":[\"password\"]}},"
                      "\"invocationMethod\":{\"type\":\"WEBHOOK\",\"url\":\"https://backend.example/{{ "
                      ".inputs.region }}\","
                      "\"headers\":{\"RUN_ID\":\"{{ .run.id }}\"},"
                      "\"body\":{\"run\":\"{{ .run.id }}\",\"secrets\":{\"pw\":\"{{ .inputs.password "
                      "}}\",\"cert\":\"{{ "
                      ".inputs.cert }}\",\"creds\":\"{{ .inputs.creds }}\",\"key\":\"{{ .inputs.apiKey "
                      "}}\"},\"region\":\"{{ "
                      ".inputs.region }}\"}}}");
    m_values = write(
        QStringLiteral("values.json"),
        R"({"password":"hunter2","cert":"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n","creds":{"user":"ops","n":1.50},"apiKey":"k-123","region":"eu"})");
}

void TestCliFormPreview::lintClean()
{
    const ProcessResult r = test::runCli(
        { QStringLiteral("lint"), Examples + QStringLiteral("multi-step-jq.json") }, {}, env());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
}

void TestCliFormPreview::lintErrors()
{
    const QString path = write(QStringLiteral("bad.json"),
                               "{\n  \"pw\": {\"type\": \"string\", \"encryption\": \"aes256-gcm\",\n        "
                               " \"default\": \"x\"}\n}\n");
    const ProcessResult r = test::runCli({ QStringLiteral("lint"), path }, {}, env());
    QCOMPARE(r.exitCode, 5);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(path + QStringLiteral(":3:21: error: ")), r.out.constData());
    QVERIFY(out.contains(QLatin1String("[secret-default]")));
    QVERIFY(out.contains(QLatin1String("      fix: ")));
    // Warnings alone keep exit 0.
    const QString warn = write(QStringLiteral("warn.json"), R"({"a":{"type":"string","format":"colour"}})");
    const ProcessResult w = test::runCli({ QStringLiteral("lint"), warn }, {}, env());
    QCOMPARE(w.exitCode, 0);
    QVERIFY(w.out.contains("warning:"));
}

void TestCliFormPreview::lintJson()
{
    const QString path
        = write(QStringLiteral("two.json"), R"({"properties":{"a":{"type":"nope"}},"required":["zz"]})");
    const ProcessResult r
        = test::runCli({ QStringLiteral("lint"), QStringLiteral("--json"), path }, {}, env());
    QCOMPARE(r.exitCode, 5);
    auto list = JsonText::parse(r.out);
    QVERIFY(list && list->isArray());
    QCOMPARE(list->size(), 2);
    const JsonNode& first = list->items[0];
    QCOMPARE(first.find(u"rule")->string, QStringLiteral("type-unknown"));
    QCOMPARE(first.find(u"severity")->string, QStringLiteral("error"));
    QCOMPARE(first.find(u"line")->number, 1.0);
    QCOMPARE(first.find(u"column")->number, 28.0);
    QCOMPARE(first.find(u"pointer")->string, QStringLiteral("/properties/a/type"));
    QCOMPARE(first.find(u"input")->string, QStringLiteral("a"));
    QVERIFY(!first.find(u"fix")->string.isEmpty());
    QCOMPARE(list->items[1].find(u"input")->kind, JsonNode::Kind::String);
}

void TestCliFormPreview::lintFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("missing file") << QStringList { QStringLiteral("lint"),
                                                   QStringLiteral("/nonexistent/x.json") }
                                  << 4;
    QTest::newRow("no file") << QStringList { QStringLiteral("lint") } << 2;
    QTest::newRow("two files") << QStringList { QStringLiteral("lint"), QStringLiteral("a"),
                                                QStringLiteral("b") }
                               << 2;
}

void TestCliFormPreview::lintFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const ProcessResult r = test::runCli(arguments, {}, env());
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QByteArray());
    // Invalid JSON is a lint error, with its position.
    const QString path = write(QStringLiteral("broken.json"), "{\n\"a\": }");
    const ProcessResult broken = test::runCli({ QStringLiteral("lint"), path }, {}, env());
    QCOMPARE(broken.exitCode, 5);
    QVERIFY(broken.out.contains(":2:6: error:"));
    QVERIFY(broken.out.contains("[json-syntax]"));
}

void TestCliFormPreview::buildAndDecrypt_data()
{
    QTest::addColumn<bool>("withDefinition");
    QTest::addColumn<bool>("secretFromEnvironment");
    QTest::newRow("guided by the definition") << true << false;
    QTest::newRow("scanning, PORT_CLIENT_SECRET") << false << true;
}

void TestCliFormPreview::buildAndDecrypt()
{
    QFETCH(bool, withDefinition);
    QFETCH(bool, secretFromEnvironment);
    QStringList keyArgs = secretFromEnvironment
        ? QStringList {}
        : QStringList { QStringLiteral("--client-secret-file"), m_secretFile };
    const ProcessResult built = test::runCli(
        QStringList { QStringLiteral("payload"), QStringLiteral("build"), QStringLiteral("--definition"),
                      m_definition, QStringLiteral("--values"), m_values, QStringLiteral("--request"),
                      QStringLiteral("--run-id"), QStringLiteral("r_cli") }
            + keyArgs,
        {}, env(secretFromEnvironment));
    QVERIFY2(built.exitCode == 0, built.err.constData());
    auto request = JsonText::parse(built.out);
    QVERIFY(request);
    const QByteArray body = JsonText::serialize(*request->find(u"body"));
    QVERIFY(!body.contains("hunter2"));
    QVERIFY(!body.contains("k-123"));

    QStringList decryptArgs
        = { QStringLiteral("payload"), QStringLiteral("decrypt"), QStringLiteral("--private-key"),
            test::dataPath(QStringLiteral("keys/rsa2048.pem")) };
    decryptArgs += keyArgs;
    if (withDefinition) {
        decryptArgs << QStringLiteral("--definition") << m_definition;
    }
    const ProcessResult decrypted = test::runCli(decryptArgs, body, env(secretFromEnvironment));
    QVERIFY2(decrypted.exitCode == 0, decrypted.err.constData());
    auto plain = JsonText::parse(decrypted.out);
    QVERIFY(plain);
    QCOMPARE(
        JsonText::serialize(*plain),
        QByteArray(
            R"({"run":"r_cli","secrets":{"pw":"hunter2","cert":"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n","creds":{"user":"ops","n":1.5},"key":"k-123"},"region":"eu"})"));
    const QString report = QString::fromUtf8(decrypted.err);
    QVERIFY2(report.contains(QLatin1String("$.secrets.pw")), decrypted.err.constData());
    QVERIFY(report.contains(QLatin1String("client-side")));
    QCOMPARE(report.count(QLatin1String("  ok")), 4);
    if (withDefinition) {
        QVERIFY(report.contains(QLatin1String("$.secrets.creds  creds  client-side  ok")));
    }
}

void TestCliFormPreview::buildRequest()
{
    const ProcessResult props = test::runCli(
        { QStringLiteral("payload"), QStringLiteral("build"), QStringLiteral("--definition"), m_definition,
          QStringLiteral("--values"), m_values, QStringLiteral("--client-secret-file"), m_secretFile },
        {}, env());
    QCOMPARE(props.exitCode, 0);
    auto properties = JsonText::parse(props.out);
    QCOMPARE(properties->keys,
             (QStringList { QStringLiteral("password"), QStringLiteral("cert"), QStringLiteral("creds"),
                            QStringLiteral("apiKey"), QStringLiteral("region") }));
    QCOMPARE(properties->find(u"region")->string, QStringLiteral("eu"));

    const ProcessResult r = test::runCli(
        { QStringLiteral("payload"), QStringLiteral("build"), QStringLiteral("--definition"), m_definition,
          QStringLiteral("--values"), m_values, QStringLiteral("--client-secret-file"), m_secretFile,
          QStringLiteral("--request"), QStringLiteral("--run-id"), QStringLiteral("r_42") },
        {}, env());
    QCOMPARE(r.exitCode, 0);
    auto request = JsonText::parse(r.out);
    QCOMPARE(request->find(u"method")->string, QStringLiteral("POST"));
    QCOMPARE(request->find(u"url")->string, QStringLiteral("https://backend.example/eu"));
    QCOMPARE(request->find(u"headers")->find(u"RUN_ID")->string, QStringLiteral("r_42"));
    QCOMPARE(request->find(u"body")->find(u"run")->string, QStringLiteral("r_42"));

    // Without an invocation method: Port's run payload, as the documented backends read it.
    const QString bare
        = write(QStringLiteral("bare.json"),
                R"({"properties":{"secret-property":{"type":"string","encryption":"aes256-gcm"}}})");
    const QString values = write(QStringLiteral("bare-values.json"), R"({"secret-property":"s3"})");
    const ProcessResult b
        = test::runCli({ QStringLiteral("payload"), QStringLiteral("build"), QStringLiteral("--definition"),
                         bare, QStringLiteral("--values"), values, QStringLiteral("--request") },
                       {}, env(true));
    QCOMPARE(b.exitCode, 0);
    QVERIFY(JsonText::parse(b.out)
                ->find(u"body")
                ->find(u"payload")
                ->find(u"properties")
                ->find(u"secret-property"));
}

void TestCliFormPreview::buildFailures_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no client secret")
        << QByteArray(R"({"password":"hunter2"})") << false << 2 << "client secret";
    QTest::newRow("value too short") << QByteArray(R"({"password":"abc"})") << true << 3 << "At least 4";
    QTest::newRow("required missing")
        << QByteArray(R"({"region":"eu"})") << true << 3 << "password: Required.";
    QTest::newRow("not in the enum") << QByteArray(R"({"password":"hunter2","region":"mars"})") << true << 3
                                     << "allowed values";
    QTest::newRow("unknown input") << QByteArray(R"({"password":"hunter2","nope":1})") << true << 8
                                   << "not an input";
    QTest::newRow("secret of the wrong type")
        << QByteArray(R"({"password":42})") << true << 3 << "must be a string";
    QTest::newRow("values not JSON") << QByteArray("{") << true << 3 << "not JSON";
}

void TestCliFormPreview::buildFailures()
{
    QFETCH(QByteArray, values);
    QFETCH(bool, withKey);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path = write(QStringLiteral("v.json"), values);
    QStringList args = { QStringLiteral("payload"),      QStringLiteral("build"),
                         QStringLiteral("--definition"), m_definition,
                         QStringLiteral("--values"),     path };
    if (withKey) {
        args << QStringLiteral("--client-secret-file") << m_secretFile;
    }
    const ProcessResult r = test::runCli(args, {}, env());
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(!r.err.contains("hunter2"));
}

void TestCliFormPreview::decryptFailures_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no key") << QStringList {} << QByteArray("{}") << 2;
    QTest::newRow("no secret in the body")
        << QStringList { QStringLiteral("--client-secret-file"), QStringLiteral("SECRET") }
        << QByteArray(R"({"a":"hello"})") << 8;
    QTest::newRow("body not JSON") << QStringList { QStringLiteral("--client-secret-file"),
                                                    QStringLiteral("SECRET") }
                                   << QByteArray("{") << 3;
    QTest::newRow("wrong key") << QStringList { QStringLiteral("--client-secret-file"),
                                                QStringLiteral("OTHER") }
                               << QByteArray("BODY") << 1;
}

void TestCliFormPreview::decryptFailures()
{
    QFETCH(QStringList, keys);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    if (body == "BODY") {
        const ProcessResult built = test::runCli(
            { QStringLiteral("payload"), QStringLiteral("build"), QStringLiteral("--definition"),
              m_definition, QStringLiteral("--values"), m_values, QStringLiteral("--client-secret-file"),
              m_secretFile, QStringLiteral("--request") },
            {}, env());
        body = JsonText::serialize(*JsonText::parse(built.out)->find(u"body"));
    }
    keys.replaceInStrings(QStringLiteral("SECRET"), m_secretFile);
    keys.replaceInStrings(QStringLiteral("OTHER"), write(QStringLiteral("other"), QByteArray(40, 'o')));
    const ProcessResult r = test::runCli(
        QStringList { QStringLiteral("payload"), QStringLiteral("decrypt") } + keys, body, env());
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out, QByteArray());
}

QTEST_GUILESS_MAIN(TestCliFormPreview)
#include "TestCliFormPreview.moc"
