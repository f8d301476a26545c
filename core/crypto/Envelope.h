// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace sb {

// The two ways Port encrypts a secret input (formats.md sections 2 and 3).
enum class EnvelopeFormat
{
    PortManaged, // "aes256-gcm": IV(16) || ciphertext || tag(16), key = client_secret[:32]
    ClientSide // "client-side": IV(12) || RSA-OAEP wrapped key(k) || ciphertext || tag(16)
};

QString envelopeFormatName(EnvelopeFormat format); // "Port-managed (aes256-gcm)"
QString envelopeFormatIdentifier(EnvelopeFormat format); // "aes256-gcm" / "client-side"

// Turns a plaintext value into raw envelope bytes (not yet base64).
class EnvelopeEncryptor
{
public:
    virtual ~EnvelopeEncryptor() = default;
    virtual EnvelopeFormat format() const = 0;
    virtual Result<QByteArray> encrypt(QByteArrayView plaintext) = 0;
};

// Turns raw envelope bytes back into the plaintext, authenticated.
class EnvelopeDecryptor
{
public:
    virtual ~EnvelopeDecryptor() = default;
    virtual EnvelopeFormat format() const = 0;
    virtual Result<SecureBuffer> decrypt(QByteArrayView envelope) = 0;
    // The same, into a buffer the caller reuses across values (batch paths).
    virtual Status decryptInto(QByteArrayView envelope, SecureBuffer& plaintext)
    {
        auto result = decrypt(envelope);
        if (!result) {
            return std::unexpected(result.error());
        }
        plaintext = std::move(*result);
        return {};
    }
    // Smallest envelope (empty value) this key can have produced.
    virtual qsizetype minimumEnvelopeSize() const = 0;
    // An independent decryptor with the same key, for another thread.
    virtual std::unique_ptr<EnvelopeDecryptor> clone() const = 0;
    // Things a person should know about the key (e.g. an RSA key under 2048 bits).
    virtual QStringList warnings() const { return {}; }
};

} // namespace sb
