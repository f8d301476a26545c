// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/EnvelopeScanner.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

class TestEnvelopeScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void looksLikeEnvelope_data();
    void looksLikeEnvelope();
    void findsEveryEnvelopeWithItsPath();
    void pathsQuoteOddKeys();
};

namespace {
QString envelope(QByteArrayView value)
{
    auto cipher = PortManagedCipher::fromClientSecret("scanner-client-secret-0123456789abcdef");
    return QString::fromLatin1(encodeEnvelopeText(*cipher->encrypt(value)));
}
} // namespace

void TestEnvelopeScanner::looksLikeEnvelope_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("envelope") << envelope("v") << true;
    QTest::newRow("empty-value envelope") << envelope("") << true;
    QTest::newRow("base64url envelope") << envelope("value with url chars")
                                               .replace(QLatin1Char('+'), QLatin1Char('-'))
                                               .replace(QLatin1Char('/'), QLatin1Char('_'))
                                        << true;
    QTest::newRow("short word") << QStringLiteral("hello") << false;
    QTest::newRow("sentence") << QStringLiteral("This is a perfectly ordinary sentence of prose text")
                              << false;
    QTest::newRow("sha256 hex") << QStringLiteral(
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                                << false;
    QTest::newRow("uuid") << QStringLiteral("123e4567-e89b-12d3-a456-426614174000") << false;
    QTest::newRow("url") << QStringLiteral("https://example.com/hooks/deploy?run=r_123456789") << false;
    QTest::newRow("too short base64") << QStringLiteral("QUJDREVGR0hJSktMTU5PUA==") << false;
}

void TestEnvelopeScanner::looksLikeEnvelope()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(sb::looksLikeEnvelope(text), expected);
}

void TestEnvelopeScanner::findsEveryEnvelopeWithItsPath()
{
    const QString a = envelope("a");
    const QString b = envelope("{\"x\":1}");
    QJsonObject body {
        { QStringLiteral("payload"),
          QJsonObject { { QStringLiteral("properties"),
                          QJsonObject { { QStringLiteral("password"), a },
                                        { QStringLiteral("name"), QStringLiteral("web") } } },
                        { QStringLiteral("list"), QJsonArray { 1, b } } } },
        { QStringLiteral("run"), QStringLiteral("r_1234") },
    };
    const QList<FoundEnvelope> found = findEnvelopes(body);
    QCOMPARE(found.size(), 2);
    QStringList paths;
    for (const FoundEnvelope& f : found) {
        paths << f.path;
        QVERIFY(!f.inspection.layouts.isEmpty());
    }
    paths.sort();
    QCOMPARE(paths,
             (QStringList { QStringLiteral("$.payload.list[1]"),
                            QStringLiteral("$.payload.properties.password") }));
}

void TestEnvelopeScanner::pathsQuoteOddKeys()
{
    QCOMPARE(jsonPathAppendKey(QStringLiteral("$"), QStringLiteral("secret-input")),
             QStringLiteral("$.secret-input"));
    QCOMPARE(jsonPathAppendKey(QStringLiteral("$"), QStringLiteral("a b")), QStringLiteral("$[\"a b\"]"));
    QCOMPARE(jsonPathAppendKey(QStringLiteral("$.x"), QStringLiteral("q\"uote")),
             QStringLiteral("$.x[\"q\\\"uote\"]"));
    QCOMPARE(jsonPathAppendIndex(QStringLiteral("$.x"), 3), QStringLiteral("$.x[3]"));
}

QTEST_GUILESS_MAIN(TestEnvelopeScanner)
#include "TestEnvelopeScanner.moc"
