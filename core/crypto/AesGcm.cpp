// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AesGcm.h"

#include "crypto/SecureBuffer.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <cstring>
#include <limits>

namespace sb {

namespace {

// Fetching the cipher once avoids OpenSSL 3's per-call implicit fetch, which
// dominates the cost of decrypting small values.
EVP_CIPHER* aes256Gcm()
{
    static EVP_CIPHER* cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher;
}

bool fitsInt(qsizetype n)
{
    return n >= 0 && n <= std::numeric_limits<int>::max();
}

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace

struct AesGcm::Context
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    qsizetype ivLength = 12;
    bool keySet = false;
    ~Context() { EVP_CIPHER_CTX_free(ctx); }
};

AesGcm::AesGcm(Mode mode)
    : m_ctx(std::make_unique<Context>())
    , m_mode(mode)
{ }

AesGcm::~AesGcm() = default;
AesGcm::AesGcm(AesGcm&&) noexcept = default;
AesGcm& AesGcm::operator=(AesGcm&&) noexcept = default;

Status AesGcm::setKey(QByteArrayView key)
{
    if (key.size() != KeySize) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "AES-256 needs a 32-byte key, got %1 bytes.")
                        .arg(key.size()));
    }
    if (!m_ctx->ctx || !aes256Gcm()) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "OpenSSL has no AES-256-GCM implementation."));
    }
    const int enc = m_mode == Mode::Encrypt ? 1 : 0;
    if (EVP_CipherInit_ex2(m_ctx->ctx, aes256Gcm(), nullptr, nullptr, enc, nullptr) != 1
        || EVP_CipherInit_ex2(m_ctx->ctx, nullptr, bytes(key), nullptr, enc, nullptr) != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "OpenSSL refused the AES-256-GCM key."));
    }
    m_ctx->ivLength = 12;
    m_ctx->keySet = true;
    return {};
}

Status AesGcm::begin(QByteArrayView iv)
{
    if (!m_ctx->keySet) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "AES-256-GCM used before a key was set."));
    }
    if (iv.isEmpty() || !fitsInt(iv.size())) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "AES-GCM needs a non-empty IV."));
    }
    if (iv.size() != m_ctx->ivLength) {
        size_t ivLength = static_cast<size_t>(iv.size());
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &ivLength),
            OSSL_PARAM_construct_end(),
        };
        if (EVP_CIPHER_CTX_set_params(m_ctx->ctx, params) != 1) {
            return fail(ErrorKind::CryptoFailure,
                        QCoreApplication::translate("sb::AesGcm", "OpenSSL refused an IV of %1 bytes.")
                            .arg(iv.size()));
        }
        m_ctx->ivLength = iv.size();
    }
    const int enc = m_mode == Mode::Encrypt ? 1 : 0;
    if (EVP_CipherInit_ex2(m_ctx->ctx, nullptr, nullptr, bytes(iv), enc, nullptr) != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "OpenSSL refused the AES-GCM IV."));
    }
    return {};
}

Status AesGcm::encrypt(
    QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext, unsigned char* out, unsigned char* tag)
{
    if (m_mode != Mode::Encrypt) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "This AES-GCM context decrypts only."));
    }
    if (!fitsInt(aad.size()) || !fitsInt(plaintext.size())) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "Value too large for one AES-GCM operation."));
    }
    if (auto ok = begin(iv); !ok) {
        return ok;
    }
    int len = 0;
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(m_ctx->ctx, nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "AES-GCM failed on the associated data."));
    }
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(m_ctx->ctx, out, &len, bytes(plaintext), static_cast<int>(plaintext.size()))
            != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "AES-GCM encryption failed."));
    }
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(m_ctx->ctx, out + len, &finalLen) != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "AES-GCM encryption failed."));
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag, TagSize),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_CIPHER_CTX_get_params(m_ctx->ctx, params) != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "AES-GCM could not produce its tag."));
    }
    return {};
}

Status AesGcm::decrypt(
    QByteArrayView iv, QByteArrayView aad, QByteArrayView ciphertext, QByteArrayView tag, unsigned char* out)
{
    if (m_mode != Mode::Decrypt) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "This AES-GCM context encrypts only."));
    }
    if (tag.size() != TagSize) {
        return fail(ErrorKind::AuthenticationFailed,
                    QCoreApplication::translate("sb::AesGcm", "The GCM tag is %1 bytes; it must be %2.")
                        .arg(tag.size())
                        .arg(TagSize));
    }
    if (!fitsInt(aad.size()) || !fitsInt(ciphertext.size())) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::AesGcm", "Value too large for one AES-GCM operation."));
    }
    if (auto ok = begin(iv); !ok) {
        return ok;
    }
    int len = 0;
    bool ok = aad.isEmpty()
        || EVP_DecryptUpdate(m_ctx->ctx, nullptr, &len, bytes(aad), static_cast<int>(aad.size())) == 1;
    ok = ok
        && (ciphertext.isEmpty()
            || EVP_DecryptUpdate(m_ctx->ctx, out, &len, bytes(ciphertext),
                                 static_cast<int>(ciphertext.size()))
                == 1);
    if (ok) {
        // The tag is copied because OpenSSL's parameter API takes a non-const pointer.
        unsigned char expected[TagSize];
        std::memcpy(expected, tag.data(), TagSize);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, expected, TagSize),
            OSSL_PARAM_construct_end(),
        };
        int finalLen = 0;
        ok = EVP_CIPHER_CTX_set_params(m_ctx->ctx, params) == 1
            && EVP_DecryptFinal_ex(m_ctx->ctx, out + (ciphertext.isEmpty() ? 0 : len), &finalLen) == 1;
    }
    if (!ok) {
        secureWipe(out, static_cast<std::size_t>(ciphertext.size()));
        return fail(ErrorKind::AuthenticationFailed,
                    QCoreApplication::translate(
                        "sb::AesGcm",
                        "Authentication failed: the GCM tag does not match. The key is not the one "
                        "that encrypted this value, or the value was altered."));
    }
    return {};
}

} // namespace sb
