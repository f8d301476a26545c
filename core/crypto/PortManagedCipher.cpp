// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortManagedCipher.h"

#include "crypto/Random.h"

#include <QCoreApplication>

#include <cstring>

namespace sb {

QString envelopeFormatName(EnvelopeFormat format)
{
    switch (format) {
    case EnvelopeFormat::PortManaged:
        return QCoreApplication::translate("sb::PortManagedCipher", "Port-managed (aes256-gcm)");
    case EnvelopeFormat::ClientSide:
        return QCoreApplication::translate("sb::PortManagedCipher", "client-side (RSA-OAEP + AES-256-GCM)");
    }
    return {};
}

QString envelopeFormatIdentifier(EnvelopeFormat format)
{
    switch (format) {
    case EnvelopeFormat::PortManaged:
        return QStringLiteral("aes256-gcm");
    case EnvelopeFormat::ClientSide:
        return QStringLiteral("client-side");
    }
    return {};
}

PortManagedCipher::PortManagedCipher(SecureBuffer key)
    : m_key(std::move(key))
{ }

Result<PortManagedCipher> PortManagedCipher::fromClientSecret(QByteArrayView clientSecret)
{
    if (clientSecret.size() < KeySize) {
        return fail(ErrorKind::ClientSecretTooShort,
                    QCoreApplication::translate(
                        "sb::PortManagedCipher",
                        "The client secret is %1 bytes long; Port-managed encryption uses its first 32 "
                        "bytes as the AES-256 key, so it must be at least 32 bytes. Copy the whole "
                        "client secret from Port (Credentials), not the client ID.")
                        .arg(clientSecret.size()));
    }
    return fromKey(clientSecret.first(KeySize));
}

Result<PortManagedCipher> PortManagedCipher::fromKey(QByteArrayView key)
{
    if (key.size() != KeySize) {
        return fail(ErrorKind::ClientSecretTooShort,
                    QCoreApplication::translate("sb::PortManagedCipher",
                                                "An AES-256 key is 32 bytes; this one is %1.")
                        .arg(key.size()));
    }
    return PortManagedCipher(SecureBuffer::copyOf(key));
}

Status PortManagedCipher::ensureKeyed(AesGcm& cipher, bool& keyed)
{
    if (keyed) {
        return {};
    }
    auto ok = cipher.setKey(m_key.view());
    keyed = ok.has_value();
    return ok;
}

Result<QByteArray> PortManagedCipher::encrypt(QByteArrayView plaintext)
{
    auto iv = Random::bytes(IvSize);
    if (!iv) {
        return std::unexpected(iv.error());
    }
    return encryptWithIv(*iv, plaintext);
}

Result<QByteArray> PortManagedCipher::encryptWithIv(QByteArrayView iv, QByteArrayView plaintext)
{
    if (iv.size() != IvSize) {
        return fail(
            ErrorKind::CryptoFailure,
            QCoreApplication::translate("sb::PortManagedCipher", "Port-managed envelopes use a 16-byte IV."));
    }
    if (auto ok = ensureKeyed(m_encrypt, m_encryptKeyed); !ok) {
        return std::unexpected(ok.error());
    }
    QByteArray out(IvSize + plaintext.size() + TagSize, Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(bytes, iv.data(), IvSize);
    if (auto ok = m_encrypt.encrypt(iv, {}, plaintext, bytes + IvSize, bytes + IvSize + plaintext.size());
        !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<SecureBuffer> PortManagedCipher::decrypt(QByteArrayView envelope)
{
    SecureBuffer plaintext;
    if (auto ok = decryptInto(envelope, plaintext); !ok) {
        return std::unexpected(ok.error());
    }
    return plaintext;
}

Status PortManagedCipher::decryptInto(QByteArrayView envelope, SecureBuffer& plaintext)
{
    if (envelope.size() < MinimumEnvelopeSize) {
        return fail(ErrorKind::TooShort,
                    QCoreApplication::translate(
                        "sb::PortManagedCipher",
                        "The envelope is %1 bytes; a Port-managed envelope is at least 32 bytes "
                        "(16-byte IV and 16-byte tag).")
                        .arg(envelope.size()));
    }
    if (auto ok = ensureKeyed(m_decrypt, m_decryptKeyed); !ok) {
        return ok;
    }
    const QByteArrayView iv = envelope.first(IvSize);
    const QByteArrayView ciphertext = envelope.sliced(IvSize, envelope.size() - IvSize - TagSize);
    const QByteArrayView tag = envelope.last(TagSize);
    // Reusing the caller's storage: no zeroing, and no reallocation within capacity.
    plaintext.resizeUninitialized(ciphertext.size());
    if (auto ok = m_decrypt.decrypt(iv, {}, ciphertext, tag, plaintext.data()); !ok) {
        plaintext.resize(0);
        return ok;
    }
    return {};
}

std::unique_ptr<EnvelopeDecryptor> PortManagedCipher::clone() const
{
    return std::unique_ptr<EnvelopeDecryptor>(new PortManagedCipher(m_key.clone()));
}

} // namespace sb
