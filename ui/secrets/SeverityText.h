#pragma once

#include "common/Severity.h"

#include <QString>

namespace sb {

// A finding as rich text in its severity's colour, with a symbol so that the
// meaning does not rest on colour alone. `text` is escaped.
QString severityHtml(Severity severity, const QString& text);

} // namespace sb
