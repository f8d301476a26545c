// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Envelopes and keys for the envelope inspector's tests (core, ui, cli).

#include "TestSupport.h"
#include "crypto/AesGcm.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"

#include <QByteArray>
#include <QString>

namespace sb::test {

inline const QByteArray& inspectorSecret()
{
    static const QByteArray secret("inspector-test-client-secret-0123456789abcdef");
    return secret;
}

// Port-managed envelope text made with the AES key itself.
inline QByteArray portManagedWithKey(QByteArrayView key, QByteArrayView value)
{
    auto cipher = PortManagedCipher::fromKey(key);
    return encodeEnvelopeText(*cipher->encrypt(value));
}

inline QByteArray portManaged(QByteArrayView value, QByteArrayView secret = inspectorSecret())
{
    return portManagedWithKey(secret.first(32), value);
}

inline RsaPrivateKey privateKey(const QString& name)
{
    return *RsaPrivateKey::fromPem(readData(QStringLiteral("keys/") + name));
}

inline QByteArray clientSide(QByteArrayView value, const RsaPublicKey& key)
{
    auto encryptor = ClientSideEncryptor::create(key);
    return encodeEnvelopeText(*encryptor->encrypt(value));
}

inline QByteArray clientSide(QByteArrayView value,
                             const QString& privateKeyName = QStringLiteral("rsa2048.pem"))
{
    return clientSide(value, privateKey(privateKeyName).publicKey());
}

// A client-side envelope whose key was wrapped with OAEP over SHA-1 (a library
// default), which Port never does.
inline QByteArray clientSideOaepSha1(QByteArrayView value, const RsaPublicKey& key)
{
    auto dataKey = Random::secretBytes(ClientSide::DataKeySize);
    auto iv = Random::bytes(ClientSide::IvSize);
    auto wrapped = key.oaepEncrypt(dataKey->view(), Digest::Sha1, Digest::Sha1);
    AesGcm cipher(AesGcm::Mode::Encrypt);
    (void)cipher.setKey(dataKey->view());
    QByteArray body(value.size() + ClientSide::TagSize, '\0');
    auto* out = reinterpret_cast<unsigned char*>(body.data());
    (void)cipher.encrypt(*iv, {}, value, out, out + value.size());
    return encodeEnvelopeText(*iv + *wrapped + body);
}

// Flips one byte of the decoded envelope at `offset` (negative: from the end).
inline QByteArray alterByte(const QByteArray& envelopeText, qsizetype offset)
{
    QByteArray bytes = decodeEnvelopeText(envelopeText)->bytes;
    bytes[offset < 0 ? bytes.size() + offset : offset] ^= 0x01;
    return encodeEnvelopeText(bytes);
}

// `count` copies of a client-side envelope, one per line: RSA unwraps make
// this slow enough to cancel while it runs.
inline QByteArray clientSideLines(const RsaPublicKey& key, int count)
{
    const QByteArray envelope = clientSide(QByteArray("v"), key);
    QByteArray lines;
    lines.reserve(qsizetype(count) * (envelope.size() + 1));
    for (int i = 0; i < count; ++i) {
        lines += envelope + "\n";
    }
    return lines;
}

// A JSON webhook body with the envelope at payload.properties.<name>.
inline QByteArray webhookBody(const QByteArray& envelopeText, const QByteArray& name = "password")
{
    return "{\"action\":\"deploy\",\"payload\":{\"properties\":{\"" + name + "\":\"" + envelopeText
        + "\",\"region\":\"eu-west-1\"}},\"context\":{\"runId\":\"r_123\"}}";
}

// A JSON-lines log of `count` bodies: every 37th value from another
// organisation's client secret, every 53rd cut short (malformed).
inline QByteArray mixedBatchLog(int count = 300)
{
    QByteArray log;
    for (int i = 1; i <= count; ++i) {
        QByteArray value = portManaged("value-" + QByteArray::number(i));
        if (i % 37 == 0) {
            value = portManaged("x", "another-organisation-client-secret-000000");
        } else if (i % 53 == 0) {
            value = value.left(value.size() - 3);
        }
        log += "{\"context\":{\"runId\":\"r_" + QByteArray::number(i)
            + "\"},\"payload\":{\"properties\":{\"apiToken\":\"" + value + "\"}}}\n";
    }
    return log;
}

} // namespace sb::test
