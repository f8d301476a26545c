#pragma once

#include "common/Severity.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace sb {

// How every workspace shows a Severity: one colour (readable on light and
// dark palettes) and a short symbol for text that must not rely on colour.
QColor severityColour(Severity severity);
QString severitySymbol(Severity severity); // "✔", "ℹ", "⚠", "✖"
QIcon severityIcon(Severity severity); // a dot in the severity's colour, for lists

} // namespace sb
