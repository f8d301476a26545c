// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CodeEditor.h"
#include "widgets/JsonHighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace sb;

class TestCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goToMovesTheCursor();
    void lineNumberAreaGrowsWithLines();
    void marksUnderline();
    void highlighterColoursKeysAndValues();
};

void TestCodeEditor::goToMovesTheCursor()
{
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("{\n  \"a\": 1,\n  \"b\": true\n}"));
    editor.goTo(3, 4);
    QCOMPARE(editor.currentLine(), 3);
    QCOMPARE(editor.currentColumn(), 4);
    editor.goTo(99, 1); // out of range: stays
    QCOMPARE(editor.currentLine(), 3);
}

void TestCodeEditor::lineNumberAreaGrowsWithLines()
{
    CodeEditor editor;
    const int small = editor.lineNumberAreaWidth();
    editor.setPlainText(QString(QStringLiteral("x\n")).repeated(12000));
    QVERIFY(editor.lineNumberAreaWidth() > small);
}

void TestCodeEditor::marksUnderline()
{
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("line one\nline two"));
    editor.setMarks({ { 2, 6, Qt::red, QStringLiteral("problem") } });
    bool found = false;
    for (const QTextEdit::ExtraSelection& s : editor.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            found = true;
            QCOMPARE(s.cursor.block().blockNumber(), 1);
            QCOMPARE(s.cursor.selectedText(), QStringLiteral("two"));
        }
    }
    QVERIFY(found);
}

void TestCodeEditor::highlighterColoursKeysAndValues()
{
    CodeEditor editor;
    auto* highlighter = new JsonHighlighter(editor.document());
    editor.setPlainText(QStringLiteral("{\"key\": \"value\", \"n\": 12}"));
    highlighter->rehighlight();
    const QList<QTextLayout::FormatRange> formats = editor.document()->firstBlock().layout()->formats();
    auto colourAt = [&](int position) {
        for (const auto& range : formats) {
            if (position >= range.start && position < range.start + range.length) {
                return range.format.foreground().color();
            }
        }
        return QColor();
    };
    QVERIFY(colourAt(2).isValid()); // key
    QVERIFY(colourAt(10).isValid()); // string value
    QVERIFY(colourAt(2) != colourAt(10)); // keys and strings differ
    QVERIFY(colourAt(23).isValid()); // number
}

QTEST_MAIN(TestCodeEditor)
#include "TestCodeEditor.moc"
