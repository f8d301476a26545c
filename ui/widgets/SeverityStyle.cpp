#include "SeverityStyle.h"

#include "inspector/KeyFacts.h"

#include <QPainter>
#include <QPixmap>

namespace sb {

QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QColor(0x16, 0xa3, 0x4a);
    case Severity::Info:
        return QColor(0x25, 0x63, 0xeb);
    case Severity::Warning:
        return QColor(0xd9, 0x77, 0x06);
    case Severity::Error:
        return QColor(0xdc, 0x26, 0x26);
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
