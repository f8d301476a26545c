// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "common/JsonText.h"
#include "secrets/LeakCheck.h"

#include <QTest>

using namespace sb;
using namespace sb::test;

// Finding vault secrets in text, in every form they travel in.
class TestLeakCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forms_data();
    void forms();
    void nothingInCleanText();
    void positionsCountCharacters();
    void theWholeUrlIsOneFinding();
    void historyIsOptIn();
    void projectFilter();
    void findingsNeverContainTheSecret();
};

namespace {
const QByteArray Jwt = JwtSecretValue; // 43 ASCII characters
const QByteArray Tricky("p@ss/wörd \"quoted\" & more"); // needs every escape
const QByteArray Symbols("k>>>v???w>>>x???"); // base64 with '+' and '/'

LeakChecker checkerFor(const QByteArray& value, ProjectSecretType type = ProjectSecretType::JwtSecret)
{
    LeakChecker checker;
    checker.addSecret(QStringLiteral("proj / NAME"), type, value);
    return checker;
}
} // namespace

void TestLeakCheck::forms_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("part");
    const int jwt = int(ProjectSecretType::JwtSecret);
    const int mongo = int(ProjectSecretType::MongoDbUrl);
    const QString value = QStringLiteral("value");
    const QString password = QStringLiteral("MongoDB password");
    QTest::newRow("raw") << Jwt << jwt << "token=" + Jwt + "\n" << QStringLiteral("raw") << value;
    QTest::newRow("base64") << Symbols << jwt << "x: " + Symbols.toBase64() << QStringLiteral("base64")
                            << value;
    QTest::newRow("base64url") << Symbols << jwt
                               << "x: "
            + Symbols.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                               << QStringLiteral("base64url") << value;
    for (int offset = 1; offset <= 2; ++offset) {
        // Inside a longer base64 run, at each alignment (HTTP Basic auth).
        const QByteArray credentials = QByteArray("user:").left(offset + 2) + Jwt;
        QTest::addRow("base64, alignment %d", (offset + 2) % 3)
            << Jwt << jwt << "Authorization: Basic " + credentials.toBase64() << QStringLiteral("base64")
            << value;
    }
    QTest::newRow("hex") << Jwt << jwt << "dump " + Jwt.toHex() << QStringLiteral("hex") << value;
    QTest::newRow("HEX") << Jwt << jwt << "dump " + Jwt.toHex().toUpper() << QStringLiteral("hex") << value;
    QTest::newRow("URL-encoded") << Tricky << jwt << "GET /?k=" + Tricky.toPercentEncoding()
                                 << QStringLiteral("URL-encoded") << value;
    QTest::newRow("form-encoded") << Tricky << jwt << "k=" + Tricky.toPercentEncoding(" ").replace(" ", "+")
                                  << QStringLiteral("URL-encoded") << value;
    QTest::newRow("JSON") << Tricky << jwt << "{\"k\":" + JsonText::quoted(Tricky) + "}"
                          << QStringLiteral("JSON-escaped") << value;
    QTest::newRow("JSON, escaped slash")
        << Tricky << jwt << QByteArray("{\"k\":\"p@ss\\/w\xc3\xb6rd \\\"quoted\\\" & more\"}")
        << QStringLiteral("JSON-escaped") << value;
    QTest::newRow("JSON, ASCII only")
        << Tricky << jwt << QByteArray("{\"k\":\"p@ss/w\\u00f6rd \\\"quoted\\\" & more\"}")
        << QStringLiteral("JSON-escaped") << value;
    QTest::newRow("whole URL") << MongoUrlValue << mongo << "connecting to " + MongoUrlValue
                               << QStringLiteral("raw") << value;
    QTest::newRow("password, decoded")
        << MongoUrlValue << mongo << "auth with " + MongoPasswordDecoded + " failed" << QStringLiteral("raw")
        << password;
    QTest::newRow("password, as in the URL")
        << MongoUrlValue << mongo << QByteArray("pw=Tr0ub4dor%2F3x%40mple") << QStringLiteral("URL-encoded")
        << password;
    QTest::newRow("password, base64") << MongoUrlValue << mongo << "p=" + MongoPasswordDecoded.toBase64()
                                      << QStringLiteral("base64") << password;
    QTest::newRow("short secret") << QByteArray("abc") << jwt << QByteArray("xx abc yy")
                                  << QStringLiteral("raw") << value;
}

void TestLeakCheck::forms()
{
    QFETCH(QByteArray, secret);
    QFETCH(int, type);
    QFETCH(QByteArray, text);
    QFETCH(QString, form);
    QFETCH(QString, part);
    const LeakChecker checker = checkerFor(secret, ProjectSecretType(type));
    const QList<LeakFinding> findings = checker.scan(text);
    QVERIFY2(findings.size() == 1, qPrintable(QString::number(findings.size())));
    QCOMPARE(findings[0].form, form);
    QCOMPARE(findings[0].part, part);
    QCOMPARE(findings[0].secret, QStringLiteral("proj / NAME"));
    QCOMPARE(findings[0].line, 1);
}

void TestLeakCheck::nothingInCleanText()
{
    LeakChecker checker;
    checker.addVault(sampleContent());
    QVERIFY(checker.needleCount() > 20);
    // The redacted URL and the reference are what may be shown.
    const QByteArray text = "db: mongodb+srv://app_user:****@cluster0.example.net/shop?retryWrites=true\n"
                            "jwt: {{ secrets.JWT_SECRET }}\nprefix "
        + Jwt.left(20) + "\n";
    QCOMPARE(checker.scan(text).size(), 0);
}

void TestLeakCheck::positionsCountCharacters()
{
    const LeakChecker checker = checkerFor(Jwt);
    const QByteArray text = "first line\nüñí " + Jwt + "\n\nagain: " + Jwt.toHex();
    const QList<LeakFinding> findings = checker.scan(text);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[0].line, 2);
    QCOMPARE(findings[0].column, 5); // three 2-byte characters and a space before it
    QCOMPARE(findings[0].offset, text.indexOf(Jwt));
    QCOMPARE(findings[0].length, Jwt.size());
    QCOMPARE(findings[1].line, 4);
    QCOMPARE(findings[1].column, 8);
    QCOMPARE(findings[1].form, QStringLiteral("hex"));
}

void TestLeakCheck::theWholeUrlIsOneFinding()
{
    const LeakChecker checker = checkerFor(MongoUrlValue, ProjectSecretType::MongoDbUrl);
    // The URL contains its password: reported once, as the URL.
    QCOMPARE(checker.scan(MongoUrlValue).size(), 1);
    QCOMPARE(checker.scan("a " + MongoUrlValue + " b " + MongoPasswordDecoded).size(), 2);
}

void TestLeakCheck::historyIsOptIn()
{
    const VaultContent content = sampleContent();
    const QByteArray text = "old: old-jwt-secret-value-0000000000000\n";
    LeakChecker current;
    current.addVault(content);
    QCOMPARE(current.scan(text).size(), 0);
    LeakChecker all;
    all.addVault(content, {}, true);
    const QList<LeakFinding> findings = all.scan(text);
    QCOMPARE(findings.size(), 1);
    QVERIFY(!findings[0].currentValue);
    QCOMPARE(findings[0].secret, QStringLiteral("shop-prod / JWT_SECRET (old version 1)"));
}

void TestLeakCheck::projectFilter()
{
    const VaultContent content = sampleContent();
    LeakChecker staging;
    staging.addVault(content, QStringLiteral("shop-staging"));
    QCOMPARE(staging.scan(Jwt).size(), 0);
    QCOMPARE(staging.scan("mongodb://localhost:27017/shop").size(), 1);
}

void TestLeakCheck::findingsNeverContainTheSecret()
{
    LeakChecker checker;
    checker.addVault(sampleContent(), {}, true);
    const QByteArray text = MongoUrlValue + "\n" + Jwt.toBase64() + "\n" + MongoPasswordDecoded.toHex();
    const QList<LeakFinding> findings = checker.scan(text);
    QCOMPARE(findings.size(), 3);
    for (const LeakFinding& f : findings) {
        const QString d = f.describe();
        QVERIFY(d.startsWith(QStringLiteral("line ")));
        for (const QByteArray& s : { MongoUrlValue, Jwt, MongoPasswordDecoded, Jwt.toBase64() }) {
            QVERIFY(!d.contains(QString::fromUtf8(s)));
        }
    }
}

QTEST_GUILESS_MAIN(TestLeakCheck)
#include "TestLeakCheck.moc"
