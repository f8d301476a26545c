// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Severity.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sb::Jwt {

// HMAC JSON Web Tokens (RFC 7519) with HS256/HS384/HS512 (RFC 7518 §3.2),
// computed with OpenSSL's EVP_MAC and checked in constant time (see
// docs/decisions/0003-jwt-hmac-with-openssl.md).
enum class Algorithm
{
    HS256,
    HS384,
    HS512,
};

QString algorithmName(Algorithm algorithm);
std::optional<Algorithm> algorithmFromName(QStringView name);
// RFC 7518 §3.2: a key of at least the hash's output size.
qsizetype minimumSecretBytes(Algorithm algorithm);

struct Strength
{
    Algorithm algorithm = Algorithm::HS256;
    qsizetype bytes = 0;
    qsizetype required = 32;
    bool sufficient = false;
    bool documentationExample = false; // a value copied from documentation
    Severity severity = Severity::Error;
    QString message;
};

// The secret is used as its UTF-8 bytes, as workflow JWT nodes use it.
Strength assessSecret(QByteArrayView secret, Algorithm algorithm);

// A new secret: `randomBytes` (32, 48 or 64) from the CSPRNG, as base64url
// text without padding (43, 64 or 86 characters).
Result<SecureBuffer> generateSecret(int randomBytes);
int recommendedRandomBytes(Algorithm algorithm);

// "10m", "1h", "7d", "90s", "2w", "1.5h", "30 minutes", or a bare number of
// seconds, as workflow JWT nodes accept for expiry. Returns seconds.
Result<qint64> parseDuration(QStringView text);

struct SignOptions
{
    Algorithm algorithm = Algorithm::HS256;
    QByteArray claimsJson = "{}"; // a JSON object; key order is kept
    bool issuedAt = false; // add "iat": now (unless the claims have one)
    std::optional<qint64> expiresInSeconds; // add "exp": now + this
    std::optional<qint64> notBeforeInSeconds; // add "nbf": now + this
};

// A compact JWS: base64url(header) "." base64url(claims) "." base64url(HMAC).
// Times come from sb::Clock.
Result<QByteArray> sign(QByteArrayView secret, const SignOptions& options);

struct VerifyOptions
{
    Algorithm expected = Algorithm::HS256; // the only algorithm accepted
    qint64 leewaySeconds = 0;
};

// One check of a verification, in the order they run.
struct Check
{
    QString name; // "format", "algorithm", "signature", "exp", "nbf", "iat"
    Severity severity = Severity::Ok; // Ok passed, Error failed, Info not applicable
    QString message;
};

struct Verification
{
    QList<Check> checks;
    std::optional<Error> error; // the first failing check, as an error (kind -> exit code)
    QByteArray headerJson;
    QByteArray claimsJson; // only set when the signature is valid

    bool valid() const { return !error.has_value(); }
    // The name of the check that failed, or empty.
    QString failedCheck() const;
};

// Checks format, algorithm (exactly `expected`: "none" and every other
// algorithm are refused before any HMAC is computed), signature, then exp,
// nbf and iat against sb::Clock with the leeway. Claims are read only once
// the signature holds.
Verification verify(QByteArrayView secret, QByteArrayView token, const VerifyOptions& options);

} // namespace sb::Jwt
