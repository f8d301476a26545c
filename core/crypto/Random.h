// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace sb::Random {

// Bytes from OpenSSL's CSPRNG.
Status fill(unsigned char* out, qsizetype size);
// Public randomness (IVs, salts, identifiers).
Result<QByteArray> bytes(qsizetype size);
// Secret randomness (keys).
Result<SecureBuffer> secretBytes(qsizetype size);

// Frees the calling thread's OpenSSL state (its random generators). A worker
// thread calls it before handing over its result: OpenSSL would otherwise free
// it only when the thread ends, which can be after the program has finished
// with the result and is exiting.
void releaseThreadState();

} // namespace sb::Random
