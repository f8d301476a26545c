// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HexView.h"

#include "widgets/ClipboardService.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

namespace sb {

namespace {

constexpr int Margin = 6;

QString hexByte(unsigned char b)
{
    static constexpr char digits[] = "0123456789abcdef";
    const QChar pair[2] = { QLatin1Char(digits[b >> 4]), QLatin1Char(digits[b & 0xF]) };
    return QString(pair, 2);
}

} // namespace

HexView::HexView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Hex view"));
}

void HexView::setData(const QByteArray& data, qsizetype baseOffset)
{
    m_data = data;
    m_baseOffset = baseOffset;
    m_selectionOffset = 0;
    m_selectionLength = 0;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void HexView::setRegions(const QList<Region>& regions)
{
    m_regions = regions;
    viewport()->update();
}

void HexView::setSelection(qsizetype offset, qsizetype length)
{
    m_selectionOffset = std::clamp<qsizetype>(offset, 0, m_data.size());
    m_selectionLength = std::clamp<qsizetype>(length, 0, m_data.size() - m_selectionOffset);
    const int row = static_cast<int>(m_selectionOffset / BytesPerRow);
    QScrollBar* bar = verticalScrollBar();
    const int visible = std::max(1, viewport()->height() / lineHeight() - 1);
    if (row < bar->value() || row >= bar->value() + visible) {
        bar->setValue(row);
    }
    viewport()->update();
}

int HexView::rowCount() const
{
    return static_cast<int>((m_data.size() + BytesPerRow - 1) / BytesPerRow);
}

QString HexView::rowText(int row) const
{
    const qsizetype start = qsizetype(row) * BytesPerRow;
    QString hex;
    QString ascii;
    for (int i = 0; i < BytesPerRow; ++i) {
        const qsizetype at = start + i;
        if (i == 8) {
            hex += QLatin1Char(' ');
        }
        if (at < m_data.size()) {
            const auto b = static_cast<unsigned char>(m_data[at]);
            hex += hexByte(b) + QLatin1Char(' ');
            ascii
                += b >= 0x20 && b < 0x7f ? QChar(QLatin1Char(static_cast<char>(b))) : QChar(QLatin1Char('.'));
        } else {
            hex += QStringLiteral("   ");
        }
    }
    return QStringLiteral("%1  %2 |%3|")
        .arg(m_baseOffset + start, 8, 16, QLatin1Char('0'))
        .arg(hex, ascii.leftJustified(BytesPerRow));
}

QSize HexView::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(rowText(0)) + 2 * Margin + verticalScrollBar()->sizeHint().width(),
                 lineHeight() * 8 + 2 * Margin);
}

int HexView::lineHeight() const
{
    return QFontMetrics(font()).height() + 2;
}

QColor HexView::regionColour(qsizetype index) const
{
    for (const Region& region : m_regions) {
        if (index >= region.offset && index < region.offset + region.length) {
            return region.colour;
        }
    }
    return {};
}

void HexView::updateScrollBars()
{
    const int visible = std::max(1, viewport()->height() / lineHeight());
    verticalScrollBar()->setRange(0, std::max(0, rowCount() - visible));
    verticalScrollBar()->setPageStep(visible);
    const QFontMetrics fm(font());
    const int width = fm.horizontalAdvance(rowText(0)) + 2 * Margin;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    painter.setFont(font());
    const QFontMetrics fm(font());
    const int charWidth = fm.horizontalAdvance(QLatin1Char('0'));
    const int lh = lineHeight();
    const int first = verticalScrollBar()->value();
    const int x0 = Margin - horizontalScrollBar()->value();
    const int hexStart = x0 + charWidth * 10; // "00000000  "
    const int asciiStart = hexStart + charWidth * (BytesPerRow * 3 + 1) + charWidth;
    const QColor selection = palette().highlight().color();
    for (int row = first, y = Margin; row < rowCount() && y < viewport()->height(); ++row, y += lh) {
        const qsizetype start = qsizetype(row) * BytesPerRow;
        // Part tints and the selection behind the bytes.
        for (int i = 0; i < BytesPerRow && start + i < m_data.size(); ++i) {
            const qsizetype at = start + i;
            const int hx = hexStart + charWidth * (i * 3 + (i >= 8 ? 1 : 0));
            const int ax = asciiStart + charWidth * i;
            QColor tint = regionColour(at);
            const bool selected = at >= m_selectionOffset && at < m_selectionOffset + m_selectionLength;
            if (selected) {
                tint = selection;
            } else if (tint.isValid()) {
                tint.setAlpha(70);
            }
            if (tint.isValid()) {
                painter.fillRect(QRect(hx - 1, y, charWidth * 3 - (i == 7 || i == 15 ? charWidth : 0), lh),
                                 tint);
                painter.fillRect(QRect(ax, y, charWidth, lh), tint);
            }
        }
        painter.setPen(palette().placeholderText().color());
        painter.drawText(x0, y + fm.ascent() + 1,
                         QStringLiteral("%1").arg(m_baseOffset + start, 8, 16, QLatin1Char('0')));
        for (int i = 0; i < BytesPerRow && start + i < m_data.size(); ++i) {
            const qsizetype at = start + i;
            const auto b = static_cast<unsigned char>(m_data[at]);
            const bool selected = at >= m_selectionOffset && at < m_selectionOffset + m_selectionLength;
            painter.setPen(selected ? palette().highlightedText().color() : palette().text().color());
            const int hx = hexStart + charWidth * (i * 3 + (i >= 8 ? 1 : 0));
            painter.drawText(hx, y + fm.ascent() + 1, hexByte(b));
            painter.setPen(selected ? palette().highlightedText().color()
                                    : palette().placeholderText().color());
            painter.drawText(asciiStart + charWidth * i, y + fm.ascent() + 1,
                             b >= 0x20 && b < 0x7f ? QString(QLatin1Char(static_cast<char>(b)))
                                                   : QStringLiteral("."));
        }
    }
}

void HexView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    const QByteArray bytes
        = m_selectionLength > 0 ? m_data.mid(m_selectionOffset, m_selectionLength) : m_data;
    // Envelope bytes are ciphertext, not secrets: plain copies.
    menu.addAction(tr("Copy as hex"), this,
                   [bytes] { ClipboardService::instance().copyText(QString::fromLatin1(bytes.toHex())); });
    menu.addAction(tr("Copy as base64"), this,
                   [bytes] { ClipboardService::instance().copyText(QString::fromLatin1(bytes.toBase64())); });
    menu.exec(event->globalPos());
}

} // namespace sb
