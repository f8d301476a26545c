// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorFixtures.h"
#include "inspector/DiagnosisReport.h"
#include "inspector/EnvelopeDiagnosis.h"
#include "inspector/KeyFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace sb::test;

Q_DECLARE_METATYPE(std::optional<QByteArray>)

// Every diagnosis rule, each with a case that triggers it and one that must not.
class TestEnvelopeDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void nonAsciiSaysWhichDerivationMatches_data();
    void nonAsciiSaysWhichDerivationMatches();
    void layoutChoice_data();
    void layoutChoice();
    void derivations();
    void keyFacts();
    void reportNeverContainsSecrets();
};

namespace {

const QByteArray OtherSecret("another-organisation-client-secret-9876543210");

RsaPrivateKey otherRsa2048()
{
    static const RsaPrivateKey key = *RsaPrivateKey::generate(2048);
    return key;
}

QByteArray base64Url(QByteArray text)
{
    return text.replace('+', '-').replace('/', '_');
}

// A Port-managed envelope whose base64 contains '+' or '/' (so that base64url differs).
QByteArray envelopeWithStandardOnlyChars()
{
    for (int i = 0;; ++i) {
        QByteArray e = portManaged("url-" + QByteArray::number(i));
        if (e.contains('+')) {
            return e;
        }
    }
}

// An envelope of 33 bytes: 44 base64 characters with no padding.
QByteArray unpaddedEnvelope()
{
    return portManaged("x");
}

DiagnosisKeys keys(const std::optional<QByteArray>& secret, const QString& keyName)
{
    DiagnosisKeys k;
    if (secret) {
        k.clientSecret = SecureBuffer::copyOf(*secret);
    }
    if (keyName == QLatin1String("other2048")) {
        k.privateKey = otherRsa2048();
    } else if (!keyName.isEmpty()) {
        k.privateKey = privateKey(keyName);
    }
    return k;
}

} // namespace

void TestEnvelopeDiagnosis::rules_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<std::optional<QByteArray>>("secret");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("evidence"); // text expected in the finding, when present

    const std::optional<QByteArray> none;
    const std::optional<QByteArray> secret = inspectorSecret();
    const QByteArray pm = portManaged("hunter2");
    const QByteArray longValue(200, 'v');
    const QByteArray cs = clientSide(longValue);
    const QByteArray standard = envelopeWithStandardOnlyChars();

    // Wrong client secret or altered data.
    QTest::newRow("tag-mismatch: wrong secret")
        << pm << std::optional(OtherSecret) << QString() << "tag-mismatch" << true << "failed"
        << "Tried Port's rule";
    QTest::newRow("tag-mismatch: altered ciphertext")
        << alterByte(pm, 20) << secret << QString() << "tag-mismatch" << true << "failed" << QString();
    QTest::newRow("tag-mismatch: not with the right secret")
        << pm << secret << QString() << "tag-mismatch" << false << "decrypted" << QString();
    QTest::newRow("tag-mismatch: client-side altered") << alterByte(cs, -1) << none << "rsa2048.pem"
                                                       << "tag-mismatch" << true << "failed"
                                                       << "key is the right one";
    QTest::newRow("tag-mismatch: common length limit")
        << alterByte(portManaged(QByteArray(736, 'a')), -1) << secret << QString() << "tag-mismatch" << true
        << "failed"
        << "exactly 1024 characters";

    // The client secret itself.
    QTest::newRow("short secret") << pm << std::optional<QByteArray>("short-secret") << QString()
                                  << "client-secret-short" << true << "failed"
                                  << "12 bytes given";
    QTest::newRow("short secret: not for 32+ bytes")
        << pm << secret << QString() << "client-secret-short" << false << "decrypted" << QString();
    QTest::newRow("whitespace changes the key")
        << pm << std::optional<QByteArray>(" " + inspectorSecret()) << QString() << "client-secret-whitespace"
        << true << "decrypted-with-correction"
        << "decrypts with the secret without";
    QTest::newRow("whitespace after byte 32")
        << pm << std::optional<QByteArray>(inspectorSecret() + "\n") << QString()
        << "client-secret-whitespace" << true << "decrypted"
        << "after byte 32";
    QTest::newRow("whitespace: zero-width space")
        << pm << std::optional<QByteArray>("\xE2\x80\x8B" + inspectorSecret()) << QString()
        << "client-secret-whitespace" << true << "decrypted-with-correction"
        << "invisible";
    QTest::newRow("whitespace: none")
        << pm << secret << QString() << "client-secret-whitespace" << false << "decrypted" << QString();
    QTest::newRow("client ID") << pm << std::optional<QByteArray>("0oa1b2c3d4E5F6G7H8i9") << QString()
                               << "client-secret-looks-like-client-id" << true << "failed"
                               << "letters and digits";
    QTest::newRow("client ID: UUID") << pm
                                     << std::optional<QByteArray>("123e4567-e89b-12d3-a456-426614174000")
                                     << QString() << "client-secret-looks-like-client-id" << true << "failed"
                                     << "UUID";
    QTest::newRow("client ID: not a real secret")
        << pm << secret << QString() << "client-secret-looks-like-client-id" << false << "decrypted"
        << QString();
    QTest::newRow("quoted secret") << pm << std::optional<QByteArray>("\"" + inspectorSecret() + "\"")
                                   << QString() << "client-secret-quoted" << true
                                   << "decrypted-with-correction"
                                   << "without its surrounding quotes";
    QTest::newRow("NAME=value secret")
        << pm << std::optional<QByteArray>("PORT_CLIENT_SECRET=" + inspectorSecret()) << QString()
        << "client-secret-shape" << true << "decrypted-with-correction"
        << "value after '='";
    QTest::newRow("credentials JSON")
        << pm
        << std::optional<QByteArray>("{\"clientId\": \"abc\", \"clientSecret\": \"" + inspectorSecret()
                                     + "\"}")
        << QString() << "client-secret-shape" << true << "decrypted-with-correction"
        << "clientSecret field";
    QTest::newRow("non-ASCII: ASCII secret")
        << pm << secret << QString() << "client-secret-non-ascii" << false << "decrypted" << QString();

    // Private keys.
    QTest::newRow("unwrap: another key of the same size") << cs << none << "other2048"
                                                          << "unwrap-failed" << true << "failed"
                                                          << "RSA-2048";
    QTest::newRow("unwrap: a bigger key") << cs << none << "rsa3072.pem"
                                          << "unwrap-failed" << true << "failed"
                                          << "Your private key is RSA-3072";
    QTest::newRow("unwrap: the right key") << cs << none << "rsa2048.pem"
                                           << "unwrap-failed" << false << "decrypted" << QString();
    QTest::newRow("key size: too short for RSA-4096") << clientSide("x") << none << "rsa4096.pem"
                                                      << "key-size-mismatch" << true << "failed"
                                                      << "RSA-2048";
    QTest::newRow("key size: fits") << clientSide("x") << none << "rsa2048.pem"
                                    << "key-size-mismatch" << false << "decrypted" << QString();
    QTest::newRow("OAEP-SHA1") << clientSideOaepSha1("made by a script",
                                                     privateKey(QStringLiteral("rsa2048.pem")).publicKey())
                               << none << "rsa2048.pem"
                               << "oaep-sha1" << true << "decrypted-with-correction"
                               << "SHA-1";
    QTest::newRow("OAEP-SHA1: Port's SHA-256") << cs << none << "rsa2048.pem"
                                               << "oaep-sha1" << false << "decrypted" << QString();
    QTest::newRow("small key") << clientSide("x", privateKey(QStringLiteral("rsa2048.pem")).publicKey())
                               << none << "rsa1024.pem"
                               << "key-too-small" << true << "failed"
                               << "1024 bits";

    // The other format.
    QTest::newRow("other format: Port-managed with a private key") << pm << none << "rsa2048.pem"
                                                                   << "other-format" << true << "failed"
                                                                   << "too short to hold";
    QTest::newRow("other format: client-side with a client secret")
        << cs << secret << QString() << "other-format" << true << "failed"
        << "RSA-2048";
    QTest::newRow("other format: short value, wrong secret")
        << pm << std::optional(OtherSecret) << QString() << "other-format" << false << "failed" << QString();
    QTest::newRow("other format: client-side with its key")
        << cs << none << "rsa2048.pem"
        << "other-format" << false << "decrypted" << QString();

    // Encodings.
    QTest::newRow("base64url") << base64Url(standard) << secret << QString() << "base64url" << true
                               << "decrypted"
                               << "'-' or '_'";
    QTest::newRow("base64url: standard")
        << standard << secret << QString() << "base64url" << false << "decrypted" << QString();
    QTest::newRow("double base64") << pm.toBase64() << secret << QString() << "double-base64" << true
                                   << "decrypted-with-correction"
                                   << "decode to";
    QTest::newRow("double base64: once")
        << pm << secret << QString() << "double-base64" << false << "decrypted" << QString();
    QTest::newRow("hex") << decodeEnvelopeText(pm)->bytes.toHex() << secret << QString() << "hex-encoded"
                         << true << "decrypted-with-correction"
                         << "hexadecimal digits";
    QTest::newRow("hex: base64") << pm << secret << QString() << "hex-encoded" << false << "decrypted"
                                 << QString();
    const QByteArray padded = portManaged("hunter"); // 38 bytes: one '='
    QTest::newRow("missing padding") << QByteArray(padded).replace('=', "") << secret << QString()
                                     << "missing-padding" << true << "decrypted"
                                     << "not a multiple of 4";
    QTest::newRow("missing padding: padded")
        << padded << secret << QString() << "missing-padding" << false << "decrypted" << QString();
    QTest::newRow("tolerated quotes and whitespace")
        << "  \"" + pm + "\"\n"
        << secret << QString() << "input-tolerated" << true << "decrypted"
        << "quotes";
    QTest::newRow("tolerated: clean")
        << pm << secret << QString() << "input-tolerated" << false << "decrypted" << QString();

    // Truncated values.
    QTest::newRow("truncated: impossible length")
        << unpaddedEnvelope().chopped(3) << secret << QString() << "truncated" << true << "malformed"
        << "group of 1";
    QTest::newRow("truncated: too short")
        << pm.left(20) << secret << QString() << "truncated" << true << "malformed"
        << "15 bytes";
    QTest::newRow("truncated: whole")
        << unpaddedEnvelope() << secret << QString() << "truncated" << false << "decrypted" << QString();

    // Not encrypted at all.
    QTest::newRow("plain text") << QByteArray("hunter2 is the password") << secret << QString()
                                << "not-encrypted" << true << "malformed"
                                << "a space at position 7";
    QTest::newRow("plain text with punctuation")
        << QByteArray("Password: hunter2!") << secret << QString() << "not-encrypted" << true << "malformed"
        << "':' at position 8";
    QTest::newRow("plus became space") << QByteArray(standard).replace('+', ' ') << secret << QString()
                                       << "plus-became-space" << true << "decrypted-with-correction"
                                       << "spaces";
    QTest::newRow("plus became space: intact")
        << standard << secret << QString() << "plus-became-space" << false << "decrypted" << QString();
    QTest::newRow("plain JSON") << QByteArray(R"({"user": "ops", "token": "t0k3n"})") << secret << QString()
                                << "not-encrypted" << true << "malformed"
                                << "valid JSON";
    QTest::newRow("base64 of text") << QByteArray("this was only encoded, never encrypted").toBase64()
                                    << secret << QString() << "not-encrypted" << true << "malformed"
                                    << "printable";
    QTest::newRow("PEM key") << readData(QStringLiteral("keys/rsa2048.pem")) << secret << QString()
                             << "not-encrypted" << true << "malformed"
                             << "BEGIN";
    QTest::newRow("JWT") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLWJ5dGVz") << none
                         << QString() << "not-encrypted" << true << "malformed"
                         << "dots";
    QTest::newRow("not-encrypted: envelope")
        << pm << none << QString() << "not-encrypted" << false << "not-attempted" << QString();

    // The value.
    QTest::newRow("empty value") << portManaged("") << secret << QString() << "empty-value" << true
                                 << "decrypted" << QString();
    QTest::newRow("empty value: not empty")
        << pm << secret << QString() << "empty-value" << false << "decrypted" << QString();
    QTest::newRow("not UTF-8") << portManaged("\xff\xfe\x00") << secret << QString() << "value-not-utf8"
                               << true << "decrypted"
                               << "offset 0";
    QTest::newRow("UTF-8") << portManaged("caf\xC3\xA9") << secret << QString() << "value-not-utf8" << false
                           << "decrypted" << QString();
    QTest::newRow("no key") << pm << none << QString() << "no-key" << true << "not-attempted" << QString();
    QTest::newRow("no key: with key")
        << pm << secret << QString() << "no-key" << false << "decrypted" << QString();
    QTest::newRow("both keys: client-side wins") << cs << secret << "rsa2048.pem"
                                                 << "decrypted" << true << "decrypted"
                                                 << "RSA-OAEP with SHA-256";
    QTest::newRow("both keys: Port-managed wins") << pm << secret << "rsa2048.pem"
                                                  << "decrypted" << true << "decrypted"
                                                  << "first 32 bytes";
}

void TestEnvelopeDiagnosis::rules()
{
    QFETCH(QByteArray, input);
    QFETCH(std::optional<QByteArray>, secret);
    QFETCH(QString, key);
    QFETCH(QString, code);
    QFETCH(bool, present);
    QFETCH(QString, verdict);
    QFETCH(QString, evidence);

    const EnvelopeDiagnosis d = diagnoseEnvelope(input, keys(secret, key));
    const QString report = DiagnosisReport::diagnosisText(d);
    QVERIFY2(d.has(code) == present, qPrintable(report));
    QCOMPARE(verdictName(d.verdict), verdict);
    if (present && !evidence.isEmpty()) {
        const Finding* f = d.find(code);
        const QString text = f->title + QLatin1Char('\n') + f->detail + QLatin1Char('\n')
            + f->evidence.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(evidence), qPrintable(text));
    }
    // Every verdict but these explains itself with an error the CLI can map to an exit code.
    const bool clean = d.verdict == EnvelopeDiagnosis::Verdict::Decrypted
        || d.verdict == EnvelopeDiagnosis::Verdict::NotAttempted;
    QCOMPARE(d.failure.has_value(), !clean);
    QCOMPARE(d.value.has_value(),
             d.verdict == EnvelopeDiagnosis::Verdict::Decrypted
                 || d.verdict == EnvelopeDiagnosis::Verdict::DecryptedWithCorrection);
    if (d.verdict == EnvelopeDiagnosis::Verdict::Failed) {
        QCOMPARE(d.findings.first().severity, Severity::Error);
    }
}

void TestEnvelopeDiagnosis::nonAsciiSaysWhichDerivationMatches_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("derivation");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("evidence");

    // "ü" then ASCII: Python and Node take 32 characters (33 bytes, unusable);
    // Port's rule takes 32 bytes; Node's 'latin1' takes one byte per character.
    const QByteArray umlaut = "\xC3\xBC" + QByteArray(40, 'k');
    QTest::newRow("Port's rule") << umlaut << "first-32-bytes"
                                 << "decrypted"
                                 << "The envelope matches: Port's rule";
    QTest::newRow("Node latin1")
        << umlaut << "latin1"
        << "decrypted-with-correction"
        << "The envelope matches: Node: Buffer.from(secret.substring(0, 32), 'latin1')";
    // An emoji counts 1 in Python and 2 in Node: both keys differ and neither is 32 bytes.
    const QByteArray emoji = "\xF0\x9F\x98\x80" + QByteArray(40, 'k');
    QTest::newRow("emoji: Python and Node differ") << emoji << "first-32-bytes"
                                                   << "decrypted"
                                                   << "35 bytes: pycryptodome raises ValueError";
    QTest::newRow("emoji: Node length") << emoji << "first-32-bytes"
                                        << "decrypted"
                                        << "34 bytes: Node's createDecipheriv";
    QTest::newRow("no match") << umlaut << "none"
                              << "failed"
                              << "matches none of them";
}

void TestEnvelopeDiagnosis::nonAsciiSaysWhichDerivationMatches()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, derivation);
    QFETCH(QString, verdict);
    QFETCH(QString, evidence);

    QByteArray envelope;
    if (derivation == QLatin1String("none")) {
        envelope = portManaged("value", OtherSecret);
    } else {
        for (const KeyDerivation& d : clientSecretDerivations(secret)) {
            if (d.code == derivation) {
                QVERIFY(d.usable());
                envelope = portManagedWithKey(d.key.view(), "value");
            }
        }
    }
    QVERIFY(!envelope.isEmpty());
    DiagnosisKeys k;
    k.clientSecret = SecureBuffer::copyOf(secret);
    const EnvelopeDiagnosis d = diagnoseEnvelope(envelope, k);
    QCOMPARE(verdictName(d.verdict), verdict);
    const Finding* f = d.find(QStringLiteral("client-secret-non-ascii"));
    QVERIFY2(f, qPrintable(DiagnosisReport::diagnosisText(d)));
    QVERIFY2(f->evidence.join(QLatin1Char('\n')).contains(evidence),
             qPrintable(f->evidence.join(QLatin1Char('\n'))));
    if (d.value) {
        QCOMPARE(d.value->keyCode, derivation);
        QCOMPARE(d.value->plaintext.view(), QByteArrayView("value"));
    }
}

void TestEnvelopeDiagnosis::layoutChoice_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("withSecret");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reason");

    const QByteArray longValue(100, 'v');
    QTest::newRow("short: only Port-managed fits")
        << portManaged("pw") << false << QString() << "Port-managed (aes256-gcm)"
        << "too short for any client-side";
    QTest::newRow("long, no key") << clientSide(longValue) << false << QString()
                                  << "Port-managed (aes256-gcm)"
                                  << "A key tells them apart";
    QTest::newRow("private key") << clientSide(longValue, QStringLiteral("rsa3072.pem")) << false
                                 << "rsa2048.pem"
                                 << "client-side, RSA-2048"
                                 << "Your private key is RSA-2048";
    QTest::newRow("decrypted") << clientSide(longValue, QStringLiteral("rsa3072.pem")) << false
                               << "rsa3072.pem"
                               << "client-side, RSA-3072"
                               << "It decrypts with";
    QTest::newRow("client secret") << clientSide(longValue) << true << QString()
                                   << "Port-managed (aes256-gcm)"
                                   << "A client secret was given";
}

void TestEnvelopeDiagnosis::layoutChoice()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, withSecret);
    QFETCH(QString, key);
    QFETCH(QString, title);
    QFETCH(QString, reason);
    const EnvelopeDiagnosis d
        = diagnoseEnvelope(input, keys(withSecret ? std::optional(inspectorSecret()) : std::nullopt, key));
    QVERIFY(d.layout());
    QCOMPARE(d.layout()->title(), title);
    QVERIFY2(d.layoutReason.contains(reason), qPrintable(d.layoutReason));
    QVERIFY(d.has(QStringLiteral("layout")));
}

void TestEnvelopeDiagnosis::derivations()
{
    // ASCII: one derivation. Whitespace adds the trimmed one.
    QCOMPARE(clientSecretDerivations(inspectorSecret()).size(), std::size_t(1));
    const auto trimmed = clientSecretDerivations("  " + inspectorSecret());
    QCOMPARE(trimmed.size(), std::size_t(2));
    QCOMPARE(trimmed[1].code, QStringLiteral("trimmed"));
    QCOMPARE(trimmed[1].key.view(), inspectorSecret().first(32));
    // Two derivations that give the same bytes are one candidate.
    const QByteArray shortNonAscii = QByteArray(30, 'a') + "\xC3\xA9"; // 31 characters, 32 bytes
    const auto merged = clientSecretDerivations(shortNonAscii);
    QVERIFY(merged[0].usable());
    QVERIFY(merged[0].description.contains(QLatin1String("Python")));
}

void TestEnvelopeDiagnosis::keyFacts()
{
    const KeyFacts good = clientSecretFacts(inspectorSecret());
    QVERIFY(good.worst() <= Severity::Info);
    QVERIFY(DiagnosisReport::keyFactsText(good).contains(QLatin1String("satisfied")));
    const KeyFacts bad = clientSecretFacts("short");
    QCOMPARE(bad.worst(), Severity::Error);
    QVERIFY(DiagnosisReport::keyFactsText(bad).contains(QLatin1String("not satisfied: 5 bytes, 27 short")));

    const RsaPrivateKey key = privateKey(QStringLiteral("rsa3072.pem"));
    const QString text = DiagnosisReport::keyFactsText(privateKeyFacts(key));
    QVERIFY(text.contains(QLatin1String("RSA-3072: 384-byte wrapped key")));
    QVERIFY(text.contains(key.publicKey().fingerprint()));
    QVERIFY(text.contains(QLatin1String("PKCS#8")));
    QCOMPARE(privateKeyFacts(privateKey(QStringLiteral("rsa1024.pem"))).worst(), Severity::Warning);
    QVERIFY(!key.publicKey().modulus().isEmpty());
    QCOMPARE(key.publicKey().modulus().size(), 384);
}

void TestEnvelopeDiagnosis::reportNeverContainsSecrets()
{
    const QByteArray value("the-decrypted-password-value");
    DiagnosisKeys k;
    k.clientSecret = SecureBuffer::copyOf(" " + inspectorSecret());
    const EnvelopeDiagnosis d = diagnoseEnvelope(portManaged(value), k);
    QVERIFY(d.value);
    const QString text = DiagnosisReport::diagnosisText(d);
    const QByteArray json = QJsonDocument(DiagnosisReport::diagnosisJson(d)).toJson();
    const QString facts = DiagnosisReport::keyFactsText(clientSecretFacts(k.clientSecret->view()));
    for (const QByteArray& secret :
         { value, inspectorSecret(), inspectorSecret().first(32), inspectorSecret().mid(5, 20) }) {
        QVERIFY(!text.contains(QString::fromLatin1(secret)));
        QVERIFY(!json.contains(secret));
        QVERIFY(!facts.contains(QString::fromLatin1(secret)));
    }
    QCOMPARE(DiagnosisReport::diagnosisJson(d)
                 .value(QStringLiteral("value"))
                 .toObject()
                 .value(QStringLiteral("length"))
                 .toInt(),
             value.size());
}

QTEST_MAIN(TestEnvelopeDiagnosis)
#include "TestEnvelopeDiagnosis.moc"
