// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArrayView>

#include <memory>

namespace sb {

// AES-256-GCM over OpenSSL EVP with a 16-byte tag. The key schedule is set
// once and kept across messages, so one object decrypts a stream of values
// with only an IV change per value. Not thread-safe: use one per thread.
class AesGcm
{
public:
    enum class Mode
    {
        Encrypt,
        Decrypt
    };

    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype TagSize = 16;

    explicit AesGcm(Mode mode);
    ~AesGcm();
    AesGcm(AesGcm&&) noexcept;
    AesGcm& operator=(AesGcm&&) noexcept;
    AesGcm(const AesGcm&) = delete;
    AesGcm& operator=(const AesGcm&) = delete;

    Mode mode() const { return m_mode; }

    Status setKey(QByteArrayView key);

    // Encrypts `size` bytes of `in` to `out` (same size) and writes the tag.
    Status encrypt(QByteArrayView iv,
                   QByteArrayView aad,
                   QByteArrayView plaintext,
                   unsigned char* out,
                   unsigned char* tag);

    // Decrypts to `out` (same size as the ciphertext) and verifies the tag.
    // On failure `out` is wiped: no unauthenticated byte is ever returned.
    Status decrypt(QByteArrayView iv,
                   QByteArrayView aad,
                   QByteArrayView ciphertext,
                   QByteArrayView tag,
                   unsigned char* out);

private:
    Status begin(QByteArrayView iv);

    struct Context;
    std::unique_ptr<Context> m_ctx;
    Mode m_mode;
};

} // namespace sb
