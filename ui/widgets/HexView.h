// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QList>

namespace sb {

// A read-only hex dump (offset, 16 bytes in hex, ASCII) for envelope bytes:
// parts can be tinted, one range selected and scrolled to. Not for secrets
// (plaintexts go to SecretTextView).
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct Region
    {
        qsizetype offset;
        qsizetype length;
        QColor colour;
    };

    static constexpr int BytesPerRow = 16;

    explicit HexView(QWidget* parent = nullptr);

    // `baseOffset` is what the first byte's offset is shown as (a part of a larger envelope).
    void setData(const QByteArray& data, qsizetype baseOffset = 0);
    const QByteArray& data() const { return m_data; }
    qsizetype baseOffset() const { return m_baseOffset; }

    void setRegions(const QList<Region>& regions);
    // Selects bytes [offset, offset + length) of the data and scrolls to them.
    void setSelection(qsizetype offset, qsizetype length);
    qsizetype selectionOffset() const { return m_selectionOffset; }
    qsizetype selectionLength() const { return m_selectionLength; }

    int rowCount() const;
    // The text of one row as drawn: "00000010  a1 b2 ... |..ascii..|".
    QString rowText(int row) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateScrollBars();
    int lineHeight() const;
    QColor regionColour(qsizetype index) const;

    QByteArray m_data;
    qsizetype m_baseOffset = 0;
    QList<Region> m_regions;
    qsizetype m_selectionOffset = 0;
    qsizetype m_selectionLength = 0;
};

} // namespace sb
