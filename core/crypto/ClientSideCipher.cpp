// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientSideCipher.h"

#include "crypto/Random.h"

#include <QCoreApplication>

#include <cstring>

namespace sb {

ClientSideEncryptor::ClientSideEncryptor(RsaPublicKey key)
    : m_key(std::move(key))
{ }

Result<ClientSideEncryptor> ClientSideEncryptor::create(RsaPublicKey key)
{
    if (key.bits() < MinimumRsaBits) {
        return fail(ErrorKind::KeyTooSmall,
                    QCoreApplication::translate(
                        "sb::ClientSideCipher",
                        "The RSA public key has %1 bits; client-side encryption needs at least 2048. "
                        "Generate a new pair: openssl genpkey -algorithm RSA -pkeyopt "
                        "rsa_keygen_bits:2048")
                        .arg(key.bits()));
    }
    return ClientSideEncryptor(std::move(key));
}

Result<QByteArray> ClientSideEncryptor::encrypt(QByteArrayView plaintext)
{
    auto dataKey = Random::secretBytes(ClientSide::DataKeySize);
    auto iv = Random::bytes(ClientSide::IvSize);
    if (!dataKey || !iv) {
        return std::unexpected(!dataKey ? dataKey.error() : iv.error());
    }
    auto wrapped = m_key.oaepEncrypt(dataKey->view());
    if (!wrapped) {
        return std::unexpected(wrapped.error());
    }
    if (auto ok = m_cipher.setKey(dataKey->view()); !ok) {
        return std::unexpected(ok.error());
    }
    const qsizetype k = wrapped->size();
    QByteArray out(ClientSide::IvSize + k + plaintext.size() + ClientSide::TagSize, Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(bytes, iv->constData(), ClientSide::IvSize);
    std::memcpy(bytes + ClientSide::IvSize, wrapped->constData(), static_cast<size_t>(k));
    unsigned char* body = bytes + ClientSide::IvSize + k;
    if (auto ok = m_cipher.encrypt(*iv, {}, plaintext, body, body + plaintext.size()); !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

ClientSideDecryptor::ClientSideDecryptor(RsaPrivateKey key)
    : m_unwrap(std::move(key))
{ }

qsizetype ClientSideDecryptor::minimumEnvelopeSize() const
{
    return ClientSide::minimumEnvelopeSize(key().modulusBytes());
}

QStringList ClientSideDecryptor::warnings() const
{
    if (key().bits() < MinimumRsaBits) {
        return { QCoreApplication::translate(
                     "sb::ClientSideCipher",
                     "The RSA private key has only %1 bits; 2048 is the minimum Port recommends. "
                     "Decrypting is allowed so that old values stay readable; replace the key pair.")
                     .arg(key().bits()) };
    }
    return {};
}

Result<SecureBuffer> ClientSideDecryptor::decrypt(QByteArrayView envelope)
{
    const qsizetype k = key().modulusBytes();
    const qsizetype minimum = ClientSide::minimumEnvelopeSize(k);
    if (envelope.size() < minimum) {
        return fail(ErrorKind::TooShort,
                    QCoreApplication::translate(
                        "sb::ClientSideCipher",
                        "The envelope is %1 bytes; with this %2-bit key a client-side envelope is at "
                        "least %3 bytes (12-byte IV, %4-byte wrapped key, 16-byte tag).")
                        .arg(envelope.size())
                        .arg(key().bits())
                        .arg(minimum)
                        .arg(k));
    }
    const QByteArrayView iv = envelope.first(ClientSide::IvSize);
    const QByteArrayView wrapped = envelope.sliced(ClientSide::IvSize, k);
    const QByteArrayView ciphertext = envelope.sliced(ClientSide::IvSize + k, envelope.size() - minimum);
    const QByteArrayView tag = envelope.last(ClientSide::TagSize);

    auto dataKey = m_unwrap.decrypt(wrapped);
    if (!dataKey) {
        return std::unexpected(dataKey.error());
    }
    if (dataKey->size() != ClientSide::DataKeySize) {
        return fail(ErrorKind::UnwrapFailed,
                    QCoreApplication::translate(
                        "sb::ClientSideCipher",
                        "The wrapped key unwrapped to %1 bytes; an AES-256 key is 32 bytes. The value "
                        "was not made by Port's client-side encryption.")
                        .arg(dataKey->size()));
    }
    if (auto ok = m_cipher.setKey(dataKey->view()); !ok) {
        return std::unexpected(ok.error());
    }
    auto plaintext = SecureBuffer::uninitialized(ciphertext.size());
    if (auto ok = m_cipher.decrypt(iv, {}, ciphertext, tag, plaintext.data()); !ok) {
        return fail(ErrorKind::AuthenticationFailed,
                    QCoreApplication::translate(
                        "sb::ClientSideCipher",
                        "Authentication failed: the key unwrapped, but the GCM tag does not match. "
                        "The ciphertext or tag was altered or truncated."));
    }
    return plaintext;
}

std::unique_ptr<EnvelopeDecryptor> ClientSideDecryptor::clone() const
{
    return std::make_unique<ClientSideDecryptor>(key());
}

} // namespace sb
