// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StructurePanel.h"

#include "widgets/ByteMapWidget.h"
#include "widgets/HexView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sb {

StructurePanel::StructurePanel(QWidget* parent)
    : QWidget(parent)
    , m_layouts(new QComboBox(this))
    , m_reason(new QLabel(this))
    , m_rejected(new QLabel(this))
    , m_map(new ByteMapWidget(this))
    , m_hex(new HexView(this))
    , m_partTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("structurePanel"));
    m_layouts->setObjectName(QStringLiteral("layoutCombo"));
    m_layouts->setAccessibleName(tr("Layout"));
    m_reason->setObjectName(QStringLiteral("layoutReason"));
    m_reason->setWordWrap(true);
    m_rejected->setObjectName(QStringLiteral("rejectedLayouts"));
    m_rejected->setWordWrap(true);
    m_map->setObjectName(QStringLiteral("byteMap"));
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_partTitle->setObjectName(QStringLiteral("partTitle"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Layout:"), this));
    top->addWidget(m_layouts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_reason);
    layout->addWidget(m_map);
    layout->addWidget(m_rejected);
    layout->addWidget(m_partTitle);
    layout->addWidget(m_hex, 1);
    layout->addStretch(0); // takes the room while there is no envelope to show

    connect(m_layouts, &QComboBox::currentIndexChanged, this, &StructurePanel::showLayout);
    connect(m_map, &ByteMapWidget::currentBandChanged, this, &StructurePanel::showPart);
    clear();
}

void StructurePanel::clear(const QString& message)
{
    m_bytes.clear();
    m_layoutList.clear();
    m_chosen = -1;
    const QSignalBlocker block(m_layouts);
    m_layouts->clear();
    m_layouts->setEnabled(false);
    m_reason->setText(message.isEmpty() ? tr("Paste an encrypted value to see its structure.") : message);
    m_rejected->clear();
    m_map->setBands({}, 0);
    m_hex->setData({});
    m_hex->hide();
    m_partTitle->clear();
}

void StructurePanel::setEnvelope(const QByteArray& bytes,
                                 const QList<EnvelopeLayout>& layouts,
                                 qsizetype chosen,
                                 const QString& reason,
                                 const QList<RejectedLayout>& rejected)
{
    m_bytes = bytes;
    m_layoutList = layouts;
    m_chosen = chosen;
    {
        const QSignalBlocker block(m_layouts);
        m_layouts->clear();
        for (qsizetype i = 0; i < layouts.size(); ++i) {
            QString title = layouts[i].title();
            if (i == chosen) {
                title += tr(" (most plausible)");
            }
            m_layouts->addItem(title);
        }
        m_layouts->setEnabled(layouts.size() > 1);
    }
    QStringList out;
    for (const RejectedLayout& r : rejected) {
        out << (r.format == EnvelopeFormat::PortManaged
                    ? envelopeFormatName(r.format)
                    : QStringLiteral("client-side, RSA-%1").arg(r.rsaBits))
                + tr(" needs at least %1 bytes").arg(r.minimumSize);
    }
    m_rejected->setText(out.isEmpty() ? QString()
                                      : tr("Does not fit: %1.").arg(out.join(QStringLiteral("; "))));
    m_rejected->setVisible(!out.isEmpty());
    m_reason->setText(reason);
    m_hex->setData(bytes);
    m_hex->show();
    const int index = chosen >= 0 ? static_cast<int>(chosen) : 0;
    m_layouts->setCurrentIndex(index);
    showLayout(index);
}

int StructurePanel::currentLayout() const
{
    return m_layouts->currentIndex();
}

void StructurePanel::setCurrentLayout(int index)
{
    m_layouts->setCurrentIndex(index);
}

void StructurePanel::showLayout(int index)
{
    if (index < 0 || index >= m_layoutList.size()) {
        return;
    }
    QList<ByteMapWidget::Band> bands;
    QList<HexView::Region> regions;
    for (const EnvelopePart& part : m_layoutList[index].parts) {
        const QColor colour = ByteMapWidget::colourFor(part.name());
        bands.append({ part.name(), part.offset, part.length, colour });
        regions.append({ part.offset, part.length, colour });
    }
    m_map->setBands(bands, m_bytes.size());
    m_hex->setRegions(regions);
    showPart(m_map->currentBand());
}

void StructurePanel::showPart(int band)
{
    if (band < 0 || band >= m_map->bands().size()) {
        m_hex->setSelection(0, 0);
        m_partTitle->clear();
        return;
    }
    const ByteMapWidget::Band& b = m_map->bands()[band];
    m_hex->setSelection(b.offset, b.length);
    m_partTitle->setText(tr("<b>%1</b>: bytes %2 to %3 (%4 bytes)")
                             .arg(b.label)
                             .arg(b.offset)
                             .arg(b.offset + b.length - 1)
                             .arg(b.length));
}

} // namespace sb
