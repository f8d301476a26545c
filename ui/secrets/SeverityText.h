// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Severity.h"

#include <QString>

namespace sb {

// A finding as rich text in its severity's colour, with a symbol so that the
// meaning does not rest on colour alone. `text` is escaped.
QString severityHtml(Severity severity, const QString& text);

} // namespace sb
