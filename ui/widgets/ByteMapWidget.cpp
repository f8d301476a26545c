// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteMapWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sb {

namespace {

constexpr int Margin = 8;
constexpr int BarHeight = 34;
constexpr int ScaleHeight = 18;
constexpr int LegendRowHeight = 22;

QString bytes(qsizetype n)
{
    return QLocale().toString(n) + (n == 1 ? QStringLiteral(" byte") : QStringLiteral(" bytes"));
}

} // namespace

ByteMapWidget::ByteMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Byte map"));
}

QColor ByteMapWidget::colourFor(const QString& partName)
{
    if (partName == QLatin1String("IV")) {
        return QColor(0x3b, 0x82, 0xf6); // blue
    }
    if (partName == QLatin1String("wrapped key")) {
        return QColor(0xa8, 0x55, 0xf7); // purple
    }
    if (partName == QLatin1String("ciphertext")) {
        return QColor(0x10, 0xb9, 0x81); // green
    }
    if (partName == QLatin1String("tag")) {
        return QColor(0xf5, 0x9e, 0x0b); // amber
    }
    return QColor(0x94, 0xa3, 0xb8);
}

void ByteMapWidget::setBands(const QList<Band>& bands, qsizetype total)
{
    m_bands = bands;
    m_total = total;
    m_current = m_bands.isEmpty()
        ? -1
        : std::min<int>(std::max(m_current, 0), static_cast<int>(m_bands.size()) - 1);
    updateGeometry();
    updateAccessibleText();
    update();
}

void ByteMapWidget::setCurrentBand(int index)
{
    if (index < -1 || index >= m_bands.size() || index == m_current) {
        return;
    }
    m_current = index;
    updateAccessibleText();
    update();
    Q_EMIT currentBandChanged(index);
}

QRectF ByteMapWidget::barRect() const
{
    return QRectF(Margin, Margin, std::max(10, width() - 2 * Margin), BarHeight);
}

QRectF ByteMapWidget::bandRect(int index) const
{
    if (index < 0 || index >= m_bands.size() || m_total <= 0) {
        return {};
    }
    const QRectF bar = barRect();
    const qreal scale = bar.width() / qreal(m_total);
    const Band& band = m_bands[index];
    qreal x = bar.left() + qreal(band.offset) * scale;
    qreal w = std::max(MinimumBandWidth, qreal(band.length) * scale);
    if (x + w > bar.right()) {
        x = bar.right() - w;
    }
    return QRectF(x, bar.top(), w, bar.height());
}

QRect ByteMapWidget::legendRect(int index) const
{
    const int top = Margin + BarHeight + ScaleHeight + 4;
    const int columns = width() >= 640 ? 2 : 1;
    const int columnWidth = (width() - 2 * Margin) / columns;
    return QRect(Margin + (index % columns) * columnWidth, top + (index / columns) * LegendRowHeight,
                 columnWidth, LegendRowHeight);
}

int ByteMapWidget::bandAt(const QPoint& pos) const
{
    for (int i = 0; i < m_bands.size(); ++i) {
        if (bandRect(i).adjusted(-2, 0, 2, 0).contains(pos) || legendRect(i).contains(pos)) {
            return i;
        }
    }
    return -1;
}

QSize ByteMapWidget::sizeHint() const
{
    const int rows = static_cast<int>((m_bands.size() + 1) / 2);
    return QSize(640, Margin * 2 + BarHeight + ScaleHeight + 4 + std::max(1, rows) * LegendRowHeight);
}

QSize ByteMapWidget::minimumSizeHint() const
{
    return QSize(240,
                 Margin * 2 + BarHeight + ScaleHeight + 4
                     + std::max<int>(1, static_cast<int>(m_bands.size())) * LegendRowHeight);
}

void ByteMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    if (m_bands.isEmpty() || m_total <= 0) {
        p.setPen(palette().placeholderText().color());
        p.drawText(bar, Qt::AlignCenter, tr("No envelope"));
        return;
    }
    const QFontMetrics fm(font());
    p.setPen(Qt::NoPen);
    p.setBrush(palette().alternateBase());
    p.drawRoundedRect(bar, 4, 4);
    for (int i = 0; i < m_bands.size(); ++i) {
        const Band& band = m_bands[i];
        const QRectF r = bandRect(i);
        QColor fill = band.colour;
        if (i != m_current && m_current >= 0) {
            fill.setAlpha(170);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRect(r);
        const QString inside = QStringLiteral("%1 · %2").arg(band.label, bytes(band.length));
        if (fm.horizontalAdvance(inside) + 8 < r.width()) {
            p.setPen(Qt::white);
            p.drawText(r, Qt::AlignCenter, inside);
        } else if (fm.horizontalAdvance(band.label) + 6 < r.width()) {
            p.setPen(Qt::white);
            p.drawText(r, Qt::AlignCenter, band.label);
        }
    }
    if (m_current >= 0) {
        QPen pen(palette().highlight().color(), 3);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(bandRect(m_current).adjusted(-1, -1, 1, 1));
    }
    if (hasFocus() && m_current >= 0) {
        QPen dotted(palette().text().color(), 1, Qt::DotLine);
        p.setPen(dotted);
        p.drawRect(bandRect(m_current).adjusted(-4, -4, 4, 4));
    }
    // Offsets at the part boundaries, under the bar. The total is always shown;
    // a boundary too close to one already drawn is left to the legend.
    p.setPen(palette().placeholderText().color());
    QList<std::pair<qreal, qsizetype>> ticks;
    for (int i = 0; i < m_bands.size(); ++i) {
        ticks.append({ bandRect(i).left(), m_bands[i].offset });
    }
    ticks.append({ bar.right(), m_total });
    QList<std::pair<qreal, qreal>> drawn; // horizontal extents of the labels drawn
    auto drawTick = [&](qreal x, qsizetype offset) {
        const QString text = QLocale().toString(offset);
        const qreal w = fm.horizontalAdvance(text);
        const qreal tx = std::clamp(x - w / 2, bar.left(), bar.right() - w);
        for (const auto& [left, right] : drawn) {
            if (tx < right + 4 && tx + w > left - 4) {
                return;
            }
        }
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 4));
        p.drawText(QPointF(tx, bar.bottom() + 4 + fm.ascent()), text);
        drawn.append({ tx, tx + w });
    };
    drawTick(ticks.last().first, ticks.last().second);
    for (qsizetype i = 0; i + 1 < ticks.size(); ++i) {
        drawTick(ticks[i].first, ticks[i].second);
    }
    // The legend: every part with its offset and length, whatever its drawn width.
    for (int i = 0; i < m_bands.size(); ++i) {
        const Band& band = m_bands[i];
        const QRect r = legendRect(i);
        if (i == m_current) {
            p.setPen(Qt::NoPen);
            // Translucent: the text stays readable on light and dark palettes.
            QColor selected = palette().highlight().color();
            selected.setAlpha(70);
            p.setBrush(selected);
            p.drawRoundedRect(r.adjusted(0, 1, -4, -1), 3, 3);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(band.colour);
        p.drawRoundedRect(QRect(r.left() + 4, r.top() + 5, 12, 12), 2, 2);
        p.setPen(palette().text().color());
        const QString text
            = tr("%1: offset %2, %3").arg(band.label, QLocale().toString(band.offset), bytes(band.length));
        p.drawText(r.adjusted(22, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

void ByteMapWidget::mousePressEvent(QMouseEvent* event)
{
    const int index = bandAt(event->position().toPoint());
    if (index >= 0) {
        setCurrentBand(index);
    }
    QWidget::mousePressEvent(event);
}

void ByteMapWidget::keyPressEvent(QKeyEvent* event)
{
    if (m_bands.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentBand(std::max(0, m_current - 1));
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentBand(std::min<int>(static_cast<int>(m_bands.size()) - 1, m_current + 1));
        break;
    case Qt::Key_Home:
        setCurrentBand(0);
        break;
    case Qt::Key_End:
        setCurrentBand(static_cast<int>(m_bands.size()) - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool ByteMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = bandAt(help->pos());
        if (index >= 0) {
            const Band& band = m_bands[index];
            QToolTip::showText(help->globalPos(),
                               tr("%1\nbytes %2 to %3 (%4)")
                                   .arg(band.label)
                                   .arg(band.offset)
                                   .arg(band.offset + band.length - 1)
                                   .arg(bytes(band.length)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void ByteMapWidget::updateAccessibleText()
{
    QStringList parts;
    for (const Band& band : m_bands) {
        parts << tr("%1 at offset %2, %3").arg(band.label).arg(band.offset).arg(bytes(band.length));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace sb
