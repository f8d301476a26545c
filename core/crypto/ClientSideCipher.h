// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/AesGcm.h"
#include "crypto/Envelope.h"
#include "crypto/RsaKey.h"

#include <optional>

namespace sb {

// Client-side encryption ("encryption": {"algorithm": "client-side", "key": PEM}).
// Envelope: IV (12) || RSA-OAEP(SHA-256, MGF1-SHA-256) wrapped AES-256 key (k bytes,
// k = modulus length) || ciphertext || GCM tag (16).
namespace ClientSide {
constexpr qsizetype IvSize = 12;
constexpr qsizetype TagSize = 16;
constexpr qsizetype DataKeySize = 32;
constexpr qsizetype minimumEnvelopeSize(qsizetype modulusBytes)
{
    return IvSize + modulusBytes + TagSize;
}
} // namespace ClientSide

class ClientSideEncryptor final : public EnvelopeEncryptor
{
public:
    // Refuses keys under 2048 bits.
    static Result<ClientSideEncryptor> create(RsaPublicKey key);

    EnvelopeFormat format() const override { return EnvelopeFormat::ClientSide; }
    Result<QByteArray> encrypt(QByteArrayView plaintext) override;
    const RsaPublicKey& key() const { return m_key; }

private:
    explicit ClientSideEncryptor(RsaPublicKey key);
    RsaPublicKey m_key;
    AesGcm m_cipher { AesGcm::Mode::Encrypt };
};

class ClientSideDecryptor final : public EnvelopeDecryptor
{
public:
    // Keys under 2048 bits are accepted with a warning: old envelopes stay readable.
    explicit ClientSideDecryptor(RsaPrivateKey key);

    EnvelopeFormat format() const override { return EnvelopeFormat::ClientSide; }
    Result<SecureBuffer> decrypt(QByteArrayView envelope) override;
    qsizetype minimumEnvelopeSize() const override;
    std::unique_ptr<EnvelopeDecryptor> clone() const override;
    QStringList warnings() const override;
    const RsaPrivateKey& key() const { return m_unwrap.key(); }

private:
    RsaOaepDecryptor m_unwrap;
    AesGcm m_cipher { AesGcm::Mode::Decrypt };
};

} // namespace sb
