// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputsTestSupport.h"
#include "TestSupport.h"
#include "common/JsonText.h"
#include "inputs/FormSession.h"
#include "inputs/JqEngine.h"

#include <QTest>

using namespace sb;

// The jq worker (real libjq 1.6) and the form state it drives: visible,
// required, disabled, enum and default from {"jqQuery": ...}, dependsOn, and
// value validation.
class TestJqAndFormSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jqOutputs_data();
    void jqOutputs();
    void jqFailuresNeverCrash_data();
    void jqFailuresNeverCrash();
    void jqBatchContinuesAfterAFailure();
    void jqCannotReadTheEnvironment();
    void jqRunsSelectedProgramsOfASet();
    void dynamicState();
    void dependsOnLimitsReevaluation();
    void defaultsFollowJqUntilTouched();
    void requiredFromTheUserInputsList();
    void jqRuntimeErrorIsAProblem();
    void secretsNeverEnterJq();
    void validation_data();
    void validation();
    void valuesSurviveADefinitionChange();
    void setValuesFromJson();
};

namespace {

using test::definition;

JsonNode json(const QByteArray& text)
{
    return *JsonText::parse(text);
}

} // namespace

void TestJqAndFormSession::jqOutputs_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("field") << ".form.a" << QByteArray(R"({"form":{"a":"x"}})") << QByteArray(R"("x")");
    QTest::newRow("comparison") << ".form.n > 2" << QByteArray(R"({"form":{"n":3}})") << QByteArray("true");
    QTest::newRow("array") << "[.user.teams[] | ascii_upcase]"
                           << QByteArray(R"({"user":{"teams":["a","b"]}})") << QByteArray(R"(["A","B"])");
    QTest::newRow("object keeps order")
        << "{z: 1, a: 2}" << QByteArray("null") << QByteArray(R"({"z":1,"a":2})");
    QTest::newRow("first output only") << "1, 2" << QByteArray("null") << QByteArray("1");
    QTest::newRow("unicode") << "\"é\" + .s" << QByteArray(R"({"s":"😀"})") << QByteArray("\"é😀\"");
    QTest::newRow("defs") << "def twice(f): f * 2; twice(.n)" << QByteArray(R"({"n":21})")
                          << QByteArray("42");
}

void TestJqAndFormSession::jqOutputs()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const JqOutcome outcome = JqEngine::instance().run(program, input);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.json, expected);
    QVERIFY(JqEngine::instance().check(program).ok());
}

void TestJqAndFormSession::jqFailuresNeverCrash_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << ".a +" << int(JqOutcome::Status::CompileError) << "syntax error";
    QTest::newRow("unknown function")
        << "nosuchthing(1)" << int(JqOutcome::Status::CompileError) << "nosuchthing/1 is not defined";
    QTest::newRow("module") << "import \"x\" as x; 1" << int(JqOutcome::Status::CompileError) << "modules";
    QTest::newRow("runtime") << ".a.b" << int(JqOutcome::Status::RuntimeError) << "Cannot index";
    QTest::newRow("error()") << "error(\"custom\")" << int(JqOutcome::Status::RuntimeError) << "custom";
    QTest::newRow("error(object)") << "error({a: 1})" << int(JqOutcome::Status::RuntimeError)
                                   << "error({\"a\":1})";
    QTest::newRow("empty") << "empty" << int(JqOutcome::Status::NoOutput) << "";
    QTest::newRow("halt_error") << "\"bye\" | halt_error" << int(JqOutcome::Status::Halted) << "halt";
    QTest::newRow("input") << "input" << int(JqOutcome::Status::RuntimeError) << "not available";
    // libjq 1.6 asserts (abort()) here; only the worker dies.
    QTest::newRow("libjq assertion") << "1e1000 | todate" << int(JqOutcome::Status::Aborted)
                                     << "libjq failed";
    QTest::newRow("endless loop") << "until(false; .)" << int(JqOutcome::Status::TimedOut)
                                  << "did not finish";
    QTest::newRow("endless recursion")
        << "def f: f; f" << int(JqOutcome::Status::TimedOut) << "did not finish";
}

void TestJqAndFormSession::jqFailuresNeverCrash()
{
    QFETCH(QString, program);
    QFETCH(int, status);
    QFETCH(QString, message);
    JqEngine& jq = JqEngine::instance();
    jq.setTimeout(300);
    const JqOutcome outcome = jq.run(program, R"({"a":1})");
    jq.setTimeout(JqEngine::DefaultTimeoutMs);
    QCOMPARE(int(outcome.status), status);
    QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
    QVERIFY(!outcome.message.contains(QLatin1String("jq: error")));
    QVERIFY(!outcome.message.contains(QLatin1String("def env")));
    // And jq keeps working afterwards.
    QCOMPARE(jq.run(QStringLiteral(".a"), R"({"a":7})").json, QByteArray("7"));
}

void TestJqAndFormSession::jqBatchContinuesAfterAFailure()
{
    JqEngine& jq = JqEngine::instance();
    jq.setTimeout(300);
    const int before = jq.workersStarted();
    const QList<JqOutcome> outcomes = jq.run({ QStringLiteral(".a"), QStringLiteral("until(false; .)"),
                                               QStringLiteral("1e1000 | todate"), QStringLiteral(".a + 1") },
                                             R"({"a":1})");
    jq.setTimeout(JqEngine::DefaultTimeoutMs);
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes[0].json, QByteArray("1"));
    QCOMPARE(outcomes[1].status, JqOutcome::Status::TimedOut);
    QCOMPARE(outcomes[2].status, JqOutcome::Status::Aborted);
    QCOMPARE(outcomes[3].json, QByteArray("2"));
    QCOMPARE(jq.workersStarted(), before + 2);
}

void TestJqAndFormSession::jqCannotReadTheEnvironment()
{
    qputenv("PORT_CLIENT_SECRET", "do-not-leak-this-secret-0123456789abcdef");
    JqEngine& jq = JqEngine::instance();
    for (const QString& program : { QStringLiteral("env"), QStringLiteral("$ENV"),
                                    QStringLiteral("env.PORT_CLIENT_SECRET"), QStringLiteral("[$ENV[]]") }) {
        const JqOutcome outcome = jq.run(program, "null");
        QVERIFY2(!outcome.json.contains("do-not-leak"), qPrintable(program));
    }
    qunsetenv("PORT_CLIENT_SECRET");
}

void TestJqAndFormSession::jqRunsSelectedProgramsOfASet()
{
    const QStringList set
        = { QStringLiteral(".a"), QStringLiteral(".a + 1"), QStringLiteral("def f: . * 10; .a | f") };
    const QList<JqOutcome> some = JqEngine::instance().run(set, { 2, 0 }, R"({"a":4})");
    QCOMPARE(some.size(), 2);
    QCOMPARE(some[0].json, QByteArray("40"));
    QCOMPARE(some[1].json, QByteArray("4"));
    // A set with a broken program still runs the others, and names the broken one.
    const QStringList broken
        = { QStringLiteral(".a"), QStringLiteral(".a +"), QStringLiteral("$__loc__.line") };
    const QList<JqOutcome> checked = JqEngine::instance().check(broken);
    QVERIFY(checked[0].ok());
    QCOMPARE(checked[1].status, JqOutcome::Status::CompileError);
    QVERIFY(checked[2].ok());
    QCOMPARE(JqEngine::instance().run(broken, { 0, 2 }, R"({"a":1})")[1].json, QByteArray("1"));
    // Each definition knows its set, each program once.
    auto d = definition(R"({"identifier":"x","trigger":{"userInputs":{"properties":{
        "a":{"type":"string","visible":{"jqQuery":".form.b"},"default":{"jqQuery":".form.b"}}}}},
        "invocationMethod":{"type":"WEBHOOK","url":"https://x.example","body":{"k":"{{ .inputs.a }}","r":"{{ .run.id }}"}}})");
    QCOMPARE(
        d->jqPrograms(),
        (QStringList { QStringLiteral(".form.b"), QStringLiteral(".inputs.a"), QStringLiteral(".run.id") }));
    QCOMPARE(d->jqProgramIndex(QStringLiteral(".run.id")), 2);
}

void TestJqAndFormSession::dynamicState()
{
    FormSession session;
    session.setDefinition(definition(R"({"properties":{
        "provider":{"type":"string","enum":["aws","gcp"],"default":"aws"},
        "region":{"type":"string","enum":{"jqQuery":"if .form.provider == \"aws\" then [\"eu-west-1\"] else [\"europe-west1\",\"us-central1\"] end"}},
        "key":{"type":"string","visible":{"jqQuery":".form.provider == \"aws\""},"required":{"jqQuery":".form.provider == \"aws\""}},
        "locked":{"type":"string","disabled":{"jqQuery":".user.roles | index(\"Admin\") | not"}},
        "owner":{"type":"string","default":{"jqQuery":".user.email"}}}})"));
    QCOMPARE(session.value(QStringLiteral("provider"))->string, QStringLiteral("aws"));
    QCOMPARE(session.state(QStringLiteral("region")).enumValues,
             std::optional<JsonNode>(json(R"(["eu-west-1"])")));
    QVERIFY(session.state(QStringLiteral("key")).visible);
    QVERIFY(session.state(QStringLiteral("key")).required);
    QVERIFY(session.state(QStringLiteral("locked")).disabled);
    QCOMPARE(session.value(QStringLiteral("owner"))->string, QStringLiteral("author@example.com"));

    const QStringList changed
        = session.setValue(QStringLiteral("provider"), JsonNode::makeString(QStringLiteral("gcp")));
    QVERIFY(changed.contains(QStringLiteral("region")));
    QVERIFY(changed.contains(QStringLiteral("key")));
    QVERIFY(!changed.contains(QStringLiteral("owner")));
    QCOMPARE(session.state(QStringLiteral("region")).enumValues->size(), 2);
    QVERIFY(!session.state(QStringLiteral("key")).visible);
    QVERIFY(!session.state(QStringLiteral("key")).required);

    session.setSampleUser(json(R"({"email":"x@y.z","roles":["Admin"]})"));
    QVERIFY(!session.state(QStringLiteral("locked")).disabled);
    QVERIFY(session.jqProblems().isEmpty());
}

void TestJqAndFormSession::dependsOnLimitsReevaluation()
{
    FormSession session;
    session.setDefinition(definition(R"({"properties":{
        "a":{"type":"string"}, "b":{"type":"string"},
        "onlyA":{"type":"string","visible":{"jqQuery":".form.a != \"hide\""},"dependsOn":["a"]},
        "any":{"type":"string","visible":{"jqQuery":"true"}}}})"));
    session.setValue(QStringLiteral("b"), JsonNode::makeString(QStringLiteral("x")));
    QCOMPARE(session.lastEvaluationCount(), 1); // "any" only: "onlyA" waits for "a"
    const QStringList changed
        = session.setValue(QStringLiteral("a"), JsonNode::makeString(QStringLiteral("hide")));
    QCOMPARE(session.lastEvaluationCount(), 2);
    QCOMPARE(changed, QStringList { QStringLiteral("onlyA") });
    QVERIFY(!session.state(QStringLiteral("onlyA")).visible);
    session.setSecret(QStringLiteral("a"), SecureBuffer::copyOf("s"));
    QCOMPARE(session.lastEvaluationCount(), 0);
}

void TestJqAndFormSession::defaultsFollowJqUntilTouched()
{
    FormSession session;
    session.setDefinition(definition(R"({"properties":{
        "env":{"type":"string","enum":["dev","prod"],"default":"dev"},
        "replicas":{"type":"number","default":{"jqQuery":"if .form.env == \"prod\" then 3 else 1 end"},"dependsOn":["env"]}}})"));
    QCOMPARE(session.value(QStringLiteral("replicas"))->number, 1.0);
    QVERIFY(session.setValue(QStringLiteral("env"), JsonNode::makeString(QStringLiteral("prod")))
                .contains(QStringLiteral("replicas")));
    QCOMPARE(session.value(QStringLiteral("replicas"))->number, 3.0);
    session.setValue(QStringLiteral("replicas"), JsonNode::makeNumber(5));
    session.setValue(QStringLiteral("env"), JsonNode::makeString(QStringLiteral("dev")));
    QCOMPARE(session.value(QStringLiteral("replicas"))->number, 5.0); // typed values win over defaults
}

void TestJqAndFormSession::requiredFromTheUserInputsList()
{
    FormSession session;
    session.setDefinition(definition(R"({"properties":{"a":{"type":"string"},"b":{"type":"string"}},
        "required":{"jqQuery":"if .form.a == \"x\" then [\"a\",\"b\"] else [\"a\"] end"}})"));
    QVERIFY(session.state(QStringLiteral("a")).required);
    QVERIFY(!session.state(QStringLiteral("b")).required);
    session.setValue(QStringLiteral("a"), JsonNode::makeString(QStringLiteral("x")));
    QVERIFY(session.state(QStringLiteral("b")).required);
    QCOMPARE(session.validate(QStringLiteral("b")), QStringList { QStringLiteral("Required.") });
}

void TestJqAndFormSession::jqRuntimeErrorIsAProblem()
{
    FormSession session;
    session.setDefinition(definition(
        R"({"properties":{"a":{"type":"string","visible":{"jqQuery":".form.a | length > 2 | not | error"}}}})"));
    QCOMPARE(session.jqProblems().size(), 1);
    const LintProblem& p = session.jqProblems().first();
    QCOMPARE(p.rule, QStringLiteral("jq-runtime"));
    QCOMPARE(p.severity, Severity::Warning);
    QCOMPARE(p.location.pointer, QStringLiteral("/properties/a/visible/jqQuery"));
    QVERIFY(session.state(QStringLiteral("a")).visible); // a failing condition does not hide the input
}

void TestJqAndFormSession::secretsNeverEnterJq()
{
    FormSession session;
    session.setDefinition(definition(
        R"({"properties":{"pw":{"type":"string","encryption":"aes256-gcm"},"n":{"type":"string"}}})"));
    session.setSecret(QStringLiteral("pw"), SecureBuffer::copyOf("hunter2"));
    session.setValue(QStringLiteral("n"), JsonNode::makeString(QStringLiteral("visible")));
    QVERIFY(!session.jqContext().contains("hunter2"));
    QVERIFY(session.jqContext().contains("visible"));
    QVERIFY(session.hasValue(QStringLiteral("pw")));
}

void TestJqAndFormSession::validation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("value"); // JSON; empty = no value
    QTest::addColumn<QString>("message"); // empty = valid
    QTest::newRow("required missing")
        << QByteArray(R"({"type":"string","required":true})") << QByteArray() << "Required.";
    QTest::newRow("required empty string")
        << QByteArray(R"({"type":"string","required":true})") << QByteArray(R"("")") << "Required.";
    QTest::newRow("optional missing") << QByteArray(R"({"type":"string"})") << QByteArray() << "";
    QTest::newRow("minLength") << QByteArray(R"({"type":"string","minLength":3})") << QByteArray(R"("ab")")
                               << "At least 3 characters";
    QTest::newRow("maxLength counts like JavaScript")
        << QByteArray(R"({"type":"string","maxLength":1})") << QByteArray(R"("😀")") << "At most 1 characters";
    QTest::newRow("pattern") << QByteArray(R"({"type":"string","pattern":"^[a-z]+$"})")
                             << QByteArray(R"("Abc")") << "Must match";
    QTest::newRow("pattern ok") << QByteArray(R"({"type":"string","pattern":"^[a-z]+$"})")
                                << QByteArray(R"("abc")") << "";
    QTest::newRow("minimum") << QByteArray(R"({"type":"number","minimum":1})") << QByteArray("0")
                             << "At least 1.";
    QTest::newRow("maximum") << QByteArray(R"({"type":"number","maximum":10})") << QByteArray("10.5")
                             << "At most 10.";
    QTest::newRow("in range") << QByteArray(R"({"type":"number","minimum":1,"maximum":10})")
                              << QByteArray("10") << "";
    QTest::newRow("enum") << QByteArray(R"({"type":"string","enum":["a","b"]})") << QByteArray(R"("c")")
                          << "Not one of the allowed";
    QTest::newRow("enum ok") << QByteArray(R"({"type":"string","enum":["a","b"]})") << QByteArray(R"("b")")
                             << "";
    QTest::newRow("url") << QByteArray(R"({"type":"string","format":"url"})") << QByteArray(R"("not a url")")
                         << "Not a URL";
    QTest::newRow("email") << QByteArray(R"({"type":"string","format":"email"})") << QByteArray(R"("a@b")")
                           << "Not an e-mail";
    QTest::newRow("date-time") << QByteArray(R"({"type":"string","format":"date-time"})")
                               << QByteArray(R"("yesterday")") << "ISO 8601";
    QTest::newRow("date-time ok") << QByteArray(R"({"type":"string","format":"date-time"})")
                                  << QByteArray(R"("2026-01-31T12:00:00.000Z")") << "";
    QTest::newRow("object type") << QByteArray(R"({"type":"object"})") << QByteArray("[1]")
                                 << "Expected a JSON object";
    QTest::newRow("array items") << QByteArray(R"({"type":"array","items":{"type":"number"}})")
                                 << QByteArray(R"([1,"2"])") << "Item 2";
    QTest::newRow("array item enum") << QByteArray(
        R"({"type":"array","items":{"type":"string","enum":["x"]}})")
                                     << QByteArray(R"(["y"])") << "Item 1 is not one";
    QTest::newRow("boolean") << QByteArray(R"({"type":"boolean"})") << QByteArray("false") << "";
}

void TestJqAndFormSession::validation()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    FormSession session;
    session.setDefinition(definition("{\"properties\":{\"x\":" + input + "}}"));
    if (!value.isEmpty()) {
        session.setValue(QStringLiteral("x"), json(value));
    }
    const QStringList messages = session.validate(QStringLiteral("x"));
    if (message.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char(' '))));
    } else {
        QVERIFY2(messages.join(QLatin1Char(' ')).contains(message),
                 qPrintable(messages.join(QLatin1Char(' '))));
    }
}

void TestJqAndFormSession::valuesSurviveADefinitionChange()
{
    FormSession session;
    session.setDefinition(definition(
        R"({"properties":{"a":{"type":"string"},"pw":{"type":"string","encryption":"aes256-gcm"}}})"));
    session.setValue(QStringLiteral("a"), JsonNode::makeString(QStringLiteral("kept")));
    session.setSecret(QStringLiteral("pw"), SecureBuffer::copyOf("secret"));
    session.setDefinition(definition(
        R"({"properties":{"pw":{"type":"string","encryption":"aes256-gcm","title":"New"},"a":{"type":"string","maxLength":2}}})"));
    QCOMPARE(session.value(QStringLiteral("a"))->string, QStringLiteral("kept"));
    QVERIFY(session.secret(QStringLiteral("pw"))->constantTimeEquals("secret"));
    QVERIFY(
        session.validate(QStringLiteral("a")).join(QLatin1Char(' ')).contains(QLatin1String("At most 2")));
    // Object secrets: JSON validity and an object.
    session.setDefinition(definition(R"({"properties":{"o":{"type":"object","encryption":"aes256-gcm"}}})"));
    session.setSecret(QStringLiteral("o"), SecureBuffer::copyOf("{\"a\":"));
    QVERIFY(session.validate(QStringLiteral("o")).first().contains(QLatin1String("Invalid JSON")));
    session.setSecret(QStringLiteral("o"), SecureBuffer::copyOf("[]"));
    QVERIFY(session.validate(QStringLiteral("o")).first().contains(QLatin1String("JSON object")));
    session.setSecret(QStringLiteral("o"), SecureBuffer::copyOf("{\"a\": 1}"));
    QVERIFY(session.validate(QStringLiteral("o")).isEmpty());
}

void TestJqAndFormSession::setValuesFromJson()
{
    FormSession session;
    session.setDefinition(definition(
        R"({"properties":{"a":{"type":"number"},"s":{"type":"string","encryption":"aes256-gcm"},"o":{"type":"object","encryption":"aes256-gcm"}}})"));
    QVERIFY(session.setValues(json(R"({"a":2,"s":"x","o":{"k":[1,2]}})")));
    QCOMPARE(session.value(QStringLiteral("a"))->number, 2.0);
    QVERIFY(session.secret(QStringLiteral("o"))->constantTimeEquals(R"({"k":[1,2]})"));
    QCOMPARE(session.setValues(json(R"({"nope":1})")).error().kind, ErrorKind::NotFound);
    QCOMPARE(session.setValues(json(R"({"s":5})")).error().kind, ErrorKind::InvalidJson);
    QCOMPARE(session.setValues(json("[]")).error().kind, ErrorKind::InvalidJson);
    QCOMPARE(JsonText::serialize(session.valuesObject(false)), QByteArray(R"({"a":2})"));
}

QTEST_GUILESS_MAIN(TestJqAndFormSession)
#include "TestJqAndFormSession.moc"
