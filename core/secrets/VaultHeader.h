// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"
#include "secrets/Kdf.h"

#include <QByteArray>

namespace sb {

// The fixed 112-byte header of a vault file (docs/vault-format.md). It is read
// before any key exists, so parse() checks everything a header can be checked
// for on its own -- magic, version, length, checksum, KDF bounds -- and the
// whole header is then authenticated as the AES-GCM associated data.
struct VaultHeader
{
    static constexpr char Magic[8] = { 'S', 'B', 'V', 'A', 'U', 'L', 'T', '\0' };
    // Version 2 adds the key entry types (port-client-secret, rsa-private-key)
    // to the content; otherwise it is version 1. A vault is written in the
    // oldest version that can hold its content, so older SecretBench releases
    // keep opening vaults that do not use the new types.
    static constexpr quint16 FirstFormatVersion = 1;
    static constexpr quint16 LatestFormatVersion = 2;
    static constexpr qsizetype Size = 112;
    static constexpr quint8 KdfArgon2id = 1;
    static constexpr quint8 Argon2Version = 0x13;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype KeyCheckSize = 16;
    static constexpr qsizetype ChecksumSize = 16;
    static constexpr qsizetype TagSize = 16;
    // Bounded so that a damaged length field cannot make us allocate much.
    static constexpr quint64 MaximumCiphertextSize = quint64(1) << 30;

    quint16 formatVersion = LatestFormatVersion;
    KdfParams kdf;
    QByteArray salt; // Kdf::SaltSize bytes
    QByteArray nonce; // NonceSize bytes, fresh for every save
    quint64 ciphertextSize = 0;
    QByteArray keyCheck; // KeyCheckSize bytes, see VaultKey

    QByteArray serialize() const;
    // Parses and checks the header at the start of `file`, and that the file is
    // exactly header + ciphertext + tag long. Errors name what is wrong.
    static Result<VaultHeader> parse(QByteArrayView file);
};

// The keys derived from a passphrase: Argon2id gives a 32-byte master key; the
// content key and the key check are HMAC-SHA256 of fixed labels under it, so a
// wrong passphrase is told apart from a damaged file without decrypting.
class VaultKey
{
public:
    static Result<VaultKey> derive(QByteArrayView passphrase, QByteArrayView salt, const KdfParams& params);
    static Result<VaultKey> fromMasterKey(SecureBuffer master);

    const SecureBuffer& contentKey() const { return m_contentKey; }
    const QByteArray& keyCheck() const { return m_keyCheck; }
    bool isNull() const { return m_contentKey.isEmpty(); }
    void wipe();
    VaultKey clone() const;

private:
    SecureBuffer m_contentKey;
    QByteArray m_keyCheck;
};

// Passphrases are Unicode text: NFC-normalised UTF-8, so the same passphrase
// typed on another system (or in the CLI and the app) gives the same key.
// Empty or invalid UTF-8 passphrases are refused.
Result<SecureBuffer> normalizePassphrase(QByteArrayView utf8);

} // namespace sb
