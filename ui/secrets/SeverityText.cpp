// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeverityText.h"
#include "widgets/SeverityStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace sb {

QString severityHtml(Severity severity, const QString& text)
{
    // Info stays in the muted text colour; the others in their severity's.
    QString colour = QGuiApplication::palette().color(QPalette::PlaceholderText).name();
    const char* symbol = "•";
    switch (severity) {
    case Severity::Ok:
        colour = severityColour(severity).name();
        symbol = "✔";
        break;
    case Severity::Info:
        break;
    case Severity::Warning:
        colour = severityColour(severity).name();
        symbol = "⚠";
        break;
    case Severity::Error:
        colour = severityColour(severity).name();
        symbol = "✖";
        break;
    }
    return QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
        .arg(colour, QString::fromUtf8(symbol), text.toHtmlEscaped());
}

} // namespace sb
