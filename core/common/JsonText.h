#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace sb::JsonText {

// Re-serialises JSON text the way a browser's JSON.stringify(JSON.parse(text))
// does: no whitespace, keys in their original order, numbers in JavaScript's
// shortest form (1.50 -> 1.5, 1e2 -> 100), strings with JavaScript's escapes.
// The output goes to a wiping buffer because the input is often a secret.
// Rejects invalid JSON (RFC 8259, no BOM) and duplicate keys, with the line and
// column of the problem.
Status compact(QByteArrayView json, SecureBuffer& out);

// Like compact(), then indented by `indent` spaces per level, as
// JSON.stringify(JSON.parse(text), null, indent) writes it: key order and
// JavaScript number forms kept, empty objects and arrays as {} and [].
Status pretty(QByteArrayView json, SecureBuffer& out, int indent = 2);

// Validates JSON text without producing anything.
Status validate(QByteArrayView json);

// Appends `utf8` as a JSON string literal (with quotes), escaped as
// JSON.stringify escapes: only '"', '\\' and control characters.
void appendQuoted(QByteArray& out, QByteArrayView utf8);
QByteArray quoted(QByteArrayView utf8);

// "line 3, column 7" for a byte offset (columns count characters).
QString describePosition(QByteArrayView text, qsizetype offset);

} // namespace sb::JsonText
