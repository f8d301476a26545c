// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/JsonText.h"

#include <QTest>

using namespace sb;

// Expected outputs are what Node.js prints for JSON.stringify(JSON.parse(input));
// the interop suite checks the same table against a live Node.js.
class TestJsonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compactLikeStringify_data();
    void compactLikeStringify();
    void invalid_data();
    void invalid();
    void quoted_data();
    void quoted();
    void positions();
    void prettyLikeStringify_data();
    void prettyLikeStringify();
};

void TestJsonText::compactLikeStringify_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whitespace") << QByteArray(" { \"a\" : 1 ,\n\t\"b\" : [ 1 , 2 ] } ")
                                << QByteArray("{\"a\":1,\"b\":[1,2]}");
    QTest::newRow("key order kept") << QByteArray("{\"z\":1,\"a\":2,\"m\":3}")
                                    << QByteArray("{\"z\":1,\"a\":2,\"m\":3}");
    QTest::newRow("trailing zeros") << QByteArray("[1.50, 2.0, -0.0, 0.000]") << QByteArray("[1.5,2,0,0]");
    QTest::newRow("exponents") << QByteArray("[1e2, 1E-7, 1.5e21, 1e21, 123e-2]")
                               << QByteArray("[100,1e-7,1.5e+21,1e+21,1.23]");
    QTest::newRow("small decimals") << QByteArray("[0.000001, 0.0000001]") << QByteArray("[0.000001,1e-7]");
    QTest::newRow("big integers") << QByteArray("[12345678901234567890, 9007199254740993]")
                                  << QByteArray("[12345678901234567000,9007199254740992]");
    QTest::newRow("overflow") << QByteArray("[1e400, -1e400, 1e-400]") << QByteArray("[null,null,0]");
    QTest::newRow("escapes decoded") << QByteArray("\"\\u00e9\\/\\u0041\"") << QByteArray("\"\xc3\xa9/A\"");
    QTest::newRow("escapes kept") << QByteArray("\"\\n\\t\\\"\\\\\\u0001\\u001f\"")
                                  << QByteArray("\"\\n\\t\\\"\\\\\\u0001\\u001f\"");
    QTest::newRow("surrogate pair") << QByteArray("\"\\ud83d\\udd11\"") << QByteArray("\"\xf0\x9f\x94\x91\"");
    QTest::newRow("lone surrogate") << QByteArray("\"\\uD800x\"") << QByteArray("\"\\ud800x\"");
    QTest::newRow("DEL and U+2028 literal")
        << QByteArray("\"\x7f\xe2\x80\xa8\"") << QByteArray("\"\x7f\xe2\x80\xa8\"");
    QTest::newRow("literals") << QByteArray("[true,false,null]") << QByteArray("[true,false,null]");
    QTest::newRow("scalar") << QByteArray(" \"just a string\" ") << QByteArray("\"just a string\"");
    QTest::newRow("nested empty") << QByteArray("{\"a\":{},\"b\":[],\"c\":[{}]}")
                                  << QByteArray("{\"a\":{},\"b\":[],\"c\":[{}]}");
}

void TestJsonText::compactLikeStringify()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    SecureBuffer out;
    auto ok = JsonText::compact(input, out);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    QCOMPARE(out.view().toByteArray(), expected);
    QVERIFY(JsonText::validate(input));
}

void TestJsonText::invalid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::newRow("empty") << QByteArray("") << "line 1, column 1";
    QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << "line 1, column 8";
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << "line 1, column 2";
    QTest::newRow("comment") << QByteArray("{\n// no\n}") << "line 2, column 1";
    QTest::newRow("leading zero") << QByteArray("[01]") << "line 1, column 3";
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << "line 1, column 3";
    QTest::newRow("bad escape") << QByteArray("\"\\x\"") << "line 1, column 2";
    QTest::newRow("invalid UTF-8") << QByteArray("\"\xff\"") << "line 1, column 2";
    QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\n \"a\":2}") << "line 2, column 2";
    QTest::newRow("two values") << QByteArray("{} {}") << "line 1, column 4";
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf{}") << "line 1, column 1";
    QTest::newRow("NaN") << QByteArray("[NaN]") << "line 1, column 2";
    QTest::newRow("unclosed") << QByteArray("{\"a\": [1, 2") << "line 1, column 12";
    QTest::newRow("too deep") << QByteArray(600, '[') << "nesting";
}

void TestJsonText::invalid()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    SecureBuffer out = SecureBuffer::copyOf("left over");
    auto ok = JsonText::compact(input, out);
    QVERIFY(!ok);
    QCOMPARE(ok.error().kind, ErrorKind::InvalidJson);
    QVERIFY2(ok.error().message.contains(where), qPrintable(ok.error().message));
    QVERIFY(out.isEmpty()); // no partial output
    QVERIFY(!JsonText::validate(input));
}

void TestJsonText::quoted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
    QTest::newRow("specials") << QByteArray("a\"b\\c\nd\re\tf\bg\fh")
                              << QByteArray("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\"");
    QTest::newRow("control") << QByteArray("\x01\x1f", 2) << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("\"a\\u0000b\"");
    QTest::newRow("UTF-8 kept") << QByteArray("caf\xc3\xa9 /") << QByteArray("\"caf\xc3\xa9 /\"");
    // Escapes at every offset of the eight-byte fast scan.
    for (int at = 0; at < 20; ++at) {
        for (const char special : { '"', '\\', '\n', '\x1f', '\0' }) {
            QByteArray input(20, 'a');
            input[at] = special;
            QByteArray escaped = special == '"' ? QByteArray("\\\"")
                : special == '\\'               ? QByteArray("\\\\")
                : special == '\n'               ? QByteArray("\\n")
                : special == '\x1f'             ? QByteArray("\\u001f")
                                                : QByteArray("\\u0000");
            QTest::addRow("0x%02x at %d", special, at)
                << input << "\"" + QByteArray(at, 'a') + escaped + QByteArray(19 - at, 'a') + "\"";
        }
    }
    QTest::newRow("0x7f and 0x20 need no escape")
        << QByteArray("\x7f \x7f \x7f \x7f \x7f") << QByteArray("\"\x7f \x7f \x7f \x7f \x7f\"");
    QTest::newRow("high bytes need no escape")
        << QByteArray(16, '\xe0') << "\"" + QByteArray(16, '\xe0') + "\"";
}

void TestJsonText::quoted()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonText::quoted(input), expected);
}

void TestJsonText::positions()
{
    QCOMPARE(JsonText::describePosition("ab\ncd\xc3\xa9x", 7), QStringLiteral("line 2, column 4"));
    QCOMPARE(JsonText::describePosition("abc", 99), QStringLiteral("line 1, column 4"));
}

void TestJsonText::prettyLikeStringify_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // Expected values are JSON.stringify(JSON.parse(input), null, 2).
    QTest::newRow("scalar") << QByteArray(" 1.50 ") << QByteArray("1.5");
    QTest::newRow("key order kept") << QByteArray(R"({"b":1,"a":[true,null]})")
                                    << QByteArray("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ]\n}");
    QTest::newRow("empty containers")
        << QByteArray(R"({"o":{},"a":[]})") << QByteArray("{\n  \"o\": {},\n  \"a\": []\n}");
    QTest::newRow("structure characters in strings")
        << QByteArray(R"(["{,:}\"[]"])") << QByteArray("[\n  \"{,:}\\\"[]\"\n]");
}

void TestJsonText::prettyLikeStringify()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    SecureBuffer out;
    QVERIFY(JsonText::pretty(input, out).has_value());
    QCOMPARE(out.view().toByteArray(), expected);
    QVERIFY(!JsonText::pretty("{\"a\":", out).has_value());
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
