// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Severity.h"
#include "crypto/RsaKey.h"
#include "crypto/SecureBuffer.h"
#include "secrets/VaultContent.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace sb {

// The value of an rsa-private-key entry (docs/vault-format.md, section 5.1):
// the PEM text as it was given, then -- only for a passphrase-protected key --
// one zero byte and the passphrase. A PEM never contains a zero byte, so the
// split is unambiguous.
struct StoredPrivateKey
{
    SecureBuffer pem;
    SecureBuffer passphrase; // empty when the PEM is not encrypted

    // Checks that `pem` opens (with `passphrase` when it is encrypted); a
    // passphrase given for a key that needs none is dropped.
    static Result<StoredPrivateKey> fromPem(QByteArrayView pem, QByteArrayView passphrase = {});
    // Splits a stored value; checks the structure only, not the key.
    static Result<StoredPrivateKey> decode(QByteArrayView value);
    SecureBuffer encode() const;
    Result<RsaPrivateKey> key() const;
    bool isProtected() const { return !passphrase.isEmpty(); }
};

// Which key entries a caller can use.
enum class KeyKind
{
    ClientSecret = 0x1, // port-client-secret
    PrivateKey = 0x2, // rsa-private-key
};
Q_DECLARE_FLAGS(KeyKinds, KeyKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyKinds)
constexpr KeyKinds AnyKeyKind = KeyKinds(KeyKind::ClientSecret) | KeyKind::PrivateKey;

bool keyKindsAccept(KeyKinds kinds, ProjectSecretType type);

// What can be shown about a key entry's current value: never the key.
struct VaultKeyInfo
{
    QString project;
    QString name;
    ProjectSecretType type = ProjectSecretType::PortClientSecret;
    // port-client-secret
    qsizetype length = 0;
    QString digest; // the first 8 hex digits of SHA-256 over the whole secret
    // rsa-private-key
    int bits = 0;
    QString format; // "PKCS#8 (PRIVATE KEY)", ...
    KeySource source = KeySource::Pkcs8;
    QString fingerprint; // SHA-256 of the public key, colon-separated hex
    bool passphraseProtected = false;
    QByteArray publicKeyPem;
    // Anything wrong with the key (too short, under 2048 bits, unreadable).
    QString problem;
    Severity severity = Severity::Ok;

    // "PROJECT/NAME": what --key takes.
    QString reference() const;
    // "48 bytes · SHA-256 1a2b3c4d" or "RSA-2048 · PKCS#8, encrypted · SHA-256 AB:CD:EF:01:23:45:67:89…".
    QString summary() const;
};

VaultKeyInfo describeKeyEntry(const QString& project, const ProjectSecret& secret);
// Every key entry of `kinds`, project by project, in vault order.
QList<VaultKeyInfo> listVaultKeys(const VaultContent& content, KeyKinds kinds = AnyKeyKind);

struct VaultKeyRef
{
    QString project;
    const ProjectSecret* secret = nullptr; // into the content it was found in

    QString reference() const;
};

// The entry a reference names: "PROJECT/NAME", or NAME alone when exactly one
// project has a key entry of that name. NotFound when nothing has that name;
// Usage when NAME is in several projects, or the entry is not a key of `kinds`.
Result<VaultKeyRef> findVaultKey(const VaultContent& content, const QString& reference, KeyKinds kinds);

// The current value as a key: the client secret's bytes, or the private key
// opened with its stored passphrase. Usage when the entry has another type.
Result<SecureBuffer> clientSecretOf(const ProjectSecret& secret);
Result<RsaPrivateKey> privateKeyOf(const ProjectSecret& secret);

} // namespace sb
