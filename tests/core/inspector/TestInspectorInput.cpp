// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorFixtures.h"
#include "inspector/InspectorInput.h"

#include <QTest>

using namespace sb;
using namespace sb::test;

class TestInspectorInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
};

void TestInspectorInput::classify_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("firstPath");
    QTest::addColumn<qint64>("firstLine");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("note");

    const QByteArray e1 = portManaged("one");
    const QByteArray e2 = portManaged("two");
    const QByteArray longEnvelope = portManaged(QByteArray(300, 'x'));
    QByteArray wrapped;
    for (qsizetype i = 0; i < longEnvelope.size(); i += 76) {
        wrapped += longEnvelope.mid(i, 76) + "\n";
    }
    QByteArray escaped = "\"" + e1 + "\"";
    escaped.replace("/", "\\/");
    const QByteArray body = webhookBody(e1);

    QTest::newRow("envelope") << e1 << "envelope" << 1 << QString() << qint64(0) << 0 << QString();
    QTest::newRow("envelope with whitespace") << "\n  " + e1 + "  \n"
                                              << "envelope" << 1 << QString() << qint64(0) << 0 << QString();
    QTest::newRow("JSON string with escapes")
        << escaped << "envelope" << 1 << QString() << qint64(0) << 0 << "surrounding quotes";
    QTest::newRow("wrapped at 76") << wrapped << "envelope" << 1 << QString() << qint64(0) << 0 << QString();
    const QByteArray same = portManaged("same length");
    QTest::newRow("equal-length envelopes, one per line")
        << same + "\n" + portManaged("same-length") + "\n" + same << "envelope-lines" << 3 << QString()
        << qint64(1) << 0 << QString();
    QTest::newRow("one per line") << e1 + "\n" + e2 + "\n\n" + e1 + "\n"
                                  << "envelope-lines" << 3 << QString() << qint64(1) << 0 << QString();
    QTest::newRow("body") << body << "json" << 1 << "$.payload.properties.password" << qint64(0) << 0
                          << QString();
    QTest::newRow("body with a cut-off value")
        << webhookBody(e1 + "\",\"cut\":\"" + e2.left(45)) << "json" << 2 << "$.payload.properties.cut"
        << qint64(0) << 0 << QString();
    QTest::newRow("pretty body") << QByteArray("{\n  \"payload\": {\n    \"token\": \"" + e2 + "\"\n  }\n}\n")
                                 << "json" << 1 << "$.payload.token" << qint64(0) << 0 << QString();
    QTest::newRow("log of bodies") << body + "\n" + webhookBody(e2) + "\n" + body.left(60) + "\n"
                                   << "json-lines" << 2 << "$.payload.properties.password" << qint64(1) << 1
                                   << QString();
    QTest::newRow("JSON without envelopes") << QByteArray(R"({"user":"ops","token":"t0k3n"})") << "json" << 0
                                            << QString() << qint64(0) << 0 << QString();
    QTest::newRow("broken JSON") << QByteArray(R"({"user":"ops",)") << "json" << 0 << QString() << qint64(0)
                                 << 1 << QString();
    QTest::newRow("plain text") << QByteArray("hunter2 is the password") << "text" << 0 << QString()
                                << qint64(0) << 0 << QString();
    QTest::newRow("log text with an envelope")
        << "2026-01-01 INFO start\n2026-01-01 ERROR MAC check failed value=" + e1 + " run=r_1\n"
        << "text" << 1 << QString() << qint64(2) << 0 << QString();
    QTest::newRow("byte-order mark") << "\xEF\xBB\xBF" + body << "json" << 1
                                     << "$.payload.properties.password" << qint64(0) << 0
                                     << "byte-order mark";
    QTest::newRow("empty") << QByteArray(" \n ") << "empty" << 0 << QString() << qint64(0) << 0 << QString();
}

void TestInspectorInput::classify()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, kind);
    QFETCH(int, entries);
    QFETCH(QString, firstPath);
    QFETCH(qint64, firstLine);
    QFETCH(int, problems);
    QFETCH(QString, note);

    const ClassifiedInput c = classifyInput(input);
    QCOMPARE(inputKindName(c.kind), kind);
    QCOMPARE(inputKindName(guessInputKind(input)), kind);
    QCOMPARE(c.entries.size(), entries);
    QCOMPARE(c.problems.size(), problems);
    QVERIFY(!c.summary.isEmpty());
    QVERIFY(!c.reason.isEmpty());
    if (entries > 0) {
        QCOMPARE(c.entries.first().path, firstPath);
        QCOMPARE(c.entries.first().line, firstLine);
    }
    if (!note.isEmpty()) {
        QVERIFY2(c.notes.join(QLatin1Char(' ')).contains(note), qPrintable(c.notes.join(QLatin1Char(' '))));
    }
    if (kind == QLatin1String("envelope")) {
        // The value as found decodes to the envelope (the escapes undone).
        QVERIFY(decodeEnvelopeText(c.entries.first().text).has_value());
    }
}

QTEST_GUILESS_MAIN(TestInspectorInput)
#include "TestInspectorInput.moc"
