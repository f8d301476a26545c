// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/EnvelopeInspection.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace sb {

class ByteMapWidget;
class HexView;

// The structure of one envelope: a byte map for each layout its length fits
// (the most plausible first, with the reason), and a hex view that shows the
// part selected in the map.
class StructurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StructurePanel(QWidget* parent = nullptr);

    // `chosen` is the most plausible layout's index, `reason` why.
    void setEnvelope(const QByteArray& bytes,
                     const QList<EnvelopeLayout>& layouts,
                     qsizetype chosen,
                     const QString& reason,
                     const QList<RejectedLayout>& rejected = {});
    void clear(const QString& message = {});

    int currentLayout() const;
    void setCurrentLayout(int index);
    ByteMapWidget* byteMap() const { return m_map; }
    HexView* hexView() const { return m_hex; }

private:
    void showLayout(int index);
    void showPart(int band);

    QComboBox* m_layouts;
    QLabel* m_reason;
    QLabel* m_rejected;
    ByteMapWidget* m_map;
    HexView* m_hex;
    QLabel* m_partTitle;
    QByteArray m_bytes;
    QList<EnvelopeLayout> m_layoutList;
    qsizetype m_chosen = -1;
};

} // namespace sb
