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

} // namespace sb::Random
