// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

namespace sb {

// The two input types a secret can have.
enum class SecretType
{
    String, // the UTF-8 text of the value
    Object // the value's JSON text, as JSON.stringify writes it
};

// Turns what a user typed into the exact plaintext Port encrypts: UTF-8 text
// for a string; compact JSON (JSON.stringify form) for an object.
Result<SecureBuffer> plaintextForValue(SecretType type, QByteArrayView value);

// Checks a decrypted plaintext the way a backend reads it: UTF-8 text, and for
// an object, JSON that json.loads / JSON.parse accepts.
Status checkDecryptedValue(SecretType type, QByteArrayView plaintext);

} // namespace sb
