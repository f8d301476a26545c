// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeEditor.h"

#include "SeverityStyle.h"
#include "common/Settings.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace sb {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor* m_editor;
};

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    applyFontSetting();
    connect(&Settings::instance(), &Settings::changed, this, &CodeEditor::applyFontSetting);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves on to the next control: a keyboard user must be able to leave the editor.
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    connect(this, &QPlainTextEdit::textChanged, this, &CodeEditor::updateSelections);
    updateLineNumberAreaWidth();
    updateSelections();
}

void CodeEditor::applyFontSetting()
{
    const Settings& settings = Settings::instance();
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!settings.editorFontFamily().isEmpty()) {
        font.setFamily(settings.editorFontFamily());
    }
    font.setPointSize(settings.editorFontSize());
    setFont(font);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    updateLineNumberAreaWidth();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10) {
        ++digits;
    }
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 3);
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy) {
        m_lineNumbers->scroll(0, dy);
    } else {
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateLineNumberAreaWidth();
    }
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

bool CodeEditor::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromParent(help->pos()));
        const int line = cursor.blockNumber() + 1;
        for (const Mark& mark : m_marks) {
            if (mark.line == line && !mark.tooltip.isEmpty()) {
                QToolTip::showText(help->globalPos(), mark.tooltip, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            bool marked = false;
            for (const Mark& mark : m_marks) {
                marked = marked || mark.line == number + 1;
            }
            painter.setPen(
                marked ? severityColour(Severity::Error)
                       : palette().color(number == current ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int CodeEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int CodeEditor::currentColumn() const
{
    return textCursor().positionInBlock() + 1;
}

void CodeEditor::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    updateSelections();
    m_lineNumbers->update();
}

void CodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    // No current-line band on an empty editor: it would paint over the placeholder's first line.
    if (!isReadOnly() && !document()->isEmpty()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(palette().color(QPalette::AlternateBase));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    for (const Mark& mark : m_marks) {
        const QTextBlock block = document()->findBlockByNumber(mark.line - 1);
        if (!block.isValid()) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(mark.colour);
        selection.cursor = QTextCursor(block);
        if (mark.column > 0) {
            selection.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                          std::min(mark.column - 1, std::max(0, block.length() - 2)));
            selection.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
            if (!selection.cursor.hasSelection()) {
                selection.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
            }
        } else {
            selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
}

} // namespace sb
