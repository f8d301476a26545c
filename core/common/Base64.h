// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace sb::Base64 {

// Bytes that decode(...) may write past the decoded length (vector stores).
constexpr qsizetype OutputSlack = 32;

// Upper bound of the decoded size of `chars` base64 characters.
constexpr qsizetype decodedCapacity(qsizetype chars)
{
    return chars / 4 * 3 + 3;
}

// Decodes standard-alphabet base64 (RFC 4648 section 4) with optional '='
// padding into `out`, which must hold decodedCapacity(in.size()) + OutputSlack
// bytes. Returns the decoded length, or -1 when the text is not exactly that
// (any other character, whitespace, misplaced padding, a length of 4n+1): the
// caller then takes its careful path, which says what is wrong and where.
// Qt's decoder is correct but ~30 instructions per character; this one is the
// hot path of batch decryption and uses AVX2 where the CPU has it.
qsizetype decodeStandard(QByteArrayView in, char* out);

} // namespace sb::Base64
