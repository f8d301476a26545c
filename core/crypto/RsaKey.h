// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace sb {

// Key sizes below this are refused for encryption and only warned about when
// decrypting: old envelopes must stay readable.
constexpr int MinimumRsaBits = 2048;

enum class Digest
{
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512
};

// Where a key came from, for display ("PKCS#8, encrypted").
enum class KeySource
{
    SubjectPublicKeyInfo,
    Pkcs1Public,
    Certificate,
    Pkcs8,
    EncryptedPkcs8,
    Pkcs1Private,
    EncryptedPkcs1Private,
    Generated
};

QString keySourceName(KeySource source);

namespace detail {
struct PkeyDeleter
{
    void operator()(evp_pkey_st* key) const;
};
using PkeyHandle = std::shared_ptr<evp_pkey_st>;
} // namespace detail

class RsaPublicKey
{
public:
    // Accepts a SubjectPublicKeyInfo ("PUBLIC KEY"), a PKCS#1 "RSA PUBLIC KEY"
    // or an X.509 "CERTIFICATE" (its key is used). The first such PEM block wins.
    static Result<RsaPublicKey> fromPem(QByteArrayView pem);

    int bits() const;
    qsizetype modulusBytes() const;
    KeySource source() const { return m_source; }
    QByteArray spkiDer() const;
    QByteArray toPem() const;
    // The modulus n, big-endian, modulusBytes() long (public; used to show that a
    // wrapped key cannot have come from this key when it is not below n).
    QByteArray modulus() const;
    // SHA-256 of the DER SubjectPublicKeyInfo, as colon-separated hex.
    QString fingerprint() const;

    Result<QByteArray> oaepEncrypt(QByteArrayView plaintext,
                                   Digest oaep = Digest::Sha256,
                                   Digest mgf1 = Digest::Sha256,
                                   QByteArrayView label = {}) const;

    evp_pkey_st* handle() const { return m_key.get(); }

private:
    RsaPublicKey(detail::PkeyHandle key, KeySource source);
    detail::PkeyHandle m_key;
    KeySource m_source;
    friend class RsaPrivateKey;
};

class RsaPrivateKey
{
public:
    // Accepts PKCS#8 ("PRIVATE KEY"), encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY")
    // and PKCS#1 ("RSA PRIVATE KEY", also with legacy PEM encryption).
    static Result<RsaPrivateKey> fromPem(QByteArrayView pem, QByteArrayView passphrase = {});
    static Result<RsaPrivateKey> generate(int bits);

    int bits() const;
    qsizetype modulusBytes() const;
    KeySource source() const { return m_source; }
    RsaPublicKey publicKey() const;

    // PKCS#8 PEM; encrypted with AES-256-CBC and PBKDF2 when a passphrase is given.
    Result<SecureBuffer> toPkcs8Pem(QByteArrayView passphrase = {}) const;

    Result<SecureBuffer> oaepDecrypt(QByteArrayView ciphertext,
                                     Digest oaep = Digest::Sha256,
                                     Digest mgf1 = Digest::Sha256,
                                     QByteArrayView label = {}) const;

    evp_pkey_st* handle() const { return m_key.get(); }

private:
    RsaPrivateKey(detail::PkeyHandle key, KeySource source);
    detail::PkeyHandle m_key;
    KeySource m_source;
};

// RSA-OAEP unwrapping of many values with one key on one thread: the OpenSSL
// context (with its fetched digests) is set up once, not per value.
class RsaOaepDecryptor
{
public:
    explicit RsaOaepDecryptor(RsaPrivateKey key, Digest oaep = Digest::Sha256, Digest mgf1 = Digest::Sha256);
    ~RsaOaepDecryptor();
    RsaOaepDecryptor(RsaOaepDecryptor&&) noexcept;
    RsaOaepDecryptor& operator=(RsaOaepDecryptor&&) noexcept;

    Result<SecureBuffer> decrypt(QByteArrayView ciphertext, QByteArrayView label = {});
    const RsaPrivateKey& key() const { return m_key; }

private:
    RsaPrivateKey m_key;
    Digest m_oaep;
    Digest m_mgf1;
    struct Context;
    std::unique_ptr<Context> m_context; // unlabelled operations only
};

// Finds the first PEM block whose label is one of `labels`; returns the label
// and the whole block (BEGIN to END line), or an empty label when none is found.
struct PemBlock
{
    QByteArray label;
    QByteArrayView block;
};
PemBlock findPemBlock(QByteArrayView text, std::initializer_list<QByteArrayView> labels);

} // namespace sb
