// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace sb {

// A monospace text editor with line numbers, for JSON definitions, bodies and
// PEM text. Not for single-line secrets (SecretField masks those).
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Mark
    {
        int line; // 1-based
        int column; // 1-based; 0 marks the whole line
        QColor colour;
        QString tooltip;
    };

    explicit CodeEditor(QWidget* parent = nullptr);

    // Moves the cursor to a 1-based line and column, scrolls there and focuses.
    void goTo(int line, int column);
    int currentLine() const;
    int currentColumn() const;

    // Underlines positions (problems from a linter, for instance).
    void setMarks(const QList<Mark>& marks);

    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent* event);
    void applyFontSetting();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);
    void updateSelections();

    QWidget* m_lineNumbers;
    QList<Mark> m_marks;
};

} // namespace sb
