#include "SeverityText.h"

namespace sb {

QString severityHtml(Severity severity, const QString& text)
{
    const char* colour = "#5a6270";
    const char* symbol = "•";
    switch (severity) {
    case Severity::Ok:
        colour = "#2e7d32";
        symbol = "✔";
        break;
    case Severity::Info:
        break;
    case Severity::Warning:
        colour = "#a85b00";
        symbol = "⚠";
        break;
    case Severity::Error:
        colour = "#c62828";
        symbol = "✖";
        break;
    }
    return QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
        .arg(QLatin1String(colour), QString::fromUtf8(symbol), text.toHtmlEscaped());
}

} // namespace sb
