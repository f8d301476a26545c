// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace sb {

// A painted map of a byte string's parts (an envelope's IV, wrapped key,
// ciphertext and tag): one coloured band per part, drawn to scale, with its
// label, offset and length; a legend repeats them so that a 16-byte IV in a
// 5 KB envelope stays readable and clickable. Selecting a band (click, arrow
// keys) emits currentBandChanged so that a hex view can show that part.
class ByteMapWidget : public QWidget
{
    Q_OBJECT
public:
    struct Band
    {
        QString label;
        qsizetype offset = 0;
        qsizetype length = 0;
        QColor colour;
    };

    explicit ByteMapWidget(QWidget* parent = nullptr);

    void setBands(const QList<Band>& bands, qsizetype total);
    const QList<Band>& bands() const { return m_bands; }
    qsizetype total() const { return m_total; }

    int currentBand() const { return m_current; }
    void setCurrentBand(int index);

    // Where a band is drawn in the bar (to scale, at least MinimumBandWidth wide).
    QRectF bandRect(int index) const;
    // Where its legend entry is (also clickable).
    QRect legendRect(int index) const;
    int bandAt(const QPoint& pos) const;

    static constexpr qreal MinimumBandWidth = 2.0;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The standard colour for a part name ("IV", "wrapped key", "ciphertext", "tag").
    static QColor colourFor(const QString& partName);

Q_SIGNALS:
    void currentBandChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF barRect() const;
    void updateAccessibleText();

    QList<Band> m_bands;
    qsizetype m_total = 0;
    int m_current = -1;
};

} // namespace sb
