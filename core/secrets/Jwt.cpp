// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jwt.h"

#include "common/Clock.h"
#include "common/JsonText.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <cmath>

namespace sb::Jwt {

namespace {

constexpr qint64 MaximumDurationSeconds = qint64(100) * 365 * 24 * 3600;

const char* digestName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::HS256:
        return "SHA256";
    case Algorithm::HS384:
        return "SHA384";
    case Algorithm::HS512:
        return "SHA512";
    }
    return "SHA256";
}

Result<QByteArray> hmac(Algorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    QByteArray digest(digestName(algorithm));
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest.data(), 0),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    // An empty key is valid HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char empty = 0;
    const auto* keyBytes = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char*>(key.data());
    const bool ok = ctx && EVP_MAC_init(ctx, keyBytes, static_cast<size_t>(key.size()), params) == 1
        && EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.data()),
                          static_cast<size_t>(data.size()))
            == 1
        && EVP_MAC_final(ctx, reinterpret_cast<unsigned char*>(out.data()), &length,
                         static_cast<size_t>(out.size()))
            == 1;
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    if (!ok) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::Jwt", "HMAC failed in OpenSSL."));
    }
    out.truncate(qsizetype(length));
    return out;
}

QByteArray base64Url(QByteArrayView bytes)
{
    return QByteArray(bytes.data(), bytes.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Strict base64url: its alphabet only, no padding, canonical trailing bits.
std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok) {
            return std::nullopt;
        }
    }
    if (text.size() % 4 == 1) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(QByteArray(text.data(), text.size()),
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || base64Url(*decoded) != text) {
        return std::nullopt;
    }
    return *decoded;
}

qint64 nowSeconds()
{
    return Clock::instance().msecsSinceEpoch() / 1000;
}

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString describeSpan(qint64 seconds)
{
    seconds = std::llabs(seconds);
    if (seconds < 120) {
        return QStringLiteral("%1 s").arg(seconds);
    }
    if (seconds < 7200) {
        return QStringLiteral("%1 min").arg(seconds / 60);
    }
    if (seconds < 2 * 86400) {
        return QStringLiteral("%1 h").arg(seconds / 3600);
    }
    return QStringLiteral("%1 days").arg(seconds / 86400);
}

// A JSON object parsed strictly (RFC 8259, no duplicate keys) by the project's
// parser, then read through QJsonDocument, which is enough for claims.
std::optional<QJsonObject> strictObject(QByteArrayView json)
{
    if (!JsonText::validate(json)) {
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json.data(), json.size()));
    if (!document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

bool isNumericDate(const QJsonValue& value)
{
    return value.isDouble() && std::isfinite(value.toDouble());
}

} // namespace

QString algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::HS256:
        return QStringLiteral("HS256");
    case Algorithm::HS384:
        return QStringLiteral("HS384");
    case Algorithm::HS512:
        return QStringLiteral("HS512");
    }
    return {};
}

std::optional<Algorithm> algorithmFromName(QStringView name)
{
    for (Algorithm a : { Algorithm::HS256, Algorithm::HS384, Algorithm::HS512 }) {
        if (name.compare(algorithmName(a), Qt::CaseInsensitive) == 0) {
            return a;
        }
    }
    return std::nullopt;
}

qsizetype minimumSecretBytes(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::HS256:
        return 32;
    case Algorithm::HS384:
        return 48;
    case Algorithm::HS512:
        return 64;
    }
    return 64;
}

int recommendedRandomBytes(Algorithm algorithm)
{
    return int(minimumSecretBytes(algorithm));
}

Strength assessSecret(QByteArrayView secret, Algorithm algorithm)
{
    static const QList<QByteArrayView> examples = {
        "your-super-secret-key", "your-256-bit-secret", "your-secret-key", "secret", "changeme", "mysecret",
        "supersecret",           "secretkey",
    };
    Strength s;
    s.algorithm = algorithm;
    s.bytes = secret.size();
    s.required = minimumSecretBytes(algorithm);
    s.sufficient = s.bytes >= s.required;
    s.documentationExample
        = std::any_of(examples.begin(), examples.end(), [&secret](QByteArrayView e) { return e == secret; });
    if (s.documentationExample) {
        s.sufficient = false;
        s.severity = Severity::Error;
        s.message = QCoreApplication::translate(
            "sb::Jwt",
            "This is an example value from documentation: anyone can forge tokens "
            "with it. Generate a new secret.");
    } else if (!s.sufficient) {
        s.severity = Severity::Error;
        s.message
            = QCoreApplication::translate("sb::Jwt",
                                          "%1 bytes: %2 needs at least %3 bytes (RFC 7518 §3.2). Generate a "
                                          "longer secret.")
                  .arg(s.bytes)
                  .arg(algorithmName(algorithm))
                  .arg(s.required);
    } else {
        s.severity = Severity::Ok;
        s.message = QCoreApplication::translate("sb::Jwt", "%1 bytes: long enough for %2 (at least %3).")
                        .arg(s.bytes)
                        .arg(algorithmName(algorithm))
                        .arg(s.required);
    }
    return s;
}

Result<SecureBuffer> generateSecret(int randomBytes)
{
    if (randomBytes != 32 && randomBytes != 48 && randomBytes != 64) {
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("sb::Jwt", "A generated secret has 32, 48 or 64 random bytes."));
    }
    auto random = Random::secretBytes(randomBytes);
    if (!random) {
        return std::unexpected(random.error());
    }
    QByteArray text = QByteArray(random->chars(), random->size())
                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    SecureBuffer out = SecureBuffer::copyOf(text);
    wipe(text);
    return out;
}

Result<qint64> parseDuration(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|"
            "h|hrs?|hours?|d|days?|w|weeks?|y|yrs?|years?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch()) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "sb::Jwt",
                        "\"%1\" is not a duration: use a number of seconds or a number with a unit "
                        "(s, m, h, d, w, y), e.g. 10m, 1h, 7d.")
                        .arg(text.toString()));
    }
    const double amount = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    double seconds = amount;
    if (unit.startsWith(QLatin1String("ms")) || unit.startsWith(QLatin1String("milli"))) {
        seconds = amount / 1000;
    } else if (unit.startsWith(QLatin1Char('s'))) {
        seconds = amount;
    } else if (unit.startsWith(QLatin1Char('m'))) {
        seconds = amount * 60;
    } else if (unit.startsWith(QLatin1Char('h'))) {
        seconds = amount * 3600;
    } else if (unit.startsWith(QLatin1Char('d'))) {
        seconds = amount * 86400;
    } else if (unit.startsWith(QLatin1Char('w'))) {
        seconds = amount * 7 * 86400;
    } else if (unit.startsWith(QLatin1Char('y'))) {
        seconds = amount * 365.25 * 86400;
    }
    if (seconds < 1 || seconds > double(MaximumDurationSeconds)) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::Jwt",
                                                "The duration \"%1\" must be between 1 second and 100 years.")
                        .arg(text.toString()));
    }
    return qint64(std::floor(seconds));
}

Result<QByteArray> sign(QByteArrayView secret, const SignOptions& options)
{
    SecureBuffer compact;
    const QByteArrayView claimsText
        = options.claimsJson.trimmed().isEmpty() ? QByteArrayView("{}") : QByteArrayView(options.claimsJson);
    if (auto ok = JsonText::compact(claimsText, compact); !ok) {
        return fail(ErrorKind::InvalidJson,
                    QCoreApplication::translate("sb::Jwt", "The claims are not valid JSON: %1")
                        .arg(ok.error().message));
    }
    auto claims = strictObject(compact.view());
    if (!claims) {
        return fail(ErrorKind::InvalidJson, QStringLiteral("The claims must be a JSON object ({...})."));
    }
    for (const char* name : { "exp", "nbf", "iat" }) {
        const QJsonValue value = claims->value(QLatin1String(name));
        if (!value.isUndefined() && !isNumericDate(value)) {
            return fail(
                ErrorKind::InvalidJson,
                QCoreApplication::translate(
                    "sb::Jwt", "The claim \"%1\" must be a number of seconds since 1970 (NumericDate).")
                    .arg(QLatin1String(name)));
        }
    }
    const qint64 now = nowSeconds();
    QByteArray additions;
    const auto add = [&additions](const char* name, qint64 value) {
        additions += ",\"" + QByteArray(name) + "\":" + QByteArray::number(value);
    };
    if (options.issuedAt && !claims->contains(QLatin1String("iat"))) {
        add("iat", now);
    }
    if (options.notBeforeInSeconds) {
        if (claims->contains(QLatin1String("nbf"))) {
            return fail(
                ErrorKind::Usage,
                QCoreApplication::translate(
                    "sb::Jwt", "The claims already have \"nbf\"; remove it or the not-before option."));
        }
        add("nbf", now + *options.notBeforeInSeconds);
    }
    if (options.expiresInSeconds) {
        if (claims->contains(QLatin1String("exp"))) {
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate(
                            "sb::Jwt", "The claims already have \"exp\"; remove it or the expiry option."));
        }
        add("exp", now + *options.expiresInSeconds);
    }
    QByteArray payload(compact.chars(), compact.size());
    if (!additions.isEmpty()) {
        // Appended at the end of the object, keeping the author's key order.
        payload.chop(1);
        if (payload == "{") {
            additions.remove(0, 1);
        }
        payload += additions + '}';
    }
    const QByteArray header
        = "{\"alg\":\"" + algorithmName(options.algorithm).toLatin1() + "\",\"typ\":\"JWT\"}";
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    auto mac = hmac(options.algorithm, secret, signingInput);
    if (!mac) {
        return std::unexpected(mac.error());
    }
    return signingInput + '.' + base64Url(*mac);
}

QString Verification::failedCheck() const
{
    for (const Check& check : checks) {
        if (check.severity == Severity::Error) {
            return check.name;
        }
    }
    return {};
}

Verification verify(QByteArrayView secret, QByteArrayView token, const VerifyOptions& options)
{
    Verification v;
    const auto pass = [&v](const QString& name, const QString& message) {
        v.checks << Check { name, Severity::Ok, message };
    };
    const auto notApplicable = [&v](const QString& name, const QString& message) {
        v.checks << Check { name, Severity::Info, message };
    };
    const auto refuse = [&v](const QString& name, ErrorKind kind, const QString& message) {
        v.checks << Check { name, Severity::Error, message };
        v.error = Error { kind, message };
        return v;
    };
    const QString format = QStringLiteral("format");
    const QByteArray text = QByteArray(token.data(), token.size()).trimmed();
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 3) {
        return refuse(
            format, ErrorKind::MalformedToken,
            QCoreApplication::translate("sb::Jwt", "A JWT has three parts separated by dots; this has %1.")
                .arg(parts.size()));
    }
    const auto header = fromBase64Url(parts[0]);
    const auto payload = fromBase64Url(parts[1]);
    const auto signature = fromBase64Url(parts[2]);
    if (!header || !payload || !signature) {
        const QString which = !header ? QStringLiteral("header")
            : !payload                ? QStringLiteral("payload")
                                      : QStringLiteral("signature");
        return refuse(format, ErrorKind::MalformedToken,
                      QCoreApplication::translate(
                          "sb::Jwt", "The %1 is not valid base64url (no padding, no other characters).")
                          .arg(which));
    }
    const auto headerObject = strictObject(*header);
    if (!headerObject) {
        return refuse(format, ErrorKind::MalformedToken,
                      QCoreApplication::translate("sb::Jwt", "The header is not a JSON object."));
    }
    v.headerJson = *header;
    if (headerObject->contains(QLatin1String("crit"))) {
        return refuse(
            format, ErrorKind::MalformedToken,
            QCoreApplication::translate(
                "sb::Jwt", "The header has critical extensions (\"crit\"), which are not supported."));
    }
    pass(format, QCoreApplication::translate("sb::Jwt", "Three base64url parts; the header is JSON."));

    const QString algorithm = QStringLiteral("algorithm");
    const QJsonValue alg = headerObject->value(QLatin1String("alg"));
    const QString expected = algorithmName(options.expected);
    if (!alg.isString()) {
        return refuse(algorithm, ErrorKind::MalformedToken,
                      QCoreApplication::translate("sb::Jwt", "The header has no \"alg\"."));
    }
    if (alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return refuse(algorithm, ErrorKind::AlgorithmMismatch,
                      QCoreApplication::translate(
                          "sb::Jwt", "The token says \"alg\": \"none\" (unsigned); only %1 is accepted.")
                          .arg(expected));
    }
    if (alg.toString() != expected) {
        return refuse(algorithm, ErrorKind::AlgorithmMismatch,
                      QCoreApplication::translate("sb::Jwt", "The token uses %1; only %2 is accepted.")
                          .arg(alg.toString(), expected));
    }
    pass(algorithm, QCoreApplication::translate("sb::Jwt", "%1, as expected.").arg(expected));

    const QString signatureCheck = QStringLiteral("signature");
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    auto mac = hmac(options.expected, secret, signingInput);
    if (!mac) {
        return refuse(signatureCheck, mac.error().kind, mac.error().message);
    }
    if (!constantTimeEquals(*mac, *signature)) {
        return refuse(
            signatureCheck, ErrorKind::BadSignature,
            QCoreApplication::translate("sb::Jwt",
                                        "The signature does not match: the token was altered or signed with "
                                        "another secret."));
    }
    pass(signatureCheck, QCoreApplication::translate("sb::Jwt", "Valid %1 signature.").arg(expected));

    const auto claims = strictObject(*payload);
    if (!claims) {
        return refuse(QStringLiteral("claims"), ErrorKind::MalformedToken,
                      QCoreApplication::translate("sb::Jwt", "The payload is not a JSON object."));
    }
    v.claimsJson = *payload;
    const qint64 now = nowSeconds();
    const qint64 leeway = std::max<qint64>(0, options.leewaySeconds);
    const auto numeric = [&claims](const char* name) -> std::optional<std::optional<qint64>> {
        const QJsonValue value = claims->value(QLatin1String(name));
        if (value.isUndefined()) {
            return std::optional<qint64>();
        }
        if (!isNumericDate(value)) {
            return std::nullopt;
        }
        return std::optional<qint64>(qint64(std::floor(value.toDouble())));
    };
    for (const char* name : { "exp", "nbf", "iat" }) {
        if (!numeric(name)) {
            return refuse(
                QString::fromLatin1(name), ErrorKind::MalformedToken,
                QCoreApplication::translate("sb::Jwt", "The claim \"%1\" is not a number (NumericDate).")
                    .arg(QLatin1String(name)));
        }
    }
    const std::optional<qint64> exp = *numeric("exp");
    const std::optional<qint64> nbf = *numeric("nbf");
    const std::optional<qint64> iat = *numeric("iat");
    if (!exp) {
        notApplicable(QStringLiteral("exp"),
                      QCoreApplication::translate("sb::Jwt", "No expiry (exp): the token never expires."));
    } else if (now >= *exp + leeway) {
        return refuse(QStringLiteral("exp"), ErrorKind::TokenExpired,
                      QCoreApplication::translate("sb::Jwt", "Expired at %1 (%2 ago, leeway %3 s).")
                          .arg(isoTime(*exp), describeSpan(now - *exp))
                          .arg(leeway));
    } else {
        pass(QStringLiteral("exp"),
             QCoreApplication::translate("sb::Jwt", "Expires at %1 (in %2).")
                 .arg(isoTime(*exp), describeSpan(*exp - now)));
    }
    if (!nbf) {
        notApplicable(QStringLiteral("nbf"),
                      QCoreApplication::translate("sb::Jwt", "No not-before time (nbf)."));
    } else if (now + leeway < *nbf) {
        return refuse(QStringLiteral("nbf"), ErrorKind::TokenNotYetValid,
                      QCoreApplication::translate("sb::Jwt", "Not valid before %1 (in %2, leeway %3 s).")
                          .arg(isoTime(*nbf), describeSpan(*nbf - now))
                          .arg(leeway));
    } else {
        pass(QStringLiteral("nbf"),
             QCoreApplication::translate("sb::Jwt", "Valid since %1.").arg(isoTime(*nbf)));
    }
    if (!iat) {
        notApplicable(QStringLiteral("iat"), QCoreApplication::translate("sb::Jwt", "No issue time (iat)."));
    } else if (*iat > now + leeway) {
        return refuse(
            QStringLiteral("iat"), ErrorKind::TokenNotYetValid,
            QCoreApplication::translate("sb::Jwt", "Issued in the future, at %1 (in %2, leeway %3 s).")
                .arg(isoTime(*iat), describeSpan(*iat - now))
                .arg(leeway));
    } else {
        pass(QStringLiteral("iat"),
             QCoreApplication::translate("sb::Jwt", "Issued at %1.").arg(isoTime(*iat)));
    }
    return v;
}

} // namespace sb::Jwt
