// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
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

struct KeyFacts;
// What is known about a key (never the key) as a small table: one line per
// fact, its symbol in its severity's colour.
QString keyFactsHtml(const KeyFacts& facts);

} // namespace sb
