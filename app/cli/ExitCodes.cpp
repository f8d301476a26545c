// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCodes.h"

namespace sb::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidBase64:
    case ErrorKind::TooShort:
    case ErrorKind::NotUtf8:
    case ErrorKind::InvalidJson:
    case ErrorKind::InvalidKey:
    case ErrorKind::InvalidDefinition:
    case ErrorKind::InvalidMongoUrl:
    case ErrorKind::MalformedToken:
    case ErrorKind::MalformedVault:
    case ErrorKind::ClientSecretTooShort:
    case ErrorKind::KeyTooSmall:
        return MalformedInput;
    case ErrorKind::WrongPassphrase:
    case ErrorKind::UnwrapFailed:
    case ErrorKind::AuthenticationFailed:
    case ErrorKind::BadSignature:
    case ErrorKind::AlgorithmMismatch:
        return AuthenticationFailure;
    case ErrorKind::TokenExpired:
    case ErrorKind::TokenNotYetValid:
        return TokenTimeInvalid;
    case ErrorKind::NotFound:
        return NotFound;
    case ErrorKind::ConnectionFailed:
        return PingFailed;
    case ErrorKind::PassphraseRequired:
    case ErrorKind::AlreadyExists:
    case ErrorKind::Usage:
        return UsageError;
    case ErrorKind::FileError:
    case ErrorKind::VaultBusy:
    case ErrorKind::VaultChanged:
    case ErrorKind::VaultLocked:
    case ErrorKind::CryptoFailure:
    case ErrorKind::Cancelled:
        return IoError;
    }
    return IoError;
}

} // namespace sb::cli
