// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace sb {

// Every failure the core can report. The kind is what programs branch on
// (the CLI maps it to an exit code, the UI to a colour); the message is what
// a person reads. Messages never contain secret material.
enum class ErrorKind
{
    // Malformed input (CLI exit 3)
    InvalidBase64,
    TooShort,
    NotUtf8,
    InvalidJson,
    InvalidKey, // unreadable PEM, or a key that is not RSA
    InvalidDefinition, // an action definition that cannot be read at all
    InvalidMongoUrl,
    MalformedToken, // a JWT that is not three base64url parts of JSON
    MalformedVault, // a vault file that is truncated or damaged outside its ciphertext
                    // Key problems found before any decryption (CLI exit 3 or 2)
    ClientSecretTooShort,
    KeyTooSmall,
    PassphraseRequired,
    // Authentication (CLI exit 1)
    WrongPassphrase,
    UnwrapFailed,
    AuthenticationFailed,
    BadSignature,
    AlgorithmMismatch,
    // Time-based token checks (CLI exit 7)
    TokenExpired,
    TokenNotYetValid,
    // Lookup (CLI exit 8)
    NotFound,
    AlreadyExists,
    // Environment (CLI exit 4)
    FileError,
    VaultBusy, // another writer holds the lock
    VaultChanged, // the file changed on disk since it was opened
    VaultLocked,
    // Network (CLI exit 6)
    ConnectionFailed,
    // Programming or library failure (CLI exit 4)
    CryptoFailure,
    Cancelled,
    Usage,
};

struct Error
{
    ErrorKind kind;
    QString message;
    // Byte offset into the input the error refers to, or -1.
    qsizetype position = -1;

    // A stable, machine-readable name ("invalid-base64"), used in JSON output.
    QString kindName() const;
};

// Stable identifier for an error kind, e.g. ErrorKind::InvalidBase64 -> "invalid-base64".
QString errorKindName(ErrorKind kind);

template<typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, QString message, qsizetype position = -1)
{
    return std::unexpected<Error>(Error { kind, std::move(message), position });
}

} // namespace sb
