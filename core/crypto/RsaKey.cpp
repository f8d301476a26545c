// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RsaKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <limits>

namespace sb {

void detail::PkeyDeleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

detail::PkeyHandle adopt(EVP_PKEY* key)
{
    return detail::PkeyHandle(key, detail::PkeyDeleter {});
}

// The most specific reason OpenSSL left in its error queue, which is then cleared
// so that one failure never leaks into the next operation's diagnosis.
QString opensslReason()
{
    unsigned long code = 0;
    unsigned long last = 0;
    while ((code = ERR_get_error()) != 0) {
        last = code;
    }
    if (!last) {
        return {};
    }
    const char* reason = ERR_reason_error_string(last);
    return reason ? QString::fromLatin1(reason) : QString();
}

const char* digestName(Digest digest)
{
    switch (digest) {
    case Digest::Sha1:
        return "SHA1";
    case Digest::Sha224:
        return "SHA224";
    case Digest::Sha256:
        return "SHA256";
    case Digest::Sha384:
        return "SHA384";
    case Digest::Sha512:
        return "SHA512";
    }
    return "SHA256";
}

bool isRsa(EVP_PKEY* key)
{
    return EVP_PKEY_is_a(key, "RSA");
}

QString keyTypeName(EVP_PKEY* key)
{
    const char* name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}

Status requireRsa(EVP_PKEY* key)
{
    if (isRsa(key)) {
        return {};
    }
    return fail(ErrorKind::InvalidKey,
                QCoreApplication::translate(
                    "sb::RsaKey",
                    "This is an %1 key, not an RSA key. Port's client-side encryption needs RSA "
                    "(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048).")
                    .arg(keyTypeName(key)));
}

int passphraseRefused(char*, int, int, void*)
{
    // Never let OpenSSL fall back to prompting on the terminal.
    return -1;
}

EVP_PKEY* decodePem(QByteArrayView pem, int selection, QByteArrayView passphrase)
{
    EVP_PKEY* key = nullptr;
    OSSL_DECODER_CTX* ctx
        = OSSL_DECODER_CTX_new_for_pkey(&key, "PEM", nullptr, nullptr, selection, nullptr, nullptr);
    if (!ctx) {
        return nullptr;
    }
    if (passphrase.isEmpty()) {
        OSSL_DECODER_CTX_set_pem_password_cb(ctx, passphraseRefused, nullptr);
    } else {
        OSSL_DECODER_CTX_set_passphrase(ctx, reinterpret_cast<const unsigned char*>(passphrase.data()),
                                        static_cast<size_t>(passphrase.size()));
    }
    const auto* data = reinterpret_cast<const unsigned char*>(pem.data());
    size_t length = static_cast<size_t>(pem.size());
    if (OSSL_DECODER_from_data(ctx, &data, &length) != 1) {
        EVP_PKEY_free(key);
        key = nullptr;
    }
    OSSL_DECODER_CTX_free(ctx);
    return key;
}

Result<EVP_PKEY_CTX*> oaepContext(EVP_PKEY* key, bool encrypt, Digest oaep, Digest mgf1, QByteArrayView label)
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr);
    if (!ctx) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::RsaKey", "OpenSSL could not use the RSA key."));
    }
    QByteArray labelCopy = label.toByteArray();
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_PAD_MODE,
                                         const_cast<char*>(OSSL_PKEY_RSA_PAD_MODE_OAEP), 0),
        OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_OAEP_DIGEST,
                                         const_cast<char*>(digestName(oaep)), 0),
        OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_MGF1_DIGEST,
                                         const_cast<char*>(digestName(mgf1)), 0),
        labelCopy.isEmpty()
            ? OSSL_PARAM_construct_end()
            : OSSL_PARAM_construct_octet_string(OSSL_ASYM_CIPHER_PARAM_OAEP_LABEL, labelCopy.data(),
                                                static_cast<size_t>(labelCopy.size())),
        OSSL_PARAM_construct_end(),
    };
    const int ok = encrypt ? EVP_PKEY_encrypt_init_ex(ctx, params) : EVP_PKEY_decrypt_init_ex(ctx, params);
    if (ok != 1) {
        EVP_PKEY_CTX_free(ctx);
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::RsaKey", "OpenSSL refused the RSA-OAEP parameters."));
    }
    return ctx;
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

// A PEM block OpenSSL could not decode: OpenSSL's reason and what to check.
std::unexpected<Error> unreadableBlock(const QByteArray& label, const QString& reason)
{
    return fail(
        ErrorKind::InvalidKey,
        QCoreApplication::translate("sb::RsaKey",
                                    "The %1 block could not be read%2. Check that it was copied whole, "
                                    "with its BEGIN and END lines.")
            .arg(QString::fromLatin1(label),
                 reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
}

} // namespace

QString keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::SubjectPublicKeyInfo:
        return QStringLiteral("SubjectPublicKeyInfo (PUBLIC KEY)");
    case KeySource::Pkcs1Public:
        return QStringLiteral("PKCS#1 (RSA PUBLIC KEY)");
    case KeySource::Certificate:
        return QCoreApplication::translate("sb::RsaKey", "X.509 certificate");
    case KeySource::Pkcs8:
        return QStringLiteral("PKCS#8 (PRIVATE KEY)");
    case KeySource::EncryptedPkcs8:
        return QCoreApplication::translate("sb::RsaKey", "encrypted PKCS#8 (ENCRYPTED PRIVATE KEY)");
    case KeySource::Pkcs1Private:
        return QStringLiteral("PKCS#1 (RSA PRIVATE KEY)");
    case KeySource::EncryptedPkcs1Private:
        return QCoreApplication::translate("sb::RsaKey", "encrypted PKCS#1 (RSA PRIVATE KEY)");
    case KeySource::Generated:
        return QStringLiteral("generated");
    }
    return {};
}

PemBlock findPemBlock(QByteArrayView text, std::initializer_list<QByteArrayView> labels)
{
    static constexpr QByteArrayView begin("-----BEGIN ");
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(begin, from);
        if (start < 0) {
            return {};
        }
        const qsizetype labelStart = start + begin.size();
        const qsizetype labelEnd = text.indexOf(QByteArrayView("-----"), labelStart);
        if (labelEnd < 0) {
            return {};
        }
        const QByteArrayView label = text.sliced(labelStart, labelEnd - labelStart);
        for (const QByteArrayView wanted : labels) {
            if (label == wanted) {
                const QByteArray endLine = "-----END " + label.toByteArray() + "-----";
                const qsizetype end = text.indexOf(endLine, labelEnd);
                if (end < 0) {
                    return {};
                }
                return PemBlock { label.toByteArray(), text.sliced(start, end + endLine.size() - start) };
            }
        }
        from = labelEnd;
    }
}

RsaPublicKey::RsaPublicKey(detail::PkeyHandle key, KeySource source)
    : m_key(std::move(key))
    , m_source(source)
{ }

Result<RsaPublicKey> RsaPublicKey::fromPem(QByteArrayView pem)
{
    const PemBlock block = findPemBlock(pem, { "PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE" });
    if (block.label.isEmpty()) {
        if (!findPemBlock(pem, { "PRIVATE KEY", "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY" })
                 .label.isEmpty()) {
            return fail(ErrorKind::InvalidKey,
                        QCoreApplication::translate(
                            "sb::RsaKey",
                            "This is a private key; encryption takes the public key. "
                            "Extract it with: openssl pkey -in private.pem -pubout -out public.pem"));
        }
        return fail(
            ErrorKind::InvalidKey,
            QCoreApplication::translate("sb::RsaKey",
                                        "No public key found: expected a PEM block starting with "
                                        "-----BEGIN PUBLIC KEY-----, -----BEGIN RSA PUBLIC KEY----- or "
                                        "-----BEGIN CERTIFICATE-----."));
    }
    EVP_PKEY* key = nullptr;
    KeySource source = KeySource::SubjectPublicKeyInfo;
    if (block.label == "CERTIFICATE") {
        source = KeySource::Certificate;
        BioPtr bio(BIO_new_mem_buf(block.block.data(), static_cast<int>(block.block.size())), BIO_free);
        X509* cert = bio ? PEM_read_bio_X509(bio.get(), nullptr, passphraseRefused, nullptr) : nullptr;
        if (cert) {
            key = X509_get_pubkey(cert);
            X509_free(cert);
        }
    } else {
        source = block.label == "RSA PUBLIC KEY" ? KeySource::Pkcs1Public : KeySource::SubjectPublicKeyInfo;
        key = decodePem(block.block, EVP_PKEY_PUBLIC_KEY, {});
    }
    if (!key) {
        const QString reason = opensslReason();
        return unreadableBlock(block.label, reason);
    }
    auto handle = adopt(key);
    if (auto ok = requireRsa(key); !ok) {
        return std::unexpected(ok.error());
    }
    return RsaPublicKey(std::move(handle), source);
}

int RsaPublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

qsizetype RsaPublicKey::modulusBytes() const
{
    return EVP_PKEY_get_size(m_key.get());
}

QByteArray RsaPublicKey::spkiDer() const
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    if (length <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray RsaPublicKey::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray RsaPublicKey::modulus() const
{
    BIGNUM* n = nullptr;
    if (EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_RSA_N, &n) != 1 || !n) {
        opensslReason();
        return {};
    }
    QByteArray out(modulusBytes(), '\0');
    const int written
        = BN_bn2binpad(n, reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()));
    BN_free(n);
    if (written < 0) {
        return {};
    }
    return out;
}

QString RsaPublicKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(spkiDer(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

Result<QByteArray>
RsaPublicKey::oaepEncrypt(QByteArrayView plaintext, Digest oaep, Digest mgf1, QByteArrayView label) const
{
    auto ctx = oaepContext(m_key.get(), true, oaep, mgf1, label);
    if (!ctx) {
        return std::unexpected(ctx.error());
    }
    CtxPtr owner(*ctx, EVP_PKEY_CTX_free);
    size_t length = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(plaintext.data());
    if (EVP_PKEY_encrypt(*ctx, nullptr, &length, in, static_cast<size_t>(plaintext.size())) != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::RsaKey", "RSA-OAEP encryption failed."));
    }
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(*ctx, reinterpret_cast<unsigned char*>(out.data()), &length, in,
                         static_cast<size_t>(plaintext.size()))
        != 1) {
        opensslReason();
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate(
                        "sb::RsaKey", "RSA-OAEP encryption failed (%1 bytes is too long for this key?).")
                        .arg(plaintext.size()));
    }
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

RsaPrivateKey::RsaPrivateKey(detail::PkeyHandle key, KeySource source)
    : m_key(std::move(key))
    , m_source(source)
{ }

Result<RsaPrivateKey> RsaPrivateKey::fromPem(QByteArrayView pem, QByteArrayView passphrase)
{
    const PemBlock block = findPemBlock(pem, { "PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY" });
    if (block.label.isEmpty()) {
        if (!findPemBlock(pem, { "PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE" }).label.isEmpty()) {
            return fail(
                ErrorKind::InvalidKey,
                QCoreApplication::translate(
                    "sb::RsaKey", "This is a public key or certificate; decryption needs the private key."));
        }
        if (!findPemBlock(pem, { "OPENSSH PRIVATE KEY" }).label.isEmpty()) {
            return fail(
                ErrorKind::InvalidKey,
                QCoreApplication::translate("sb::RsaKey",
                                            "This is an OpenSSH private key. Convert it to PKCS#8 with: "
                                            "ssh-keygen -p -m PKCS8 -f KEYFILE"));
        }
        return fail(ErrorKind::InvalidKey,
                    QCoreApplication::translate(
                        "sb::RsaKey",
                        "No private key found: expected a PEM block starting with "
                        "-----BEGIN PRIVATE KEY-----, -----BEGIN ENCRYPTED PRIVATE KEY----- or "
                        "-----BEGIN RSA PRIVATE KEY-----."));
    }
    const bool legacyEncrypted
        = block.label == "RSA PRIVATE KEY" && block.block.contains(QByteArrayView("ENCRYPTED"));
    const bool encrypted = block.label == "ENCRYPTED PRIVATE KEY" || legacyEncrypted;
    const KeySource source = block.label == "PRIVATE KEY" ? KeySource::Pkcs8
        : block.label == "ENCRYPTED PRIVATE KEY"          ? KeySource::EncryptedPkcs8
        : legacyEncrypted                                 ? KeySource::EncryptedPkcs1Private
                                                          : KeySource::Pkcs1Private;
    if (encrypted && passphrase.isEmpty()) {
        return fail(ErrorKind::PassphraseRequired,
                    QCoreApplication::translate(
                        "sb::RsaKey", "The private key is encrypted; its passphrase is needed to read it."));
    }
    EVP_PKEY* key = decodePem(block.block, EVP_PKEY_KEYPAIR, encrypted ? passphrase : QByteArrayView());
    if (!key) {
        const QString reason = opensslReason();
        if (encrypted) {
            return fail(
                ErrorKind::WrongPassphrase,
                QCoreApplication::translate(
                    "sb::RsaKey", "Wrong passphrase for the private key (or the key file is damaged)."));
        }
        return unreadableBlock(block.label, reason);
    }
    auto handle = adopt(key);
    if (auto ok = requireRsa(key); !ok) {
        return std::unexpected(ok.error());
    }
    return RsaPrivateKey(std::move(handle), source);
}

Result<RsaPrivateKey> RsaPrivateKey::generate(int bits)
{
    if (bits < MinimumRsaBits || bits > 16384) {
        return fail(ErrorKind::KeyTooSmall,
                    QCoreApplication::translate(
                        "sb::RsaKey", "RSA keys are generated with 2048 to 16384 bits; %1 was asked for.")
                        .arg(bits));
    }
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits));
    if (!key) {
        opensslReason();
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::RsaKey", "RSA key generation failed."));
    }
    return RsaPrivateKey(adopt(key), KeySource::Generated);
}

int RsaPrivateKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

qsizetype RsaPrivateKey::modulusBytes() const
{
    return EVP_PKEY_get_size(m_key.get());
}

RsaPublicKey RsaPrivateKey::publicKey() const
{
    // An EVP_PKEY holding a key pair also serves every public-key operation.
    return RsaPublicKey(m_key, KeySource::SubjectPublicKeyInfo);
}

Result<SecureBuffer> RsaPrivateKey::toPkcs8Pem(QByteArrayView passphrase) const
{
    OSSL_ENCODER_CTX* ctx
        = OSSL_ENCODER_CTX_new_for_pkey(m_key.get(), EVP_PKEY_KEYPAIR, "PEM", "PrivateKeyInfo", nullptr);
    if (!ctx) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::RsaKey", "OpenSSL cannot write PKCS#8 keys."));
    }
    std::unique_ptr<OSSL_ENCODER_CTX, decltype(&OSSL_ENCODER_CTX_free)> owner(ctx, OSSL_ENCODER_CTX_free);
    if (!passphrase.isEmpty()
        && (OSSL_ENCODER_CTX_set_cipher(ctx, "AES-256-CBC", nullptr) != 1
            || OSSL_ENCODER_CTX_set_passphrase(ctx, reinterpret_cast<const unsigned char*>(passphrase.data()),
                                               static_cast<size_t>(passphrase.size()))
                != 1)) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::RsaKey", "OpenSSL cannot encrypt the private key."));
    }
    // A secure-memory BIO cleanses its buffer when freed.
    BioPtr bio(BIO_new(BIO_s_secmem()), BIO_free);
    if (!bio || OSSL_ENCODER_to_bio(ctx, bio.get()) != 1) {
        opensslReason();
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::RsaKey", "Writing the private key failed."));
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return SecureBuffer::copyOf(QByteArrayView(data, length));
}

Result<SecureBuffer>
RsaPrivateKey::oaepDecrypt(QByteArrayView ciphertext, Digest oaep, Digest mgf1, QByteArrayView label) const
{
    return RsaOaepDecryptor(*this, oaep, mgf1).decrypt(ciphertext, label);
}

struct RsaOaepDecryptor::Context
{
    EVP_PKEY_CTX* ctx = nullptr;
    ~Context() { EVP_PKEY_CTX_free(ctx); }
};

RsaOaepDecryptor::RsaOaepDecryptor(RsaPrivateKey key, Digest oaep, Digest mgf1)
    : m_key(std::move(key))
    , m_oaep(oaep)
    , m_mgf1(mgf1)
{ }

RsaOaepDecryptor::~RsaOaepDecryptor() = default;
RsaOaepDecryptor::RsaOaepDecryptor(RsaOaepDecryptor&&) noexcept = default;
RsaOaepDecryptor& RsaOaepDecryptor::operator=(RsaOaepDecryptor&&) noexcept = default;

Result<SecureBuffer> RsaOaepDecryptor::decrypt(QByteArrayView ciphertext, QByteArrayView label)
{
    // A label is fixed when the context is initialised, so labelled operations
    // (test vectors only; Port uses none) get a context of their own.
    std::unique_ptr<Context> labelled;
    Context* context = nullptr;
    if (!label.isEmpty()) {
        labelled = std::make_unique<Context>();
        context = labelled.get();
    } else {
        if (!m_context) {
            m_context = std::make_unique<Context>();
        }
        context = m_context.get();
    }
    if (!context->ctx) {
        auto ctx = oaepContext(m_key.handle(), false, m_oaep, m_mgf1, label);
        if (!ctx) {
            return std::unexpected(ctx.error());
        }
        context->ctx = *ctx;
    }
    const auto* in = reinterpret_cast<const unsigned char*>(ciphertext.data());
    auto out = SecureBuffer::uninitialized(m_key.modulusBytes());
    size_t length = static_cast<size_t>(out.size());
    if (EVP_PKEY_decrypt(context->ctx, out.data(), &length, in, static_cast<size_t>(ciphertext.size()))
        != 1) {
        opensslReason();
        return fail(ErrorKind::UnwrapFailed,
                    QCoreApplication::translate(
                        "sb::RsaKey",
                        "RSA-OAEP (SHA-256) could not unwrap the key: this private key does not match "
                        "the public key that wrapped it, or the wrapped key was altered."));
    }
    out.resize(static_cast<qsizetype>(length));
    return out;
}

} // namespace sb
