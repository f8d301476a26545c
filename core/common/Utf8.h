// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace sb::Utf8 {

// Decodes one UTF-8 sequence at `pos` (strict: no overlongs, no surrogates,
// nothing above U+10FFFF) and advances `pos`. Returns false on invalid input.
bool decode(QByteArrayView text, qsizetype& pos, char32_t& codePoint);

// Length of the leading run of ASCII bytes.
qsizetype asciiPrefix(QByteArrayView text);

// Offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalid(QByteArrayView text);

} // namespace sb::Utf8
