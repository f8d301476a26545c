// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultKeys.h"

#include "crypto/PortManagedCipher.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace sb {

namespace {

constexpr char Separator = '\0';

Error wrongType(const QString& reference, ProjectSecretType type, KeyKinds kinds)
{
    QStringList wanted;
    if (kinds.testFlag(KeyKind::ClientSecret)) {
        wanted << secretTypeName(ProjectSecretType::PortClientSecret);
    }
    if (kinds.testFlag(KeyKind::PrivateKey)) {
        wanted << secretTypeName(ProjectSecretType::RsaPrivateKey);
    }
    return Error { ErrorKind::Usage,
                   QCoreApplication::translate("sb::VaultKeys", "%1 is a %2; a %3 is needed here.")
                       .arg(reference, secretTypeName(type), wanted.join(QStringLiteral(" or "))) };
}

} // namespace

Result<StoredPrivateKey> StoredPrivateKey::fromPem(QByteArrayView pem, QByteArrayView passphrase)
{
    if (pem.contains(Separator) || passphrase.contains(Separator)) {
        return fail(ErrorKind::InvalidKey,
                    QCoreApplication::translate("sb::VaultKeys",
                                                "A PEM key or its passphrase cannot contain a zero byte."));
    }
    // A key that opens without a passphrase keeps none.
    if (RsaPrivateKey::fromPem(pem)) {
        return StoredPrivateKey { SecureBuffer::copyOf(pem), {} };
    }
    auto key = RsaPrivateKey::fromPem(pem, passphrase);
    if (!key) {
        return std::unexpected(key.error());
    }
    return StoredPrivateKey { SecureBuffer::copyOf(pem), SecureBuffer::copyOf(passphrase) };
}

Result<StoredPrivateKey> StoredPrivateKey::decode(QByteArrayView value)
{
    const qsizetype split = value.indexOf(Separator);
    const QByteArrayView pem = split < 0 ? value : value.first(split);
    const QByteArrayView passphrase = split < 0 ? QByteArrayView() : value.sliced(split + 1);
    if (pem.isEmpty() || (split >= 0 && passphrase.isEmpty()) || passphrase.contains(Separator)) {
        return fail(ErrorKind::MalformedVault,
                    QCoreApplication::translate(
                        "sb::VaultKeys",
                        "An rsa-private-key value is a PEM, optionally followed by one zero byte "
                        "and a non-empty passphrase."));
    }
    return StoredPrivateKey { SecureBuffer::copyOf(pem), SecureBuffer::copyOf(passphrase) };
}

SecureBuffer StoredPrivateKey::encode() const
{
    SecureBuffer out;
    out.reserve(pem.size() + 1 + passphrase.size());
    out.append(pem.view());
    if (!passphrase.isEmpty()) {
        out.append(Separator);
        out.append(passphrase.view());
    }
    return out;
}

Result<RsaPrivateKey> StoredPrivateKey::key() const
{
    return RsaPrivateKey::fromPem(pem.view(), passphrase.view());
}

bool keyKindsAccept(KeyKinds kinds, ProjectSecretType type)
{
    return (type == ProjectSecretType::PortClientSecret && kinds.testFlag(KeyKind::ClientSecret))
        || (type == ProjectSecretType::RsaPrivateKey && kinds.testFlag(KeyKind::PrivateKey));
}

QString VaultKeyInfo::reference() const
{
    return project + QLatin1Char('/') + name;
}

QString VaultKeyInfo::summary() const
{
    if (type == ProjectSecretType::PortClientSecret) {
        return QStringLiteral("%1 bytes · SHA-256 %2").arg(length).arg(digest);
    }
    if (bits == 0) {
        return problem;
    }
    QString shortFormat;
    switch (source) {
    case KeySource::Pkcs8:
    case KeySource::Generated:
        shortFormat = QStringLiteral("PKCS#8");
        break;
    case KeySource::EncryptedPkcs8:
        shortFormat = QStringLiteral("PKCS#8, encrypted");
        break;
    case KeySource::Pkcs1Private:
        shortFormat = QStringLiteral("PKCS#1");
        break;
    case KeySource::EncryptedPkcs1Private:
        shortFormat = QStringLiteral("PKCS#1, encrypted");
        break;
    case KeySource::SubjectPublicKeyInfo:
    case KeySource::Pkcs1Public:
    case KeySource::Certificate:
        shortFormat = format;
        break;
    }
    return QStringLiteral("RSA-%1 · %2 · SHA-256 %3…").arg(bits).arg(shortFormat, fingerprint.left(23));
}

VaultKeyInfo describeKeyEntry(const QString& project, const ProjectSecret& secret)
{
    VaultKeyInfo info;
    info.project = project;
    info.name = secret.name;
    info.type = secret.type;
    const QByteArrayView value = secret.current().value.view();
    if (secret.type == ProjectSecretType::PortClientSecret) {
        info.length = value.size();
        info.digest = QString::fromLatin1(
            QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex().left(8));
        if (value.size() < PortManagedCipher::KeySize) {
            info.problem = QCoreApplication::translate(
                               "sb::VaultKeys", "shorter than %1 bytes: Port's key is the first %1 bytes")
                               .arg(PortManagedCipher::KeySize);
            info.severity = Severity::Error;
        }
        return info;
    }
    auto stored = StoredPrivateKey::decode(value);
    auto key = stored ? stored->key() : Result<RsaPrivateKey>(std::unexpected(stored.error()));
    if (!key) {
        info.problem
            = QCoreApplication::translate("sb::VaultKeys", "unreadable: %1").arg(key.error().message);
        info.severity = Severity::Error;
        return info;
    }
    const RsaPublicKey publicKey = key->publicKey();
    info.bits = key->bits();
    info.format = keySourceName(key->source());
    info.source = key->source();
    info.fingerprint = publicKey.fingerprint();
    info.passphraseProtected = stored->isProtected();
    info.publicKeyPem = publicKey.toPem();
    if (info.bits < MinimumRsaBits) {
        info.problem = QCoreApplication::translate(
                           "sb::VaultKeys", "%1 bits, under the %2 Port requires for client-side encryption")
                           .arg(info.bits)
                           .arg(MinimumRsaBits);
        info.severity = Severity::Warning;
    }
    return info;
}

QList<VaultKeyInfo> listVaultKeys(const VaultContent& content, KeyKinds kinds)
{
    QList<VaultKeyInfo> keys;
    for (const Project& p : content.projects()) {
        for (const ProjectSecret& s : p.secrets) {
            if (keyKindsAccept(kinds, s.type)) {
                keys << describeKeyEntry(p.name, s);
            }
        }
    }
    return keys;
}

QString VaultKeyRef::reference() const
{
    return secret ? project + QLatin1Char('/') + secret->name : QString();
}

Result<VaultKeyRef> findVaultKey(const VaultContent& content, const QString& reference, KeyKinds kinds)
{
    // Secret names cannot contain '/', project names can: the last '/' splits.
    const qsizetype slash = reference.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString project = reference.left(slash);
        auto found = content.findSecret(project, reference.mid(slash + 1));
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!keyKindsAccept(kinds, (*found)->type)) {
            return std::unexpected(wrongType(reference, (*found)->type, kinds));
        }
        return VaultKeyRef { project, *found };
    }
    QList<VaultKeyRef> keys;
    QList<VaultKeyRef> others;
    for (const Project& p : content.projects()) {
        if (const ProjectSecret* s = p.secret(reference)) {
            (keyKindsAccept(kinds, s->type) ? keys : others) << VaultKeyRef { p.name, s };
        }
    }
    if (keys.size() == 1) {
        return keys.first();
    }
    if (keys.size() > 1) {
        QStringList names;
        for (const VaultKeyRef& k : std::as_const(keys)) {
            names << k.reference();
        }
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "sb::VaultKeys", "Several projects have a key named %1 (%2): name one as PROJECT/%1.")
                        .arg(reference, names.join(QStringLiteral(", "))));
    }
    if (!others.isEmpty()) {
        return std::unexpected(wrongType(others.first().reference(), others.first().secret->type, kinds));
    }
    return fail(
        ErrorKind::NotFound,
        QCoreApplication::translate("sb::VaultKeys",
                                    "No project in the vault has a key named %1 (secret list shows the "
                                    "names).")
            .arg(reference));
}

Result<SecureBuffer> clientSecretOf(const ProjectSecret& secret)
{
    if (secret.type != ProjectSecretType::PortClientSecret) {
        return std::unexpected(wrongType(secret.name, secret.type, KeyKind::ClientSecret));
    }
    return secret.current().value.clone();
}

Result<RsaPrivateKey> privateKeyOf(const ProjectSecret& secret)
{
    if (secret.type != ProjectSecretType::RsaPrivateKey) {
        return std::unexpected(wrongType(secret.name, secret.type, KeyKind::PrivateKey));
    }
    auto stored = StoredPrivateKey::decode(secret.current().value.view());
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return stored->key();
}

} // namespace sb
