// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace sb {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidBase64:
        return QStringLiteral("invalid-base64");
    case ErrorKind::TooShort:
        return QStringLiteral("too-short");
    case ErrorKind::NotUtf8:
        return QStringLiteral("not-utf8");
    case ErrorKind::InvalidJson:
        return QStringLiteral("invalid-json");
    case ErrorKind::InvalidKey:
        return QStringLiteral("invalid-key");
    case ErrorKind::InvalidDefinition:
        return QStringLiteral("invalid-definition");
    case ErrorKind::InvalidMongoUrl:
        return QStringLiteral("invalid-mongodb-url");
    case ErrorKind::MalformedToken:
        return QStringLiteral("malformed-token");
    case ErrorKind::MalformedVault:
        return QStringLiteral("malformed-vault");
    case ErrorKind::ClientSecretTooShort:
        return QStringLiteral("client-secret-too-short");
    case ErrorKind::KeyTooSmall:
        return QStringLiteral("key-too-small");
    case ErrorKind::PassphraseRequired:
        return QStringLiteral("passphrase-required");
    case ErrorKind::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorKind::UnwrapFailed:
        return QStringLiteral("unwrap-failed");
    case ErrorKind::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case ErrorKind::BadSignature:
        return QStringLiteral("bad-signature");
    case ErrorKind::AlgorithmMismatch:
        return QStringLiteral("algorithm-mismatch");
    case ErrorKind::TokenExpired:
        return QStringLiteral("token-expired");
    case ErrorKind::TokenNotYetValid:
        return QStringLiteral("token-not-yet-valid");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorKind::FileError:
        return QStringLiteral("file-error");
    case ErrorKind::VaultBusy:
        return QStringLiteral("vault-busy");
    case ErrorKind::VaultChanged:
        return QStringLiteral("vault-changed");
    case ErrorKind::VaultLocked:
        return QStringLiteral("vault-locked");
    case ErrorKind::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case ErrorKind::CryptoFailure:
        return QStringLiteral("crypto-failure");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    }
    return QStringLiteral("unknown");
}

QString Error::kindName() const
{
    return errorKindName(kind);
}

} // namespace sb
