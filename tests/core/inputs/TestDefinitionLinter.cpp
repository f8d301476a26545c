// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "inputs/DefinitionLinter.h"

#include <QTest>

using namespace sb;

// Every lint rule with a definition that breaks it and one that does not.
class TestDefinitionLinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void positionsPointToTheProblem();
    void shapes_data();
    void shapes();
    void unreadableText_data();
    void unreadableText();
    void everyRuleHasAFix();
};

namespace {

QByteArray pem(const QString& name)
{
    return test::readData(QStringLiteral("keys/") + name);
}

// A whole action around a properties object (and optional userInputs/action extras).
QByteArray action(const QByteArray& properties,
                  const QByteArray& userInputsExtra = {},
                  const QByteArray& actionExtra = {})
{
    return "{\"identifier\":\"a\",\"trigger\":{\"type\":\"self-service\",\"operation\":\"CREATE\","
           "\"userInputs\":{"
           "\"properties\":"
        + properties + userInputsExtra + "}}" + actionExtra + "}";
}

QByteArray clientSide(const QByteArray& keyFile)
{
    return "{\"s\":{\"type\":\"string\",\"encryption\":{\"algorithm\":\"client-side\",\"key\":"
        + JsonText::quoted(pem(QString::fromLatin1(keyFile))) + "}}}";
}

QStringList rulesOf(const QList<LintProblem>& problems)
{
    QStringList out;
    for (const LintProblem& p : problems) {
        out << p.rule;
    }
    return out;
}

} // namespace

void TestDefinitionLinter::rules_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<int>("severity");
    const int E = int(Severity::Error);
    const int W = int(Severity::Warning);

    auto both = [&](const char* rule, int severity, const QByteArray& failing, const QByteArray& passing) {
        QTest::addRow("%s: fails", rule) << failing << QString::fromLatin1(rule) << true << severity;
        QTest::addRow("%s: passes", rule) << passing << QString::fromLatin1(rule) << false << severity;
    };
    both("type-missing", E, action(R"({"a":{"title":"A"}})"), action(R"({"a":{"type":"string"}})"));
    both("type-unknown", E, action(R"({"a":{"type":"secret"}})"), action(R"({"a":{"type":"boolean"}})"));
    both("input-not-object", E, action(R"({"a":"string"})"), action(R"({"a":{"type":"string"}})"));
    both("format-unknown", W, action(R"({"a":{"type":"string","format":"colour"}})"),
         action(R"({"a":{"type":"string","format":"yaml"}})"));
    both("entity-blueprint", E, action(R"({"a":{"type":"string","format":"entity"}})"),
         action(R"({"a":{"type":"string","format":"entity","blueprint":"service"}})"));
    both("secret-format", E, action(R"({"a":{"type":"string","format":"url","encryption":"aes256-gcm"}})"),
         action(R"({"a":{"type":"string","format":"multi-line","encryption":"aes256-gcm"}})"));
    both("encryption-type", E, action(R"({"a":{"type":"number","encryption":"aes256-gcm"}})"),
         action(R"({"a":{"type":"object","encryption":"aes256-gcm"}})"));
    QTest::addRow("encryption-type: array items")
        << action(R"({"a":{"type":"array","items":{"type":"string","encryption":"aes256-gcm"}}})")
        << QStringLiteral("encryption-type") << true << E;
    both("encryption-unknown", E, action(R"({"a":{"type":"string","encryption":"aes128-cbc"}})"),
         action(R"({"a":{"type":"string","encryption":"aes256-gcm"}})"));
    QTest::addRow("encryption-unknown: algorithm")
        << action(R"({"a":{"type":"string","encryption":{"algorithm":"rsa","key":"x"}}})")
        << QStringLiteral("encryption-unknown") << true << E;
    both(
        "client-key-unreadable", E,
        action(
            R"({"s":{"type":"string","encryption":{"algorithm":"client-side","key":"-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"}}})"),
        action(clientSide("rsa2048.pub.pem")));
    QTest::addRow("client-key-unreadable: EC key")
        << action(clientSide("ec256.pub.pem")) << QStringLiteral("client-key-unreadable") << true << E;
    QTest::addRow("client-key-unreadable: no key")
        << action(R"({"s":{"type":"string","encryption":{"algorithm":"client-side"}}})")
        << QStringLiteral("client-key-unreadable") << true << E;
    both("client-key-too-small", E, action(clientSide("rsa1024.pub.pem")),
         action(clientSide("rsa3072.pub.pem")));
    both("secret-default", E,
         action(R"({"a":{"type":"string","encryption":"aes256-gcm","default":"hunter2"}})"),
         action(R"({"a":{"type":"string","encryption":"aes256-gcm"}})"));
    both("order-unknown", E, action(R"({"a":{"type":"string"}})", R"(,"order":["a","b"])"),
         action(R"({"a":{"type":"string"}})", R"(,"order":["a"])"));
    both("order-duplicate", W, action(R"({"a":{"type":"string"}})", R"(,"order":["a","a"])"),
         action(R"({"a":{"type":"string"},"b":{"type":"string"}})", R"(,"order":["b","a"])"));
    QTest::addRow("order-unknown: a title is fine")
        << action(R"({"a":{"type":"string"}})", R"(,"order":["t","a"],"titles":{"t":{"title":"T"}})")
        << QStringLiteral("order-unknown") << false << E;
    both("required-unknown", E, action(R"({"a":{"type":"string"}})", R"(,"required":["zz"])"),
         action(R"({"a":{"type":"string"}})", R"(,"required":["a"])"));
    both("required-duplicate", W, action(R"({"a":{"type":"string"}})", R"(,"required":["a","a"])"),
         action(R"({"a":{"type":"string"}})", R"(,"required":["a"])"));
    both("steps-unknown", E,
         action(R"({"a":{"type":"string"}})", R"(,"steps":[{"title":"1","order":["a","x"]}])"),
         action(R"({"a":{"type":"string"}})", R"(,"steps":[{"title":"1","order":["a"]}])"));
    both("steps-duplicate", W,
         action(R"({"a":{"type":"string"}})",
                R"(,"steps":[{"title":"1","order":["a"]},{"title":"2","order":["a"]}])"),
         action(R"({"a":{"type":"string"},"b":{"type":"string"}})",
                R"(,"steps":[{"title":"1","order":["a"]},{"title":"2","order":["b"]}])"));
    both("steps-missing-input", E,
         action(R"({"a":{"type":"string"},"b":{"type":"string"}})",
                R"(,"steps":[{"title":"1","order":["a"]}])"),
         action(R"({"a":{"type":"string"},"b":{"type":"string"}})",
                R"(,"steps":[{"title":"1","order":["a","b"]}])"));
    both("steps-empty", W,
         action(R"({"a":{"type":"string"}})",
                R"(,"steps":[{"title":"1","order":["a"]},{"title":"2","order":[]}])"),
         action(R"({"a":{"type":"string"}})", R"(,"steps":[{"title":"1","order":["a"]}])"));
    both("pattern-invalid", E, action(R"({"a":{"type":"string","pattern":"^(ab"}})"),
         action(R"({"a":{"type":"string","pattern":"^(ab)+\\d$"}})"));
    both("default-invalid", E, action(R"({"a":{"type":"string","maxLength":3,"default":"toolong"}})"),
         action(R"({"a":{"type":"string","maxLength":3,"default":"ok"}})"));
    QTest::addRow("default-invalid: enum")
        << action(R"({"a":{"type":"string","enum":["x","y"],"default":"z"}})")
        << QStringLiteral("default-invalid") << true << E;
    QTest::addRow("default-invalid: range")
        << action(R"({"a":{"type":"number","minimum":1,"maximum":5,"default":9}})")
        << QStringLiteral("default-invalid") << true << E;
    QTest::addRow("default-invalid: pattern")
        << action(R"({"a":{"type":"string","pattern":"^v\\d+$","default":"x1"}})")
        << QStringLiteral("default-invalid") << true << E;
    QTest::addRow("default-invalid: type") << action(R"({"a":{"type":"boolean","default":"yes"}})")
                                           << QStringLiteral("default-invalid") << true << E;
    both("range-empty", E, action(R"({"a":{"type":"number","minimum":5,"maximum":1}})"),
         action(R"({"a":{"type":"number","minimum":1,"maximum":5}})"));
    both("enum-invalid", E, action(R"({"a":{"type":"number","enum":[1,"two"]}})"),
         action(R"({"a":{"type":"number","enum":[1,2]}})"));
    both("enum-colors", W, action(R"({"a":{"type":"string","enum":["x"],"enumColors":{"y":"red"}}})"),
         action(R"({"a":{"type":"string","enum":["x"],"enumColors":{"x":"red"}}})"));
    both("items-type", E, action(R"({"a":{"type":"array","items":{"type":"thing"}}})"),
         action(R"({"a":{"type":"array","items":{"type":"number"}}})"));
    both(
        "depends-unknown", E,
        action(R"({"a":{"type":"string","visible":{"jqQuery":"true"},"dependsOn":["nope"]}})"),
        action(
            R"({"a":{"type":"string"},"b":{"type":"string","visible":{"jqQuery":".form.a == \"x\""},"dependsOn":["a"]}})"));
    both("jq-syntax", E, action(R"({"a":{"type":"string","visible":{"jqQuery":".form.b =="}}})"),
         action(R"({"a":{"type":"string","visible":{"jqQuery":".form.b == \"x\""}}})"));
    QTest::addRow("jq-syntax: template") << action(
        R"({"a":{"type":"string"}})", {},
        R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","body":{"a":"{{ .inputs.a | }}"}})")
                                         << QStringLiteral("jq-syntax") << true << E;
    QTest::addRow("jq-syntax: enum") << action(R"({"a":{"type":"string","enum":{"jqQuery":"[.user.email"}}})")
                                     << QStringLiteral("jq-syntax") << true << E;
    both("jq-runtime", W,
         action(R"x({"a":{"type":"string","default":{"jqQuery":".user.email | error(\"no\")"}}})x"),
         action(R"({"a":{"type":"string","default":{"jqQuery":".user.email"}}})"));
    const QByteArray secret
        = R"({"pw":{"type":"string","encryption":"aes256-gcm"},"name":{"type":"string"}})";
    both(
        "secret-in-header", E,
        action(
            secret, {},
            R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","headers":{"Authorization":"Bearer {{ .inputs.pw }}"}})"),
        action(
            secret, {},
            R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","headers":{"X-Name":"{{ .inputs.name }}"},"body":{"pw":"{{ .inputs.pw }}"}})"));
    QTest::addRow("secret-in-header: whole inputs") << action(
        secret, {},
        R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","headers":{"X":"{{ .inputs | tostring }}"}})")
                                                    << QStringLiteral("secret-in-header") << true << E;
    QTest::addRow("secret-in-header: bracket form") << action(
        secret, {},
        R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","headers":{"X":"{{ .inputs[\"pw\"] }}"}})")
                                                    << QStringLiteral("secret-in-header") << true << E;
    both("secret-in-url", E,
         action(secret, {},
                R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example/?k={{ .inputs.pw }}"})"),
         action(secret, {},
                R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example/{{ .inputs.name }}"})"));
    both(
        "secret-github-ocean", E,
        action(
            secret, {},
            R"(,"invocationMethod":{"type":"INTEGRATION_ACTION","installationId":"gh","integrationActionType":"dispatch_workflow","integrationActionExecutionProperties":{"workflow":"w.yml"}})"),
        action(
            R"({"name":{"type":"string"}})", {},
            R"(,"invocationMethod":{"type":"INTEGRATION_ACTION","installationId":"gh","integrationActionType":"dispatch_workflow"})"));
    both(
        "webhook-url", E,
        action(R"({"a":{"type":"string"}})", {}, R"(,"invocationMethod":{"type":"WEBHOOK","url":"ftp://x"})"),
        action(R"({"a":{"type":"string"}})", {},
               R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example/hook"})"));
    QTest::addRow("webhook-url: plain http with secrets")
        << action(secret, {}, R"(,"invocationMethod":{"type":"WEBHOOK","url":"http://backend.example/hook"})")
        << QStringLiteral("webhook-url") << true << W;
    QTest::addRow("webhook-url: loopback http is fine")
        << action(secret, {}, R"(,"invocationMethod":{"type":"WEBHOOK","url":"http://127.0.0.1:8080/"})")
        << QStringLiteral("webhook-url") << false << W;
    both("webhook-method", W,
         action(R"({"a":{"type":"string"}})", {},
                R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","method":"FETCH"})"),
         action(R"({"a":{"type":"string"}})", {},
                R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","method":"put"})"));
    both("invocation-invalid", W,
         action(R"({"a":{"type":"string"}})", {}, R"(,"invocationMethod":{"type":"CARRIER_PIGEON"})"),
         action(R"({"a":{"type":"string"}})", {},
                R"(,"invocationMethod":{"type":"GITHUB","org":"o","repo":"r","workflow":"w.yml"})"));
    both(
        "template-syntax", E,
        action(
            R"({"a":{"type":"string"}})", {},
            R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","body":{"a":"{{ .inputs.a"}})"),
        action(
            R"({"a":{"type":"string"}})", {},
            R"(,"invocationMethod":{"type":"WEBHOOK","url":"https://x.example","body":{"a":"{{ .inputs.a }}"}})"));
    both("no-inputs", int(Severity::Info), action("{}"), action(R"({"a":{"type":"string"}})"));
}

void TestDefinitionLinter::rules()
{
    QFETCH(QByteArray, definition);
    QFETCH(QString, rule);
    QFETCH(bool, expected);
    QFETCH(int, severity);
    const DefinitionLinter::Outcome outcome = DefinitionLinter::lintText(definition);
    QVERIFY2(outcome.definition, definition.constData());
    const LintProblem* found = nullptr;
    for (const LintProblem& p : outcome.problems) {
        if (p.rule == rule) {
            found = &p;
        }
    }
    if (!expected) {
        QVERIFY2(
            !found,
            qPrintable(QStringLiteral("unexpected %1: %2").arg(rule, found ? found->message : QString())));
        return;
    }
    QVERIFY2(found,
             qPrintable(QStringLiteral("missing %1; got %2")
                            .arg(rule, rulesOf(outcome.problems).join(QLatin1Char(',')))));
    QCOMPARE(int(found->severity), severity);
    QVERIFY(!found->message.isEmpty());
    QVERIFY(!found->fix.isEmpty());
    QVERIFY(!found->fix.contains(QLatin1Char('\n')));
    QVERIFY2(found->location.isValid(), qPrintable(found->message));
    QVERIFY(found->location.pointer.startsWith(QLatin1Char('/')) || found->location.pointer.isEmpty());
}

void TestDefinitionLinter::positionsPointToTheProblem()
{
    const QByteArray text = "{\n"
                            "  \"properties\": {\n"
                            "    \"token\": {\n"
                            "      \"type\": \"string\",\n"
                            "      \"encryption\": \"aes256-gcm\",\n"
                            "      \"default\": \"s3cr3t\"\n"
                            "    }\n"
                            "  }\n"
                            "}\n";
    const auto outcome = DefinitionLinter::lintText(text);
    QCOMPARE(outcome.problems.size(), 1);
    const LintProblem& p = outcome.problems.first();
    QCOMPARE(p.rule, QStringLiteral("secret-default"));
    QCOMPARE(p.location.line, 6);
    QCOMPARE(p.location.column, 18);
    QCOMPARE(p.location.pointer, QStringLiteral("/properties/token/default"));
    QCOMPARE(p.input, QStringLiteral("token"));
    // The secret's value never appears in what is reported.
    QVERIFY(!p.message.contains(QLatin1String("s3cr3t")));

    // Columns count characters, not bytes.
    const auto wide = DefinitionLinter::lintText("{\"properties\":{\"é\":{\"type\":\"x\"}}}");
    QCOMPARE(wide.problems.first().location.column, 28);
    QCOMPARE(wide.problems.first().location.pointer, QStringLiteral("/properties/é/type"));
    const auto escaped = DefinitionLinter::lintText("{\"a/b\":{\"title\":\"t\"}}");
    QCOMPARE(escaped.problems.first().location.pointer, QStringLiteral("/a~1b"));
}

void TestDefinitionLinter::shapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("action") << action(R"({"x":{"type":"string"}})") << int(ActionDefinition::Shape::Action)
                            << QStringLiteral("/trigger/userInputs/properties/x");
    QTest::newRow("userInputs") << QByteArray(R"({"properties":{"x":{"type":"string"}},"required":["x"]})")
                                << int(ActionDefinition::Shape::UserInputs)
                                << QStringLiteral("/properties/x");
    QTest::newRow("wrapped userInputs")
        << QByteArray(R"({"userInputs":{"properties":{"x":{"type":"string"}}}})")
        << int(ActionDefinition::Shape::UserInputs) << QStringLiteral("/userInputs/properties/x");
    QTest::newRow("legacy action") << QByteArray(
        R"({"identifier":"a","userInputs":{"properties":{"x":{"type":"string"}}},"invocationMethod":{"type":"WEBHOOK","url":"https://x.example"}})")
                                   << int(ActionDefinition::Shape::Action)
                                   << QStringLiteral("/userInputs/properties/x");
    QTest::newRow("properties") << QByteArray(R"({"x":{"type":"string"}})")
                                << int(ActionDefinition::Shape::Properties) << QStringLiteral("/x");
}

void TestDefinitionLinter::shapes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, shape);
    QFETCH(QString, pointer);
    auto d = ActionDefinition::parse(text);
    QVERIFY(d);
    QCOMPARE(int(d->shape()), shape);
    QCOMPARE(d->inputs().size(), 1);
    QCOMPARE(d->inputs().first().name, QStringLiteral("x"));
    QCOMPARE(d->inputs().first().location.pointer, pointer);
    QCOMPARE(d->inputs().first().type, InputType::String);
}

void TestDefinitionLinter::unreadableText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::newRow("syntax") << QByteArray("{\n  \"a\": {\"type\": \"string\",}\n}")
                            << QStringLiteral("json-syntax") << 2;
    QTest::newRow("duplicate key") << QByteArray("{\"a\":{\"type\":\"string\"},\n\"a\":{}}")
                                   << QStringLiteral("json-syntax") << 2;
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("definition-shape") << 1;
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("json-syntax") << 1;
}

void TestDefinitionLinter::unreadableText()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, rule);
    QFETCH(int, line);
    const auto outcome = DefinitionLinter::lintText(text);
    QVERIFY(!outcome.definition);
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.first().rule, rule);
    QCOMPARE(outcome.problems.first().severity, Severity::Error);
    QCOMPARE(outcome.problems.first().location.line, line);
}

void TestDefinitionLinter::everyRuleHasAFix()
{
    // The bundled examples are clean: no errors and no warnings.
    for (const QString& name :
         { QStringLiteral("secret-inputs.json"), QStringLiteral("multi-line-certificate.json"),
           QStringLiteral("object-secret.json"), QStringLiteral("client-side-secret.json"),
           QStringLiteral("multi-step-jq.json") }) {
        QFile file(QStringLiteral(SECRETBENCH_SOURCE_DIR "/resources/examples/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto outcome = DefinitionLinter::lintText(file.readAll());
        QVERIFY2(outcome.problems.isEmpty(),
                 qPrintable(name + QLatin1Char(' ')
                            + (outcome.problems.isEmpty() ? QString() : outcome.problems.first().message)));
    }
    QVERIFY(DefinitionLinter::rules().size() >= 25);
}

QTEST_GUILESS_MAIN(TestDefinitionLinter)
#include "TestDefinitionLinter.moc"
