// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"
#include "secrets/Jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>

using namespace sb;
using namespace sb::Jwt;

// HS256/384/512 tokens: an RFC 7515 known answer, round trips, every refusal
// named by its check, durations, strength and the generator. Time is a
// ManualClock.
class TestJwt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rfc7515Example();
    void roundTrip_data();
    void roundTrip();
    void claimsKeepTheirOrder();
    void expiryWithLeeway();
    void notBeforeAndIssuedAt();
    void refusals_data();
    void refusals();
    void signErrors_data();
    void signErrors();
    void durations_data();
    void durations();
    void strength_data();
    void strength();
    void generator();

private:
    static QByteArray b64(QByteArrayView bytes)
    {
        return QByteArray(bytes.data(), bytes.size())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    ManualClock m_clock { QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC) };
};

namespace {
const QByteArray Secret("kE7rN2vQ9xW4yB6tH1mJ8pL3sD5fG0aZ_ucX-oIeRwTqYhVbnMgCkPlSjAdFzOx2"); // 64 bytes
} // namespace

void TestJwt::init()
{
    Clock::setInstance(&m_clock);
}

void TestJwt::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestJwt::rfc7515Example()
{
    // RFC 7515, appendix A.1: the HS256 example, verified against its key.
    const QByteArray key = QByteArray::fromBase64(
        "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
        QByteArray::Base64UrlEncoding);
    const QByteArray token
        = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
          ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
          ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    m_clock.setNow(QDateTime::fromSecsSinceEpoch(1300819380 - 60, Qt::UTC));
    const Verification v = verify(key, token, { Algorithm::HS256, 0 });
    QVERIFY2(v.valid(), v.error ? qPrintable(v.error->message) : "");
    QCOMPARE(QJsonDocument::fromJson(v.claimsJson).object().value(QStringLiteral("iss")).toString(),
             QStringLiteral("joe"));
    m_clock.setNow(QDateTime::fromSecsSinceEpoch(1300819380, Qt::UTC));
    QCOMPARE(verify(key, token, { Algorithm::HS256, 0 }).failedCheck(), QStringLiteral("exp"));
}

void TestJwt::roundTrip_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("signatureBytes");
    QTest::newRow("HS256") << int(Algorithm::HS256) << 32;
    QTest::newRow("HS384") << int(Algorithm::HS384) << 48;
    QTest::newRow("HS512") << int(Algorithm::HS512) << 64;
}

void TestJwt::roundTrip()
{
    QFETCH(int, algorithm);
    QFETCH(int, signatureBytes);
    const auto alg = Algorithm(algorithm);
    SignOptions options;
    options.algorithm = alg;
    options.claimsJson = R"({"sub":"user-1","roles":["a","b"]})";
    options.issuedAt = true;
    options.expiresInSeconds = 600;
    auto token = sign(Secret, options);
    QVERIFY(token);
    const QList<QByteArray> parts = token->split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding),
             "{\"alg\":\"" + algorithmName(alg).toLatin1() + "\",\"typ\":\"JWT\"}");
    QCOMPARE(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding).size(), signatureBytes);
    const Verification v = verify(Secret, *token + "\n", { alg, 0 });
    QVERIFY2(v.valid(), v.error ? qPrintable(v.error->message) : "");
    const QJsonObject claims = QJsonDocument::fromJson(v.claimsJson).object();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), now);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), now + 600);
    QStringList names;
    for (const Check& check : v.checks) {
        names << check.name;
    }
    QCOMPARE(names,
             QStringList({ QStringLiteral("format"), QStringLiteral("algorithm"), QStringLiteral("signature"),
                           QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat") }));
}

void TestJwt::claimsKeepTheirOrder()
{
    SignOptions options;
    options.claimsJson = "{ \"z\": 1, \"a\": 2.50, \"m\": \"x\" }";
    options.issuedAt = true;
    auto token = sign(Secret, options);
    QVERIFY(token);
    const QByteArray payload = QByteArray::fromBase64(token->split('.')[1], QByteArray::Base64UrlEncoding);
    QCOMPARE(payload,
             "{\"z\":1,\"a\":2.5,\"m\":\"x\",\"iat\":" + QByteArray::number(m_clock.now().toSecsSinceEpoch())
                 + "}");
    options.claimsJson = "{}";
    options.issuedAt = false;
    options.expiresInSeconds = 60;
    const QByteArray empty
        = QByteArray::fromBase64(sign(Secret, options)->split('.')[1], QByteArray::Base64UrlEncoding);
    QCOMPARE(empty, "{\"exp\":" + QByteArray::number(m_clock.now().toSecsSinceEpoch() + 60) + "}");
}

void TestJwt::expiryWithLeeway()
{
    SignOptions options;
    options.expiresInSeconds = *parseDuration(u"10m");
    auto token = sign(Secret, options);
    QVERIFY(token);
    m_clock.advance(599 * 1000);
    QVERIFY(verify(Secret, *token, { Algorithm::HS256, 0 }).valid());
    m_clock.advance(1000);
    Verification v = verify(Secret, *token, { Algorithm::HS256, 0 });
    QCOMPARE(v.failedCheck(), QStringLiteral("exp"));
    QCOMPARE(v.error->kind, ErrorKind::TokenExpired);
    QVERIFY(v.claimsJson.size() > 0); // the signature held, so the claims are shown
    QVERIFY(verify(Secret, *token, { Algorithm::HS256, 30 }).valid());
    m_clock.advance(30 * 1000);
    QCOMPARE(verify(Secret, *token, { Algorithm::HS256, 30 }).failedCheck(), QStringLiteral("exp"));
}

void TestJwt::notBeforeAndIssuedAt()
{
    SignOptions options;
    options.notBeforeInSeconds = 3600;
    auto token = sign(Secret, options);
    Verification v = verify(Secret, *token, { Algorithm::HS256, 0 });
    QCOMPARE(v.failedCheck(), QStringLiteral("nbf"));
    QCOMPARE(v.error->kind, ErrorKind::TokenNotYetValid);
    m_clock.advance(3600 * 1000);
    QVERIFY(verify(Secret, *token, { Algorithm::HS256, 0 }).valid());

    options = {};
    options.claimsJson = "{\"iat\":" + QByteArray::number(m_clock.now().toSecsSinceEpoch() + 120) + "}";
    token = sign(Secret, options);
    QCOMPARE(verify(Secret, *token, { Algorithm::HS256, 0 }).failedCheck(), QStringLiteral("iat"));
    QVERIFY(verify(Secret, *token, { Algorithm::HS256, 120 }).valid());
}

void TestJwt::refusals_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("check");
    QTest::addColumn<int>("kind");
    SignOptions hs384;
    hs384.algorithm = Algorithm::HS384;
    const QByteArray good = *sign(Secret, {});
    const QList<QByteArray> parts = good.split('.');
    const QByteArray noneHeader = b64(R"({"alg":"none","typ":"JWT"})");
    const auto withHeader
        = [&](const QByteArray& header) { return b64(header) + '.' + parts[1] + '.' + parts[2]; };
    const int hs256 = int(Algorithm::HS256);
    QTest::newRow("alg none, empty signature")
        << noneHeader + '.' + parts[1] + '.' << hs256 << QStringLiteral("algorithm")
        << int(ErrorKind::AlgorithmMismatch);
    QTest::newRow("alg None") << withHeader(R"({"alg":"None"})") << hs256 << QStringLiteral("algorithm")
                              << int(ErrorKind::AlgorithmMismatch);
    QTest::newRow("HS384 token, HS256 expected")
        << *sign(Secret, hs384) << hs256 << QStringLiteral("algorithm") << int(ErrorKind::AlgorithmMismatch);
    QTest::newRow("HS256 token, HS512 expected")
        << good << int(Algorithm::HS512) << QStringLiteral("algorithm") << int(ErrorKind::AlgorithmMismatch);
    QTest::newRow("RS256 header") << withHeader(R"({"alg":"RS256"})") << hs256 << QStringLiteral("algorithm")
                                  << int(ErrorKind::AlgorithmMismatch);
    QTest::newRow("no alg") << withHeader(R"({"typ":"JWT"})") << hs256 << QStringLiteral("algorithm")
                            << int(ErrorKind::MalformedToken);
    QTest::newRow("altered payload") << parts[0] + '.' + b64(R"({"admin":true})") + '.' + parts[2] << hs256
                                     << QStringLiteral("signature") << int(ErrorKind::BadSignature);
    QTest::newRow("altered header, same alg") << withHeader(R"({"alg":"HS256"})") << hs256
                                              << QStringLiteral("signature") << int(ErrorKind::BadSignature);
    QTest::newRow("truncated signature")
        << good.chopped(3) << hs256 << QStringLiteral("signature") << int(ErrorKind::BadSignature);
    QTest::newRow("wrong secret") << *sign("another-secret-another-secret-another-secret-0123", {}) << hs256
                                  << QStringLiteral("signature") << int(ErrorKind::BadSignature);
    QTest::newRow("two parts") << parts[0] + '.' + parts[1] << hs256 << QStringLiteral("format")
                               << int(ErrorKind::MalformedToken);
    QTest::newRow("four parts") << good + ".x" << hs256 << QStringLiteral("format")
                                << int(ErrorKind::MalformedToken);
    QTest::newRow("padding") << parts[0] + "=." + parts[1] + '.' + parts[2] << hs256
                             << QStringLiteral("format") << int(ErrorKind::MalformedToken);
    QTest::newRow("standard base64") << parts[0] + '.' + parts[1] + '.'
            + QByteArray(parts[2]).replace('-', '+').replace('_', '/') + "+"
                                     << hs256 << QStringLiteral("format") << int(ErrorKind::MalformedToken);
    QTest::newRow("header not JSON") << b64("not json") + '.' + parts[1] + '.' + parts[2] << hs256
                                     << QStringLiteral("format") << int(ErrorKind::MalformedToken);
    QTest::newRow("critical extension") << withHeader(R"({"alg":"HS256","crit":["exp"]})") << hs256
                                        << QStringLiteral("format") << int(ErrorKind::MalformedToken);
    // Claims are read only behind a valid signature: this token is signed with
    // Qt's HMAC (independent of ours) and carries a text "exp".
    const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = b64(R"({"exp":"tomorrow"})");
    const QByteArray mac
        = QMessageAuthenticationCode::hash(header + '.' + payload, Secret, QCryptographicHash::Sha256);
    QTest::newRow("exp not a number") << header + '.' + payload + '.' + b64(mac) << hs256
                                      << QStringLiteral("exp") << int(ErrorKind::MalformedToken);
}

void TestJwt::refusals()
{
    QFETCH(QByteArray, token);
    QFETCH(int, expected);
    QFETCH(QString, check);
    QFETCH(int, kind);
    const Verification v = verify(Secret, token, { Algorithm(expected), 0 });
    QVERIFY(!v.valid());
    QCOMPARE(v.failedCheck(), check);
    QCOMPARE(int(v.error->kind), kind);
    if (check != QLatin1String("exp")) {
        QVERIFY(v.claimsJson.isEmpty()); // nothing from an unverified payload
    }
}

void TestJwt::signErrors_data()
{
    QTest::addColumn<QByteArray>("claims");
    QTest::addColumn<bool>("expires");
    QTest::addColumn<int>("kind");
    QTest::newRow("invalid JSON") << QByteArray("{sub: 1}") << false << int(ErrorKind::InvalidJson);
    QTest::newRow("array") << QByteArray("[1,2]") << false << int(ErrorKind::InvalidJson);
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})") << false << int(ErrorKind::InvalidJson);
    QTest::newRow("exp twice") << QByteArray(R"({"exp":1})") << true << int(ErrorKind::Usage);
    QTest::newRow("nbf text") << QByteArray(R"({"nbf":"soon"})") << false << int(ErrorKind::InvalidJson);
}

void TestJwt::signErrors()
{
    QFETCH(QByteArray, claims);
    QFETCH(bool, expires);
    QFETCH(int, kind);
    SignOptions options;
    options.claimsJson = claims;
    if (expires) {
        options.expiresInSeconds = 60;
    }
    auto token = sign(Secret, options);
    QVERIFY(!token);
    QCOMPARE(int(token.error().kind), kind);
}

void TestJwt::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("10m") << QStringLiteral("10m") << qint64(600);
    QTest::newRow("1h") << QStringLiteral("1h") << qint64(3600);
    QTest::newRow("7d") << QStringLiteral("7d") << qint64(7 * 86400);
    QTest::newRow("90s") << QStringLiteral("90s") << qint64(90);
    QTest::newRow("bare seconds") << QStringLiteral("3600") << qint64(3600);
    QTest::newRow("2w") << QStringLiteral("2w") << qint64(14 * 86400);
    QTest::newRow("1.5h") << QStringLiteral("1.5h") << qint64(5400);
    QTest::newRow("words") << QStringLiteral("30 minutes") << qint64(1800);
    QTest::newRow("upper") << QStringLiteral("2H") << qint64(7200);
    QTest::newRow("1y") << QStringLiteral("1y") << qint64(31557600);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5m") << qint64(-1);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("unit only") << QStringLiteral("m") << qint64(-1);
    QTest::newRow("unknown unit") << QStringLiteral("5 fortnights") << qint64(-1);
    QTest::newRow("200 years") << QStringLiteral("200y") << qint64(-1);
}

void TestJwt::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    auto parsed = parseDuration(text);
    QCOMPARE(parsed ? *parsed : qint64(-1), seconds);
}

void TestJwt::strength_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("sufficient");
    const QByteArray example("your-super-secret-key");
    QCOMPARE(example.size(), 21);
    for (Algorithm a : { Algorithm::HS256, Algorithm::HS384, Algorithm::HS512 }) {
        QTest::addRow("documented example, %s", qPrintable(algorithmName(a))) << example << int(a) << false;
    }
    QTest::newRow("31 bytes, HS256") << QByteArray(31, 'k') << int(Algorithm::HS256) << false;
    QTest::newRow("32 bytes, HS256") << QByteArray(32, 'k') << int(Algorithm::HS256) << true;
    QTest::newRow("32 bytes, HS384") << QByteArray(32, 'k') << int(Algorithm::HS384) << false;
    QTest::newRow("48 bytes, HS384") << QByteArray(48, 'k') << int(Algorithm::HS384) << true;
    QTest::newRow("63 bytes, HS512") << QByteArray(63, 'k') << int(Algorithm::HS512) << false;
    QTest::newRow("64 bytes, HS512") << QByteArray(64, 'k') << int(Algorithm::HS512) << true;
    QTest::newRow("multi-byte characters count as bytes")
        << QByteArray("ä").repeated(16) << int(Algorithm::HS256) << true;
}

void TestJwt::strength()
{
    QFETCH(QByteArray, secret);
    QFETCH(int, algorithm);
    QFETCH(bool, sufficient);
    const Strength s = assessSecret(secret, Algorithm(algorithm));
    QCOMPARE(s.sufficient, sufficient);
    QCOMPARE(s.bytes, secret.size());
    QCOMPARE(s.severity, sufficient ? Severity::Ok : Severity::Error);
    QVERIFY(!s.message.contains(QString::fromUtf8(secret)));
    if (secret == "your-super-secret-key") {
        QVERIFY(s.documentationExample);
    }
}

void TestJwt::generator()
{
    QSet<QByteArray> seen;
    for (const auto& [bytes, length, alg] :
         { std::tuple { 32, 43, Algorithm::HS256 }, std::tuple { 48, 64, Algorithm::HS384 },
           std::tuple { 64, 86, Algorithm::HS512 } }) {
        QCOMPARE(recommendedRandomBytes(alg), bytes);
        auto secret = generateSecret(bytes);
        QVERIFY(secret);
        QCOMPARE(secret->size(), length);
        const QByteArray text(secret->chars(), secret->size());
        QCOMPARE(QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding).size(), bytes);
        QVERIFY(!text.contains('=') && !text.contains('+') && !text.contains('/'));
        QVERIFY(assessSecret(secret->view(), alg).sufficient);
        QVERIFY(!seen.contains(text));
        seen.insert(text);
    }
    QVERIFY(!generateSecret(16));
}

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
