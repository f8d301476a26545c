// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeverityStyle.h"

#include "Theme.h"
#include "inspector/KeyFacts.h"

#include <QPainter>
#include <QPixmap>

namespace sb {

QColor severityColour(Severity severity)
{
    // Lighter shades on a dark palette: the darker ones fall under a readable
    // contrast there.
    const bool dark = Theme::isDark();
    switch (severity) {
    case Severity::Ok:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    case Severity::Info:
        return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    case Severity::Warning:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x77, 0x06);
    case Severity::Error:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    }
    return {};
}

QString severitySymbol(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("\u2714");
    case Severity::Info:
        return QStringLiteral("\u2139");
    case Severity::Warning:
        return QStringLiteral("\u26A0");
    case Severity::Error:
        return QStringLiteral("\u2716");
    }
    return {};
}

QIcon severityIcon(Severity severity)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(severityColour(severity));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString keyFactsHtml(const KeyFacts& facts)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (const KeyFact& fact : facts.facts) {
        html += QStringLiteral("<tr><td style='color:%1'>%2&nbsp;</td><td><b>%3:</b> %4</td></tr>")
                    .arg(severityColour(fact.severity).name(), severitySymbol(fact.severity),
                         fact.label.toHtmlEscaped(), fact.value.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace sb
