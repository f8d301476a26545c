// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/AesGcm.h"
#include "crypto/Envelope.h"

namespace sb {

// Port-managed encryption ("encryption": "aes256-gcm").
// Envelope: IV (16 bytes) || ciphertext || GCM tag (16 bytes), no associated data.
// Key: the first 32 bytes of the organisation's client secret, as UTF-8 text.
class PortManagedCipher final : public EnvelopeEncryptor, public EnvelopeDecryptor
{
public:
    static constexpr qsizetype IvSize = 16;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype MinimumEnvelopeSize = IvSize + TagSize;

    // The client secret's UTF-8 bytes; only its first 32 bytes are used.
    static Result<PortManagedCipher> fromClientSecret(QByteArrayView clientSecret);
    // The AES key itself (exactly 32 bytes), for tools that already derived it.
    static Result<PortManagedCipher> fromKey(QByteArrayView key);

    PortManagedCipher(PortManagedCipher&&) noexcept = default;
    PortManagedCipher& operator=(PortManagedCipher&&) noexcept = default;

    EnvelopeFormat format() const override { return EnvelopeFormat::PortManaged; }
    Result<QByteArray> encrypt(QByteArrayView plaintext) override;
    // Deterministic form for known-answer tests; never reuse an IV in real use.
    Result<QByteArray> encryptWithIv(QByteArrayView iv, QByteArrayView plaintext);
    Result<SecureBuffer> decrypt(QByteArrayView envelope) override;
    Status decryptInto(QByteArrayView envelope, SecureBuffer& plaintext) override;
    qsizetype minimumEnvelopeSize() const override { return MinimumEnvelopeSize; }
    std::unique_ptr<EnvelopeDecryptor> clone() const override;

private:
    explicit PortManagedCipher(SecureBuffer key);
    Status ensureKeyed(AesGcm& cipher, bool& keyed);

    SecureBuffer m_key;
    AesGcm m_encrypt { AesGcm::Mode::Encrypt };
    AesGcm m_decrypt { AesGcm::Mode::Decrypt };
    bool m_encryptKeyed = false;
    bool m_decryptKeyed = false;
};

} // namespace sb
