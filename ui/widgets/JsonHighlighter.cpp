// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace sb {

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    const bool dark = darkPalette();
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_punctuation.setForeground(dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60));
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    // A string may not span lines in JSON, so each block is scanned on its own.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"')) {
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            }
            end = std::min(end + 1, n);
            qsizetype next = end;
            while (next < n && text.at(next).isSpace()) {
                ++next;
            }
            const bool isKey = next < n && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isDigit() || QStringLiteral(".eE+-").contains(text.at(end)))) {
                ++end;
            }
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter()) {
                ++end;
            }
            const QStringView word = QStringView(text).sliced(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null") {
                setFormat(int(i), int(end - i), m_literal);
            }
            i = end;
        } else {
            if (QStringLiteral("{}[],:").contains(c)) {
                setFormat(int(i), 1, m_punctuation);
            }
            ++i;
        }
    }
}

} // namespace sb
