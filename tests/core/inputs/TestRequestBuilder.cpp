// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputsTestSupport.h"
#include "TestSupport.h"
#include "common/JsonText.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "inputs/Fixture.h"
#include "inputs/PayloadDecryptor.h"
#include "inputs/RequestBuilder.h"

#include <QTest>

using namespace sb;

// What leaves the form: the properties, the WEBHOOK request with its
// templates evaluated by jq, and the round trip back through the payload
// decryptor for every type and both formats.
class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void templates_data();
    void templates();
    void headersUrlAndMethod();
    void defaultBodyIsWhatTheDocumentedBackendReads();
    void templateErrorsAreProblems();
    void roundTrip_data();
    void roundTrip();
    void missingKeysLeaveSecretsOut();
    void hiddenAndEmptyInputsAreNotSent();
    void envelopesStayWhileValuesStay();
    void decryptorScansWithoutADefinition();
    void decryptorReportsFailures();
    void fixtureHoldsWhatABackendTestNeeds();

private:
    SecureBuffer m_secret;
    QByteArray m_publicPem;
    std::optional<RsaPrivateKey> m_private;
};

namespace {

using test::definition;

QByteArray webhook(const QByteArray& properties, const QByteArray& invocationExtra)
{
    return R"({"identifier":"deploy","title":"Deploy","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":)"
        + properties + R"(}},"invocationMethod":{"type":"WEBHOOK","url":"https://backend.example/hook")"
        + invocationExtra + "}}";
}

const QByteArray Properties
    = R"({"name":{"type":"string"},"n":{"type":"number"},"tags":{"type":"array"},"pw":{"type":"string","encryption":"aes256-gcm"}})";

} // namespace

void TestRequestBuilder::initTestCase()
{
    m_secret = SecureBuffer::copyOf("0123456789abcdef0123456789ABCDEF-and-the-rest");
    m_publicPem = test::readData(QStringLiteral("keys/rsa2048.pub.pem"));
    auto key = RsaPrivateKey::fromPem(test::readData(QStringLiteral("keys/rsa2048.pem")));
    QVERIFY(key);
    m_private = *key;
}

void TestRequestBuilder::templates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // the body with the envelope replaced by "ENV"
    QTest::newRow("single expression keeps the JSON type")
        << QByteArray(R"({"n":"{{ .inputs.n }}","tags":"{{ .inputs.tags }}","name":"{{.inputs.name}}"})")
        << QByteArray(R"({"n":3,"tags":["a","b"],"name":"web"})");
    QTest::newRow("text around expressions") << QByteArray(
        R"x({"msg":"{{ .inputs.name }} x{{ .inputs.n }} by {{ .trigger.by.user.email }} ({{ .run.id }})"})x")
                                             << QByteArray(
                                                    R"x({"msg":"web x3 by author@example.com (r_fixed)"})x");
    QTest::newRow("secret as its envelope")
        << QByteArray(R"({"secret":"{{ .inputs.pw }}"})") << QByteArray(R"({"secret":"ENV"})");
    QTest::newRow("nested objects and arrays")
        << QByteArray(R"({"a":{"b":["{{ .inputs.name }}","lit",{"c":"{{ .action.identifier }}"}]},"n":1})")
        << QByteArray(R"({"a":{"b":["web","lit",{"c":"deploy"}]},"n":1})");
    QTest::newRow("whole inputs object")
        << QByteArray(R"({"all":"{{ .inputs }}"})")
        << QByteArray(R"({"all":{"name":"web","n":3,"tags":["a","b"],"pw":"ENV"}})");
    QTest::newRow("entity and expressions")
        << QByteArray(R"({"e":"{{ .entity.identifier + \"/\" + (.inputs.tags | join(\",\")) }}"})")
        << QByteArray(R"({"e":"sample-service/a,b"})");
    QTest::newRow("body as one template")
        << QByteArray(R"("{{ {payload: {properties: .inputs}} }}")")
        << QByteArray(R"({"payload":{"properties":{"name":"web","n":3,"tags":["a","b"],"pw":"ENV"}}})");
    QTest::newRow("no output is null")
        << QByteArray(R"({"x":"{{ empty }}","y":"a{{ empty }}b"})") << QByteArray(R"({"x":null,"y":"ab"})");
    QTest::newRow("no templates") << QByteArray(R"({"static":true})") << QByteArray(R"({"static":true})");
}

void TestRequestBuilder::templates()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    FormSession session;
    session.setDefinition(definition(webhook(Properties, ",\"body\":" + body)));
    QVERIFY(session.setValues(*JsonText::parse(R"({"name":"web","n":3,"tags":["a","b"],"pw":"hunter2"})")));
    RequestBuilder::Options options;
    options.clientSecret = &m_secret;
    options.runId = QStringLiteral("r_fixed");
    const BuildResult built = RequestBuilder::build(session, options);
    QVERIFY2(built.complete(), built.problems.isEmpty() ? "" : qPrintable(built.problems.first().message));
    QCOMPARE(built.secrets.size(), 1);
    QByteArray text = built.request.bodyText;
    text.replace(built.secrets.first().envelope.toLatin1(), "ENV");
    QCOMPARE(text, expected);
    QCOMPARE(built.request.bodyText, JsonText::serialize(built.request.body));
}

void TestRequestBuilder::headersUrlAndMethod()
{
    FormSession session;
    session.setDefinition(definition(
        R"({"identifier":"deploy","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":{"n":{"type":"number"}}}},
        "invocationMethod":{"type":"WEBHOOK","url":"https://backend.example/{{ .action.identifier }}/{{ .inputs.n }}","method":"put",
        "headers":{"RUN_ID":"{{ .run.id }}","Content-Type":"application/json; charset=utf-8","X-Static":"yes","X-Obj":"{{ {a: 1} }}"}}})"));
    session.setValues(*JsonText::parse(R"({"n":7})"));
    RequestBuilder::Options options;
    options.runId = QStringLiteral("r_abc");
    const BuildResult built = RequestBuilder::build(session, options);
    QCOMPARE(built.request.method, QStringLiteral("PUT"));
    QCOMPARE(built.request.url, QStringLiteral("https://backend.example/deploy/7"));
    const QList<QPair<QString, QString>> expected = {
        { QStringLiteral("Content-Type"), QStringLiteral("application/json; charset=utf-8") },
        { QStringLiteral("RUN_ID"), QStringLiteral("r_abc") },
        { QStringLiteral("X-Static"), QStringLiteral("yes") },
        { QStringLiteral("X-Obj"), QStringLiteral("{\"a\":1}") },
    };
    QCOMPARE(built.request.headers, expected);
    QVERIFY(built.request.display().startsWith(
        QLatin1String("PUT https://backend.example/deploy/7\nContent-Type:")));
    QVERIFY(RequestBuilder::randomRunId().startsWith(QLatin1String("r_")));
    QVERIFY(RequestBuilder::randomRunId() != RequestBuilder::randomRunId());
}

void TestRequestBuilder::defaultBodyIsWhatTheDocumentedBackendReads()
{
    for (const QByteArray& text :
         { QByteArray(
               R"({"properties":{"pw":{"type":"string","encryption":"aes256-gcm"},"a":{"type":"string"}}})"),
           webhook(R"({"pw":{"type":"string","encryption":"aes256-gcm"},"a":{"type":"string"}})", {}) }) {
        FormSession session;
        session.setDefinition(definition(text));
        session.setValues(*JsonText::parse(R"({"pw":"hunter2","a":"x"})"));
        RequestBuilder::Options options;
        options.clientSecret = &m_secret;
        const BuildResult built = RequestBuilder::build(session, options);
        const JsonNode* properties = built.request.body.find(u"payload")->find(u"properties");
        QVERIFY(properties);
        QCOMPARE(*properties, built.properties);
        QCOMPARE(built.request.method, QStringLiteral("POST"));
        QCOMPARE(built.request.headers.first().second, QStringLiteral("application/json"));
        QCOMPARE(built.secrets.first().bodyPaths, QStringList { QStringLiteral("$.payload.properties.pw") });
        auto envelope = decodeEnvelopeText(properties->find(u"pw")->string.toLatin1());
        auto cipher = PortManagedCipher::fromClientSecret(m_secret.view());
        QVERIFY(cipher->decrypt(envelope->bytes)->constantTimeEquals("hunter2"));
    }
}

void TestRequestBuilder::templateErrorsAreProblems()
{
    FormSession session;
    session.setDefinition(definition(webhook(
        Properties, R"(,"body":{"a":"{{ .inputs.name | error(\"boom\") }}","b":"{{ .inputs.name"})")));
    session.setValues(*JsonText::parse(R"({"name":"x"})"));
    const BuildResult built = RequestBuilder::build(session, {});
    QStringList rules;
    for (const LintProblem& p : built.problems) {
        rules << p.rule;
    }
    QVERIFY(rules.contains(QStringLiteral("template-error")));
    QVERIFY(rules.contains(QStringLiteral("template-syntax")));
    QVERIFY(!built.complete());
}

void TestRequestBuilder::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input"); // the input definition, with ENCRYPTION for the encryption field
    QTest::addColumn<QByteArray>("value"); // JSON value as typed
    QTest::addColumn<QByteArray>("plaintext"); // what the backend must get
    QTest::addColumn<bool>("clientSide");
    for (const bool clientSide : { false, true }) {
        const char* format = clientSide ? "client-side" : "aes256-gcm";
        QTest::addRow("%s string", format)
            << QByteArray(R"({"type":"string","encryption":ENCRYPTION})") << QByteArray(R"("hunter2")")
            << QByteArray("hunter2") << clientSide;
        QTest::addRow("%s empty-looking spaces", format)
            << QByteArray(R"({"type":"string","encryption":ENCRYPTION})") << QByteArray(R"("  ")")
            << QByteArray("  ") << clientSide;
        QTest::addRow("%s unicode", format)
            << QByteArray(R"({"type":"string","encryption":ENCRYPTION})")
            << QByteArray(R"("pässwörd 😀 \"q\" \\")") << QByteArray("pässwörd 😀 \"q\" \\") << clientSide;
        QTest::addRow("%s multi-line certificate", format)
            << QByteArray(R"({"type":"string","format":"multi-line","encryption":ENCRYPTION})")
            << QByteArray(R"("-----BEGIN CERTIFICATE-----\nMIIB\r\n+/==\n-----END CERTIFICATE-----\n")")
            << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\r\n+/==\n-----END CERTIFICATE-----\n")
            << clientSide;
        QTest::addRow("%s object", format)
            << QByteArray(R"({"type":"object","encryption":ENCRYPTION})")
            << QByteArray(R"({"user": "ops", "n": 1.50, "list": [1e2, true, null], "nested": {"é": "x"}})")
            << QByteArray(R"({"user":"ops","n":1.5,"list":[100,true,null],"nested":{"é":"x"}})")
            << clientSide;
        QTest::addRow("%s long value", format)
            << QByteArray(R"({"type":"string","encryption":ENCRYPTION})")
            << JsonText::quoted(QByteArray(100000, 'x')) << QByteArray(100000, 'x') << clientSide;
    }
}

void TestRequestBuilder::roundTrip()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, plaintext);
    QFETCH(bool, clientSide);
    const QByteArray encryption = clientSide
        ? R"({"algorithm":"client-side","key":)" + JsonText::quoted(m_publicPem) + "}"
        : QByteArray(R"("aes256-gcm")");
    input.replace("ENCRYPTION", encryption);
    for (const bool withTemplate : { false, true }) {
        const QByteArray text = withTemplate
            ? webhook("{\"s\":" + input + "}", R"(,"body":{"deep":{"value":"{{ .inputs.s }}"}})")
            : "{\"properties\":{\"s\":" + input + "}}";
        FormSession session;
        auto d = definition(text);
        session.setDefinition(d);
        QVERIFY(session.setValues(*JsonText::parse("{\"s\":" + value + "}")));
        QVERIFY2(session.validate(QStringLiteral("s")).isEmpty(),
                 qPrintable(session.validate(QStringLiteral("s")).join(QLatin1Char(' '))));
        RequestBuilder::Options options;
        options.clientSecret = &m_secret;
        const BuildResult built = RequestBuilder::build(session, options);
        QVERIFY(built.complete());
        QCOMPARE(built.secrets.size(), 1);
        QCOMPARE(built.secrets.first().format,
                 clientSide ? EnvelopeFormat::ClientSide : EnvelopeFormat::PortManaged);
        QCOMPARE(built.secrets.first().bodyPaths.first(),
                 withTemplate ? QStringLiteral("$.deep.value") : QStringLiteral("$.payload.properties.s"));

        PayloadKeys keys;
        keys.portManaged
            = std::make_shared<PortManagedCipher>(*PortManagedCipher::fromClientSecret(m_secret.view()));
        keys.privateKeys = { *m_private };
        auto report = PayloadDecryptor::decrypt(built.request.bodyText, d.get(), keys);
        QVERIFY(report);
        QCOMPARE(report->secrets.size(), std::size_t(1));
        const DecryptedSecret& s = report->secrets.front();
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.guided);
        QCOMPARE(s.input, QStringLiteral("s"));
        QVERIFY(s.value.constantTimeEquals(plaintext));
        // The decrypted body holds the value itself (an object as an object).
        const JsonNode* where = withTemplate
            ? report->decryptedBody.find(u"deep")->find(u"value")
            : report->decryptedBody.find(u"payload")->find(u"properties")->find(u"s");
        if (input.contains("\"object\"")) {
            QCOMPARE(JsonText::serialize(*where), plaintext);
        } else {
            QCOMPARE(where->string.toUtf8(), plaintext);
        }
        // Without the definition, scanning finds and decrypts it too.
        auto scanned = PayloadDecryptor::decrypt(built.request.bodyText, nullptr, keys);
        QVERIFY(scanned);
        QCOMPARE(scanned->secrets.size(), std::size_t(1));
        QVERIFY(scanned->secrets.front().ok);
        QVERIFY(scanned->secrets.front().value.constantTimeEquals(plaintext));
    }
}

void TestRequestBuilder::missingKeysLeaveSecretsOut()
{
    FormSession session;
    session.setDefinition(definition(
        R"({"properties":{"pw":{"type":"string","encryption":"aes256-gcm"},"a":{"type":"string"}}})"));
    session.setValues(*JsonText::parse(R"({"pw":"hunter2","a":"x"})"));
    const BuildResult none = RequestBuilder::build(session, {});
    QVERIFY(!none.complete());
    QCOMPARE(none.problems.first().rule, QStringLiteral("key-missing"));
    QVERIFY(!none.properties.find(u"pw"));
    QVERIFY(none.properties.find(u"a"));
    QVERIFY(!none.request.bodyText.contains("hunter2"));
    const SecureBuffer tooShort = SecureBuffer::copyOf("short");
    RequestBuilder::Options options;
    options.clientSecret = &tooShort;
    const BuildResult shortKey = RequestBuilder::build(session, options);
    QVERIFY(!shortKey.complete());
    QVERIFY(shortKey.problems.first().message.contains(QLatin1String("32")));
}

void TestRequestBuilder::hiddenAndEmptyInputsAreNotSent()
{
    FormSession session;
    session.setDefinition(definition(R"({"properties":{"mode":{"type":"string","default":"a"},
        "onlyB":{"type":"string","visible":{"jqQuery":".form.mode == \"b\""}},"empty":{"type":"string"},"flag":{"type":"boolean","default":false}}})"));
    session.setValue(QStringLiteral("onlyB"), JsonNode::makeString(QStringLiteral("typed")));
    const BuildResult built = RequestBuilder::build(session, {});
    QCOMPARE(JsonText::serialize(built.properties), QByteArray(R"({"mode":"a","flag":false})"));
}

void TestRequestBuilder::envelopesStayWhileValuesStay()
{
    FormSession session;
    session.setDefinition(definition(
        R"({"properties":{"a":{"type":"string","encryption":"aes256-gcm"},"b":{"type":"string","encryption":"aes256-gcm"}}})"));
    session.setValues(*JsonText::parse(R"({"a":"one","b":"two"})"));
    EnvelopeCache cache;
    RequestBuilder::Options options;
    options.clientSecret = &m_secret;
    options.cache = &cache;
    const BuildResult first = RequestBuilder::build(session, options);
    session.setSecret(QStringLiteral("b"), SecureBuffer::copyOf("three"));
    const BuildResult second = RequestBuilder::build(session, options);
    QCOMPARE(second.secret(QStringLiteral("a"))->envelope, first.secret(QStringLiteral("a"))->envelope);
    QVERIFY(second.secret(QStringLiteral("b"))->envelope != first.secret(QStringLiteral("b"))->envelope);
    const SecureBuffer other = SecureBuffer::copyOf("another-client-secret-0123456789abcdef");
    options.clientSecret = &other;
    const BuildResult third = RequestBuilder::build(session, options);
    QVERIFY(third.secret(QStringLiteral("a"))->envelope != first.secret(QStringLiteral("a"))->envelope);
}

void TestRequestBuilder::decryptorScansWithoutADefinition()
{
    auto cipher = PortManagedCipher::fromClientSecret(m_secret.view());
    const QString envelope = QString::fromLatin1(encodeEnvelopeText(*cipher->encrypt("deep value")));
    const QByteArray body = R"({"id":"0f8fad5b-d9cb-469f-a165-70867728950e","word":"hello","list":[{"x":")"
        + envelope.toLatin1() + R"("}]})";
    PayloadKeys keys;
    keys.portManaged = std::make_shared<PortManagedCipher>(std::move(*cipher));
    auto report = PayloadDecryptor::decrypt(body, nullptr, keys);
    QVERIFY(report);
    QCOMPARE(report->secrets.size(), std::size_t(1));
    QCOMPARE(report->secrets.front().path, QStringLiteral("$.list[0].x"));
    QVERIFY(!report->secrets.front().guided);
    QCOMPARE(report->secrets.front().formatName(), QStringLiteral("aes256-gcm"));
    QCOMPARE(
        JsonText::serialize(report->decryptedBody),
        QByteArray(
            R"({"id":"0f8fad5b-d9cb-469f-a165-70867728950e","word":"hello","list":[{"x":"deep value"}]})"));
    QVERIFY(report->summary().contains(QLatin1String("$.list[0].x")));
}

void TestRequestBuilder::decryptorReportsFailures()
{
    auto cipher = PortManagedCipher::fromClientSecret(m_secret.view());
    const QByteArray envelope = encodeEnvelopeText(*cipher->encrypt("v"));
    const auto d = definition(R"({"properties":{"pw":{"type":"string","encryption":"aes256-gcm"}}})");
    PayloadKeys wrong;
    wrong.portManaged = std::make_shared<PortManagedCipher>(
        *PortManagedCipher::fromClientSecret("ffffffffffffffffffffffffffffffff"));
    auto report = PayloadDecryptor::decrypt(R"({"payload":{"properties":{"pw":")" + envelope + R"("}}})",
                                            d.get(), wrong);
    QVERIFY(report);
    QCOMPARE(report->failures(), 1);
    QCOMPARE(report->firstFailure(), std::optional<ErrorKind>(ErrorKind::AuthenticationFailed));
    PayloadKeys none;
    auto noKey = PayloadDecryptor::decrypt(R"({"payload":{"properties":{"pw":")" + envelope + R"("}}})",
                                           d.get(), none);
    QCOMPARE(noKey->firstFailure(), std::optional<ErrorKind>(ErrorKind::NotFound));
    // A secret input sent in plain text is reported, not skipped.
    auto plain
        = PayloadDecryptor::decrypt(R"({"payload":{"properties":{"pw":"oops plain"}}})", d.get(), wrong);
    QCOMPARE(plain->failures(), 1);
    QVERIFY(!PayloadDecryptor::decrypt("not json", d.get(), wrong));
}

void TestRequestBuilder::fixtureHoldsWhatABackendTestNeeds()
{
    FormSession session;
    const QByteArray text = "{\"properties\":{\"pw\":{\"type\":\"string\",\"encryption\":\"aes256-gcm\"},"
                            "\"o\":{\"type\":\"object\","
                            "\"encryption\":{\"algorithm\":\"client-side\",\"key\":"
        + JsonText::quoted(m_publicPem) + "}},\"a\":{\"type\":\"string\"}}}";
    session.setDefinition(definition(text));
    session.setValues(*JsonText::parse(R"({"pw":"hunter2","o":{"k":1},"a":"plain"})"));
    RequestBuilder::Options options;
    options.clientSecret = &m_secret;
    const BuildResult built = RequestBuilder::build(session, options);
    Fixture::Options without;
    QVERIFY(Fixture::keyWarning(without).isEmpty());
    auto fixture = JsonText::parse(Fixture::build(session, built, without));
    QVERIFY(fixture);
    QCOMPARE(fixture->find(u"format")->string, QStringLiteral("secretbench-fixture/1"));
    QVERIFY(!fixture->find(u"keys"));
    const JsonNode* secrets = fixture->find(u"secrets");
    QCOMPARE(secrets->size(), 2);
    QCOMPARE(secrets->items[0].find(u"expected")->string, QStringLiteral("hunter2"));
    QCOMPARE(JsonText::serialize(*secrets->items[1].find(u"expected")), QByteArray(R"({"k":1})"));
    QCOMPARE(secrets->items[1].find(u"encryption")->string, QStringLiteral("client-side"));
    QCOMPARE(secrets->items[0].find(u"paths")->items[0].string, QStringLiteral("$.payload.properties.pw"));
    QVERIFY(fixture->find(u"request")->find(u"body"));

    Fixture::Options with;
    with.clientSecret = &m_secret;
    with.privateKeys = { *m_private };
    QVERIFY(Fixture::keyWarning(with).contains(QLatin1String("client secret")));
    auto keyed = JsonText::parse(Fixture::build(session, built, with));
    QCOMPARE(keyed->find(u"keys")->find(u"clientSecret")->string.toUtf8(), m_secret.view().toByteArray());
    QVERIFY(keyed->find(u"keys")
                ->find(u"privateKeys")
                ->items[0]
                .string.startsWith(QLatin1String("-----BEGIN PRIVATE KEY-----")));
    QVERIFY(keyed->find(u"warning"));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "TestRequestBuilder.moc"
