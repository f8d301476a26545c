// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultHeader.h"

#include "common/Utf8.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace sb {

namespace {

constexpr qsizetype ChecksumOffset = VaultHeader::Size - VaultHeader::ChecksumSize;

void putU16(QByteArray& out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray& out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

template<typename T>
T readBE(QByteArrayView data, qsizetype offset)
{
    return qFromBigEndian<T>(data.data() + offset);
}

QByteArray checksumOf(QByteArrayView headerWithoutChecksum)
{
    return QCryptographicHash::hash(headerWithoutChecksum, QCryptographicHash::Sha256)
        .left(VaultHeader::ChecksumSize);
}

Error malformed(const QString& message)
{
    return Error { ErrorKind::MalformedVault, message };
}

Result<SecureBuffer> hmacSha256(const SecureBuffer& key, QByteArrayView label)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(32);
    size_t outLength = 0;
    const bool ok = ctx && EVP_MAC_init(ctx, key.data(), static_cast<size_t>(key.size()), params) == 1
        && EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(label.data()),
                          static_cast<size_t>(label.size()))
            == 1
        && EVP_MAC_final(ctx, out.data(), &outLength, static_cast<size_t>(out.size())) == 1
        && outLength == 32;
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    if (!ok) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::VaultHeader", "HMAC-SHA256 failed in OpenSSL."));
    }
    return out;
}

} // namespace

QByteArray VaultHeader::serialize() const
{
    QByteArray out;
    out.reserve(Size);
    out.append(Magic, sizeof(Magic));
    putU16(out, formatVersion);
    putU16(out, quint16(Size));
    out.append(char(KdfArgon2id));
    out.append(char(Argon2Version));
    putU16(out, 0);
    putU32(out, kdf.memoryKiB);
    putU32(out, kdf.iterations);
    putU32(out, kdf.parallelism);
    out.append(salt);
    out.append(nonce);
    putU64(out, ciphertextSize);
    out.append(keyCheck);
    out.append(checksumOf(out));
    Q_ASSERT(out.size() == Size);
    return out;
}

Result<VaultHeader> VaultHeader::parse(QByteArrayView file)
{
    const auto truncated = [&] {
        return std::unexpected(malformed(
            QCoreApplication::translate(
                "sb::VaultHeader",
                "The vault file is truncated: it is %1 bytes long, the header alone takes %2 bytes.")
                .arg(file.size())
                .arg(Size)));
    };
    if (file.size() < qsizetype(sizeof(Magic))
        || QByteArrayView(file.data(), sizeof(Magic)) != QByteArrayView(Magic, sizeof(Magic))) {
        if (file.size() < qsizetype(sizeof(Magic)) && QByteArrayView(Magic, file.size()) == file) {
            return truncated();
        }
        return std::unexpected(malformed(QCoreApplication::translate(
            "sb::VaultHeader",
            "This is not a SecretBench vault: the file does not start with the vault "
            "signature \"SBVAULT\".")));
    }
    if (file.size() < 12) {
        return truncated();
    }
    const quint16 version = readBE<quint16>(file, 8);
    if (version < FirstFormatVersion || version > LatestFormatVersion) {
        return std::unexpected(malformed(
            QCoreApplication::translate(
                "sb::VaultHeader",
                "The vault uses format version %1; this SecretBench reads versions %2 to %3. %4")
                .arg(version)
                .arg(FirstFormatVersion)
                .arg(LatestFormatVersion)
                .arg(version > LatestFormatVersion
                         ? QCoreApplication::translate("sb::VaultHeader", "Open it with a newer SecretBench.")
                         : QCoreApplication::translate("sb::VaultHeader", "The header is damaged."))));
    }
    const quint16 headerLength = readBE<quint16>(file, 10);
    if (headerLength != Size) {
        return std::unexpected(malformed(
            QCoreApplication::translate("sb::VaultHeader",
                                        "The vault header is damaged: it declares a length of %1 bytes; the "
                                        "header is %2 bytes.")
                .arg(headerLength)
                .arg(Size)));
    }
    if (file.size() < Size) {
        return truncated();
    }
    if (checksumOf(file.first(ChecksumOffset)) != file.sliced(ChecksumOffset, ChecksumSize)) {
        return std::unexpected(malformed(QCoreApplication::translate(
            "sb::VaultHeader",
            "The vault header is damaged: its checksum does not match (bytes 0-111 were "
            "altered). The key-derivation parameters cannot be trusted, so nothing "
            "was decrypted.")));
    }
    const auto kdfId = quint8(file[12]);
    const auto argonVersion = quint8(file[13]);
    if (kdfId != KdfArgon2id) {
        return std::unexpected(malformed(
            QCoreApplication::translate(
                "sb::VaultHeader", "The vault names key-derivation function %1; only 1 (Argon2id) is known.")
                .arg(kdfId)));
    }
    if (argonVersion != Argon2Version) {
        return std::unexpected(
            malformed(QCoreApplication::translate(
                          "sb::VaultHeader", "The vault names Argon2 version 0x%1; only 0x13 is supported.")
                          .arg(argonVersion, 2, 16, QLatin1Char('0'))));
    }
    if (readBE<quint16>(file, 14) != 0) {
        return std::unexpected(malformed(QCoreApplication::translate(
            "sb::VaultHeader", "The vault header's reserved bytes 14-15 are not zero.")));
    }
    VaultHeader header;
    header.formatVersion = version;
    header.kdf.memoryKiB = readBE<quint32>(file, 16);
    header.kdf.iterations = readBE<quint32>(file, 20);
    header.kdf.parallelism = readBE<quint32>(file, 24);
    if (auto ok = Kdf::checkBounds(header.kdf); !ok) {
        return std::unexpected(ok.error());
    }
    header.salt = file.sliced(28, Kdf::SaltSize).toByteArray();
    header.nonce = file.sliced(60, NonceSize).toByteArray();
    header.ciphertextSize = readBE<quint64>(file, 72);
    header.keyCheck = file.sliced(80, KeyCheckSize).toByteArray();
    if (header.ciphertextSize > MaximumCiphertextSize) {
        return std::unexpected(
            malformed(QCoreApplication::translate(
                          "sb::VaultHeader",
                          "The vault header declares %1 bytes of content, more than the 1 GiB limit.")
                          .arg(header.ciphertextSize)));
    }
    const quint64 expected = quint64(Size) + header.ciphertextSize + quint64(TagSize);
    const auto actual = quint64(file.size());
    if (actual < expected) {
        return std::unexpected(
            malformed(QCoreApplication::translate(
                          "sb::VaultHeader",
                          "The vault file is truncated: the header announces %1 bytes of encrypted "
                          "content and a 16-byte tag (%2 bytes in all), but the file has %3 bytes.")
                          .arg(header.ciphertextSize)
                          .arg(expected)
                          .arg(actual)));
    }
    if (actual > expected) {
        return std::unexpected(
            malformed(QCoreApplication::translate(
                          "sb::VaultHeader",
                          "The vault file has %1 unexpected bytes after its end (%2 bytes expected, "
                          "%3 found): something was appended to it.")
                          .arg(actual - expected)
                          .arg(expected)
                          .arg(actual)));
    }
    return header;
}

Result<VaultKey> VaultKey::derive(QByteArrayView passphrase, QByteArrayView salt, const KdfParams& params)
{
    auto master = Kdf::derive(passphrase, salt, params);
    if (!master) {
        return std::unexpected(master.error());
    }
    return fromMasterKey(std::move(*master));
}

Result<VaultKey> VaultKey::fromMasterKey(SecureBuffer master)
{
    auto content = hmacSha256(master, "SecretBench vault v1: content key");
    auto check = hmacSha256(master, "SecretBench vault v1: key check");
    master.clear();
    if (!content) {
        return std::unexpected(content.error());
    }
    if (!check) {
        return std::unexpected(check.error());
    }
    VaultKey key;
    key.m_contentKey = std::move(*content);
    key.m_keyCheck = check->view().first(VaultHeader::KeyCheckSize).toByteArray();
    return key;
}

void VaultKey::wipe()
{
    m_contentKey.clear();
    sb::wipe(m_keyCheck);
}

VaultKey VaultKey::clone() const
{
    VaultKey key;
    key.m_contentKey = m_contentKey.clone();
    key.m_keyCheck = m_keyCheck;
    return key;
}

Result<SecureBuffer> normalizePassphrase(QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::VaultHeader", "An empty passphrase is not allowed."));
    }
    if (Utf8::firstInvalid(utf8) >= 0) {
        return fail(
            ErrorKind::NotUtf8,
            QCoreApplication::translate("sb::VaultHeader", "The passphrase is not valid UTF-8 text."));
    }
    QString text = QString::fromUtf8(utf8);
    QString normalized = text.normalized(QString::NormalizationForm_C);
    QByteArray bytes = normalized.toUtf8();
    SecureBuffer out = SecureBuffer::copyOf(bytes);
    // Scrub the temporary copies Qt made.
    secureWipe(text.data(), size_t(text.size()) * sizeof(QChar));
    secureWipe(normalized.data(), size_t(normalized.size()) * sizeof(QChar));
    wipe(bytes);
    return out;
}

} // namespace sb
