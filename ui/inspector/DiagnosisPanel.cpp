// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisPanel.h"

#include "widgets/SeverityStyle.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace sb {

DiagnosisPanel::DiagnosisPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("diagnosisPanel"));
    m_view->setObjectName(QStringLiteral("diagnosisView"));
    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("Diagnosis"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

void DiagnosisPanel::setFindings(const QList<Finding>& findings, const QString& heading)
{
    m_findings = findings;
    QString html;
    if (!heading.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(heading.toHtmlEscaped());
    }
    for (const Finding& f : findings) {
        html += QStringLiteral(
                    "<p style='margin-bottom:2px'><span style='color:%1; font-size:large'>%2</span> "
                    "<b>%3</b></p>")
                    .arg(severityColour(f.severity).name(), severitySymbol(f.severity),
                         f.title.toHtmlEscaped());
        if (!f.detail.isEmpty()) {
            html += QStringLiteral("<p style='margin-left:22px; margin-top:0px'>%1</p>")
                        .arg(f.detail.toHtmlEscaped());
        }
        if (!f.evidence.isEmpty()) {
            html += QStringLiteral("<ul style='margin-left:10px; margin-top:0px'>");
            for (const QString& e : f.evidence) {
                html += QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
    }
    m_view->setHtml(html);
}

void DiagnosisPanel::clear(const QString& message)
{
    m_findings.clear();
    m_view->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                        .arg((message.isEmpty() ? tr("Nothing to diagnose yet.") : message).toHtmlEscaped()));
}

QStringList DiagnosisPanel::codes() const
{
    QStringList out;
    for (const Finding& f : m_findings) {
        out << f.code;
    }
    return out;
}

QString DiagnosisPanel::plainText() const
{
    return m_view->toPlainText();
}

} // namespace sb
