// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvelopeDiagnosis.h"

#include "common/JsonText.h"
#include "common/Utf8.h"
#include "crypto/AesGcm.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "inspector/KeyFacts.h"
#include "inspector/TextScan.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

using namespace TextScan;

// Lengths at which fields, columns and log lines are commonly cut off.
constexpr qsizetype CommonLimits[] = { 255,  256,  500,  512,  1000,  1023,  1024,  2000,  2048,  4000,
                                       4095, 4096, 8191, 8192, 10000, 16384, 32767, 32768, 65535, 65536 };

// Text a person could read: UTF-8 without control characters but tab and line breaks.
bool isReadableText(QByteArrayView bytes)
{
    if (Utf8::firstInvalid(bytes) >= 0) {
        return false;
    }
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7f) {
            return false;
        }
    }
    return true;
}

Finding finding(Severity severity,
                const QString& code,
                const QString& title,
                const QString& detail,
                const QStringList& evidence = {})
{
    return Finding { severity, code, title, detail, evidence };
}

QString rsaTitle(int bits)
{
    return QStringLiteral("RSA-%1").arg(bits);
}

// "fits RSA-2048 (a 57-byte value), RSA-3072 (a -71...)": every client-side size that fits.
QStringList fittingClientSideSizes(qsizetype total, const QList<int>& sizes)
{
    QStringList out;
    for (const int bits : sizes) {
        const qsizetype k = (bits + 7) / 8;
        const qsizetype value = total - ClientSide::minimumEnvelopeSize(k);
        if (value >= 0) {
            out << QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 (a %2-byte value)")
                       .arg(rsaTitle(bits))
                       .arg(value);
        }
    }
    return out;
}

QStringList truncationHints(const EnvelopeText* text)
{
    QStringList out;
    if (!text) {
        return out;
    }
    for (const qsizetype limit : CommonLimits) {
        if (text->textLength == limit) {
            out << QCoreApplication::translate(
                       "sb::EnvelopeDiagnosis",
                       "The text is exactly %1 characters, a common field or log-line limit: the "
                       "value may have been cut off there.")
                       .arg(limit);
        }
    }
    if (text->missingPadding) {
        out << QCoreApplication::translate(
            "sb::EnvelopeDiagnosis",
            "The '=' padding at the end is missing, as it is when the end of a value is cut "
            "off (or when a sender strips it).");
    }
    return out;
}

QStringList layoutEvidence(const EnvelopeLayout& layout)
{
    QStringList parts;
    for (const EnvelopePart& part : layout.parts) {
        parts << QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 %2 bytes at %3")
                     .arg(part.name())
                     .arg(part.length)
                     .arg(part.offset);
    }
    return { QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 layout: %2.")
                 .arg(layout.title(), parts.join(QStringLiteral(", "))) };
}

// Big-endian comparison of equal-length numbers: a >= b.
bool notBelow(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto x = static_cast<unsigned char>(a[i]);
        const auto y = static_cast<unsigned char>(b[i]);
        if (x != y) {
            return x > y;
        }
    }
    return true;
}

// The result of one way of decrypting, with what it found on the way.
struct Attempt
{
    QList<Finding> findings;
    std::optional<DecryptedValue> value;
    bool corrected = false; // decrypted only with a key other than the one given
    std::optional<Error> failure;
};

Attempt decryptClientSide(const QByteArray& bytes,
                          const RsaPrivateKey& key,
                          const EnvelopeText* text,
                          bool clientSecretGiven)
{
    Attempt a;
    const qsizetype k = key.modulusBytes();
    const qsizetype minimum = ClientSide::minimumEnvelopeSize(k);
    const QString ours = QCoreApplication::translate(
                             "sb::EnvelopeDiagnosis",
                             "Your private key is %1: a %2-byte wrapped key, so its envelopes are at "
                             "least %3 bytes.")
                             .arg(rsaTitle(key.bits()))
                             .arg(k)
                             .arg(minimum);
    if (bytes.size() < minimum) {
        const QStringList smaller = fittingClientSideSizes(bytes.size(), standardRsaSizes());
        QStringList evidence { QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                           "The envelope is %1 bytes.")
                                   .arg(bytes.size()),
                               ours };
        if (smaller.isEmpty()) {
            evidence << QCoreApplication::translate(
                            "sb::EnvelopeDiagnosis",
                            "No client-side layout fits: RSA-2048, the smallest Port accepts, needs at "
                            "least %1 bytes.")
                            .arg(ClientSide::minimumEnvelopeSize(256));
            evidence << layoutEvidence(portManagedLayout(bytes.size()));
            a.findings << finding(
                Severity::Error, QStringLiteral("other-format"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                            "This is a Port-managed value, not a client-side one"),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "It is too short to hold an RSA-wrapped key, but it fits Port-managed "
                    "encryption (\"aes256-gcm\"). Decrypt it with the organisation's client "
                    "secret, or check the input's \"encryption\" field in the action "
                    "definition."),
                evidence);
        } else {
            evidence << QCoreApplication::translate("sb::EnvelopeDiagnosis", "It fits client-side with %1.")
                            .arg(smaller.join(QStringLiteral(", ")));
            evidence += truncationHints(text);
            a.findings << finding(
                Severity::Error, QStringLiteral("key-size-mismatch"),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "Too short for your %1 key: it was wrapped with a smaller key, or cut off")
                    .arg(rsaTitle(key.bits())),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "The public key in the action definition is probably not the pair of "
                    "this private key (its size differs), or the value lost its end. It "
                    "could also be a Port-managed value."),
                evidence);
        }
        // The key does not fit the value: an authentication failure, not a malformed value.
        a.failure = Error { ErrorKind::UnwrapFailed,
                            QCoreApplication::translate(
                                "sb::EnvelopeDiagnosis",
                                "The envelope is %1 bytes; with this %2-bit key a client-side envelope is "
                                "at least %3 bytes.")
                                .arg(bytes.size())
                                .arg(key.bits())
                                .arg(minimum) };
        return a;
    }
    const QByteArrayView view(bytes);
    const QByteArrayView iv = view.first(ClientSide::IvSize);
    const QByteArrayView wrapped = view.sliced(ClientSide::IvSize, k);
    const QByteArrayView ciphertext = view.sliced(ClientSide::IvSize + k, bytes.size() - minimum);
    const QByteArrayView tag = view.last(ClientSide::TagSize);

    auto openWith = [&](const SecureBuffer& dataKey, SecureBuffer& out) {
        AesGcm cipher(AesGcm::Mode::Decrypt);
        out = SecureBuffer(ciphertext.size());
        return cipher.setKey(dataKey.view()) && cipher.decrypt(iv, {}, ciphertext, tag, out.data());
    };
    auto success = [&](SecureBuffer plaintext, const QString& code, const QString& description) {
        DecryptedValue value;
        value.plaintext = std::move(plaintext);
        value.format = EnvelopeFormat::ClientSide;
        value.rsaBits = key.bits();
        value.keyCode = code;
        value.keyDescription = description;
        a.value = std::move(value);
    };

    auto dataKey = key.oaepDecrypt(wrapped);
    if (dataKey) {
        if (dataKey->size() != ClientSide::DataKeySize) {
            a.findings << finding(
                Severity::Error, QStringLiteral("not-port-envelope"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis", "The wrapped key is not an AES-256 key"),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "Your private key unwrapped it, but to %1 bytes instead of 32: the "
                    "value was made by something other than Port's client-side "
                    "encryption.")
                    .arg(dataKey->size()),
                { ours });
            a.failure = Error { ErrorKind::UnwrapFailed,
                                QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                            "The wrapped key unwrapped to %1 bytes, not 32.")
                                    .arg(dataKey->size()) };
            return a;
        }
        SecureBuffer plaintext;
        if (openWith(*dataKey, plaintext)) {
            success(std::move(plaintext), QStringLiteral("oaep-sha256"),
                    QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                "your %1 private key (RSA-OAEP with SHA-256)")
                        .arg(rsaTitle(key.bits())));
            return a;
        }
        QStringList evidence {
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "The wrapped key unwrapped with your private key: the key is the "
                                        "right one."),
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "The GCM tag (the last 16 bytes) does not match the %1 bytes of "
                                        "ciphertext.")
                .arg(ciphertext.size())
        };
        evidence += truncationHints(text);
        evidence += layoutEvidence(clientSideLayout(bytes.size(), key.bits()));
        a.findings << finding(
            Severity::Error, QStringLiteral("tag-mismatch"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "The value was altered or cut off (GCM tag mismatch)"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Your private key is right, so the ciphertext or tag changed on the way: "
                "cut off, extended, re-encoded or edited. Take the value again from the "
                "raw request body."),
            evidence);
        a.failure
            = Error { ErrorKind::AuthenticationFailed,
                      QCoreApplication::translate(
                          "sb::EnvelopeDiagnosis",
                          "Authentication failed: the key unwrapped, but the GCM tag does not match.") };
        return a;
    }

    // Port wraps with OAEP over SHA-256; many libraries default to SHA-1.
    auto sha1Key = key.oaepDecrypt(wrapped, Digest::Sha1, Digest::Sha1);
    if (sha1Key && sha1Key->size() == ClientSide::DataKeySize) {
        SecureBuffer plaintext;
        if (openWith(*sha1Key, plaintext)) {
            success(std::move(plaintext), QStringLiteral("oaep-sha1"),
                    QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                "your %1 private key with RSA-OAEP over SHA-1")
                        .arg(rsaTitle(key.bits())));
            a.corrected = true;
            a.findings << finding(
                Severity::Error, QStringLiteral("oaep-sha1"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                            "The key was wrapped with RSA-OAEP over SHA-1, not SHA-256"),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "Port wraps with OAEP and SHA-256 (MGF1 with SHA-256). This value was "
                    "made with SHA-1, the default of Node's publicEncrypt and Python's "
                    "PKCS1_OAEP: it was not made by Port, and a backend following Port's "
                    "procedure cannot read it. Pass oaepHash: 'sha256' (Node) or "
                    "hashAlgo=SHA256 (pycryptodome) where it was encrypted."),
                { ours,
                  QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                              "RSA-OAEP with SHA-256 fails; with SHA-1 the key unwraps and "
                                              "the tag matches.") });
            a.failure
                = Error { ErrorKind::UnwrapFailed,
                          QCoreApplication::translate(
                              "sb::EnvelopeDiagnosis",
                              "RSA-OAEP (SHA-256) could not unwrap the key; it was wrapped with SHA-1.") };
            return a;
        }
    }

    QStringList evidence { ours,
                           QCoreApplication::translate(
                               "sb::EnvelopeDiagnosis",
                               "Its public key's SHA-256 fingerprint is %1: compare it with the "
                               "public key in the action definition's \"encryption\".\"key\".")
                               .arg(key.publicKey().fingerprint()) };
    const QStringList fits = fittingClientSideSizes(bytes.size(), standardRsaSizes());
    if (!fits.isEmpty()) {
        evidence << QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                "The envelope (%1 bytes) fits client-side with %2.")
                        .arg(bytes.size())
                        .arg(fits.join(QStringLiteral(", ")));
    }
    const QByteArray modulus = key.publicKey().modulus();
    if (!modulus.isEmpty() && notBelow(wrapped, modulus)) {
        evidence << QCoreApplication::translate(
                        "sb::EnvelopeDiagnosis",
                        "The %1 wrapped-key bytes, read as a number, are not below your key's modulus: "
                        "no %2 key pair could have produced them with this key.")
                        .arg(k)
                        .arg(rsaTitle(key.bits()));
    }
    if (!clientSecretGiven) {
        evidence << QCoreApplication::translate(
                        "sb::EnvelopeDiagnosis",
                        "It also fits Port-managed (a %1-byte value): if the input uses \"aes256-gcm\", "
                        "decrypt it with the client secret.")
                        .arg(bytes.size() - PortManagedCipher::MinimumEnvelopeSize);
    }
    a.findings << finding(
        Severity::Error, QStringLiteral("unwrap-failed"),
        QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                    "Your private key does not match the key that wrapped this value"),
        QCoreApplication::translate(
            "sb::EnvelopeDiagnosis",
            "RSA-OAEP (SHA-256) could not unwrap the AES key with this private key. The "
            "action definition holds a different public key (a rotated or another "
            "environment's pair), the value was made for another key size, or the "
            "wrapped key was altered."),
        evidence);
    a.failure = Error { ErrorKind::UnwrapFailed,
                        QCoreApplication::translate(
                            "sb::EnvelopeDiagnosis",
                            "RSA-OAEP (SHA-256) could not unwrap the key: this private key does not match "
                            "the public key that wrapped it.") };
    return a;
}

// Findings about the client secret itself, whatever the envelope.
QList<Finding> clientSecretFindings(const ClientSecretAnalysis& s)
{
    QList<Finding> out;
    if (s.bytes < PortManagedCipher::KeySize) {
        out << finding(
            Severity::Error, QStringLiteral("client-secret-short"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "The client secret is shorter than 32 bytes"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Port-managed encryption uses the first 32 bytes of the client secret as the "
                "AES-256 key, so a secret of %1 bytes cannot be the one Port used. Copy the whole "
                "client secret from Port's Credentials.")
                .arg(s.bytes),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 bytes given; %2 more are needed.")
                  .arg(s.bytes)
                  .arg(PortManagedCipher::KeySize - s.bytes) });
    }
    if (s.looksLikeClientId) {
        out << finding(Severity::Warning, QStringLiteral("client-secret-looks-like-client-id"),
                       QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                   "This looks like a client ID, not the client secret"),
                       QCoreApplication::translate(
                           "sb::EnvelopeDiagnosis",
                           "Port's Credentials show a Client ID and a Client Secret; encryption uses the "
                           "secret."),
                       { QStringLiteral("Why: %1.").arg(s.clientIdReason) });
    }
    if (s.leadingWhitespace || s.trailingWhitespace) {
        QStringList evidence;
        if (s.leadingWhitespace) {
            evidence << QCoreApplication::translate("sb::EnvelopeDiagnosis", "It starts with whitespace.");
        }
        if (s.trailingWhitespace) {
            evidence << QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "It ends with whitespace (a line break from a file or an echo is typical).");
        }
        if (s.invisibleCharacters) {
            evidence << QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Some of it is invisible: a no-break space, zero-width space or byte-order "
                "mark, as copying from a web page or a document can add.");
        }
        evidence << (s.whitespaceChangesKey
                         ? QCoreApplication::translate(
                             "sb::EnvelopeDiagnosis",
                             "It falls within the first 32 bytes, so it changes the key.")
                         : QCoreApplication::translate(
                             "sb::EnvelopeDiagnosis",
                             "It is after byte 32, so the key is the same with or without it."));
        out << finding(s.whitespaceChangesKey ? Severity::Warning : Severity::Info,
                       QStringLiteral("client-secret-whitespace"),
                       QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                   "The client secret has surrounding whitespace"),
                       s.whitespaceChangesKey
                           ? QCoreApplication::translate(
                               "sb::EnvelopeDiagnosis",
                               "The whitespace becomes part of the key. Remove it where the secret is "
                               "stored (or .strip() it when read).")
                           : QCoreApplication::translate(
                               "sb::EnvelopeDiagnosis",
                               "It does not change the key here, but strip it where the secret is read: a "
                               "shorter secret would be affected."),
                       evidence);
    }
    if (s.surroundingQuotes) {
        out << finding(
            Severity::Warning, QStringLiteral("client-secret-quoted"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis", "The client secret is wrapped in quotes"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "The quotes become part of the key. They usually come from a .env file or a "
                "shell line copied whole."),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                          "The first and last characters are quotes.") });
    }
    if (s.credentialsJson || s.variableAssignment) {
        out << finding(
            Severity::Warning, QStringLiteral("client-secret-shape"),
            s.credentialsJson ? QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                            "The client secret is a whole credentials object")
                              : QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                            "The client secret includes a variable name"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Only the secret value is the key material; the rest was pasted with it."),
            { s.credentialsJson
                  ? QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                "It is JSON with a \"clientSecret\" field.")
                  : QCoreApplication::translate("sb::EnvelopeDiagnosis", "It has the form NAME=value.") });
    }
    return out;
}

Attempt decryptPortManaged(const QByteArray& bytes,
                           QByteArrayView secret,
                           const EnvelopeText* text,
                           bool privateKeyGiven)
{
    Attempt a;
    const ClientSecretAnalysis analysis = analyseClientSecret(secret);
    a.findings = clientSecretFindings(analysis);
    const std::vector<KeyDerivation> derivations = clientSecretDerivations(secret);

    QStringList tried;
    QStringList unusable;
    const KeyDerivation* matched = nullptr;
    for (const KeyDerivation& derivation : derivations) {
        if (!derivation.usable()) {
            unusable << QStringLiteral("%1: %2.").arg(derivation.description, derivation.problem);
            continue;
        }
        tried << derivation.description;
        auto cipher = PortManagedCipher::fromKey(derivation.key.view());
        if (!cipher) {
            continue;
        }
        auto plaintext = cipher->decrypt(bytes);
        if (plaintext) {
            DecryptedValue value;
            value.plaintext = std::move(*plaintext);
            value.format = EnvelopeFormat::PortManaged;
            value.keyCode = derivation.code;
            value.keyDescription = derivation.description;
            a.value = std::move(value);
            matched = &derivation;
            break;
        }
    }
    const bool asGiven = matched && matched == &derivations.front();
    a.corrected = matched && !asGiven;

    if (analysis.nonAscii) {
        QStringList evidence { QCoreApplication::translate(
                                   "sb::EnvelopeDiagnosis",
                                   "Character %1 is not ASCII, within the characters that make the key.")
                                   .arg(analysis.firstNonAsciiCharacter + 1) };
        if (analysis.byte32SplitsCharacter) {
            evidence << QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Byte 32 falls inside a multi-byte character: the first-32-bytes rule cuts "
                "it in half.");
        }
        for (const KeyDerivation& derivation : derivations) {
            if (derivation.code == QLatin1String("first-32-bytes")
                || derivation.code == QLatin1String("python") || derivation.code == QLatin1String("node")
                || derivation.code == QLatin1String("latin1")) {
                evidence << QStringLiteral("%1: %2").arg(
                    derivation.description,
                    derivation.usable()
                        ? QCoreApplication::translate("sb::EnvelopeDiagnosis", "a 32-byte key")
                        : derivation.problem + QLatin1Char('.'));
            }
        }
        evidence << (matched
                         ? QCoreApplication::translate("sb::EnvelopeDiagnosis", "The envelope matches: %1.")
                               .arg(matched->description)
                         : QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                       "The envelope matches none of them."));
        a.findings << finding(
            matched && !asGiven ? Severity::Error : Severity::Warning,
            QStringLiteral("client-secret-non-ascii"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "The client secret has non-ASCII characters: languages derive different keys"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Python's secret[:32].encode() counts characters and Node's "
                "substring(0, 32) counts UTF-16 units, so neither takes the same 32 bytes "
                "as Port's rule once a character needs more than one byte. Slice bytes "
                "instead: secret.encode()[:32] or Buffer.from(secret).subarray(0, 32)."),
            evidence);
    }
    if (matched && !asGiven) {
        // Make the finding that explains the fix an error: the secret as given does not work.
        const QString code = matched->code;
        const QString related = code == QLatin1String("trimmed") ? QStringLiteral("client-secret-whitespace")
            : code == QLatin1String("unquoted")                  ? QStringLiteral("client-secret-quoted")
            : code == QLatin1String("credentials-json") || code == QLatin1String("assignment-value")
            ? QStringLiteral("client-secret-shape")
            : QStringLiteral("client-secret-non-ascii");
        for (Finding& f : a.findings) {
            if (f.code == related) {
                f.severity = Severity::Error;
                f.evidence << QCoreApplication::translate(
                                  "sb::EnvelopeDiagnosis",
                                  "The envelope decrypts with %1, not with the secret exactly as given.")
                                  .arg(matched->description);
            }
        }
        a.failure = Error { ErrorKind::AuthenticationFailed,
                            QCoreApplication::translate(
                                "sb::EnvelopeDiagnosis",
                                "The client secret as given does not decrypt the value; %1 does.")
                                .arg(matched->description) };
    }
    if (matched) {
        return a;
    }
    if (tried.isEmpty()) {
        a.failure = Error { ErrorKind::ClientSecretTooShort,
                            QCoreApplication::translate(
                                "sb::EnvelopeDiagnosis",
                                "The client secret is %1 bytes; the key is its first 32 bytes, so it must "
                                "be at least 32 bytes.")
                                .arg(secret.size()) };
        return a;
    }
    QStringList evidence;
    for (const QString& t : tried) {
        evidence << QCoreApplication::translate("sb::EnvelopeDiagnosis", "Tried %1.").arg(t);
    }
    evidence += unusable;
    evidence += layoutEvidence(portManagedLayout(bytes.size()));
    evidence += truncationHints(text);
    a.findings.prepend(finding(
        Severity::Error, QStringLiteral("tag-mismatch"),
        QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                    "Wrong client secret, or the value was altered (GCM tag mismatch)"),
        QCoreApplication::translate(
            "sb::EnvelopeDiagnosis",
            "AES-256-GCM checked the tag with the key from this client secret and it does not match: this "
            "is the \"MAC check failed\" error. Either the envelope was made with another organisation's "
            "(or a rotated) client secret, or its bytes changed on the way (cut off, re-encoded, edited). "
            "The cryptography cannot tell these apart; the other findings narrow it down."),
        evidence));
    const QStringList fits = fittingClientSideSizes(bytes.size(), standardRsaSizes());
    if (!fits.isEmpty() && !privateKeyGiven) {
        a.findings << finding(
            Severity::Warning, QStringLiteral("other-format"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis", "It may be a client-side value"),
            QStringLiteral(
                "The envelope is long enough to be client-side (RSA-wrapped key). If the input is defined "
                "with \"encryption\": {\"algorithm\": \"client-side\"}, decrypt it with your private key, "
                "not "
                "the client secret."),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 bytes fit client-side with %2.")
                  .arg(bytes.size())
                  .arg(fits.join(QStringLiteral(", "))) });
    }
    a.failure
        = Error { ErrorKind::AuthenticationFailed,
                  QCoreApplication::translate(
                      "sb::EnvelopeDiagnosis",
                      "Authentication failed: wrong client secret or altered data (GCM tag mismatch).") };
    return a;
}

// Text that is plainly not an envelope: says what it is instead.
std::optional<Finding> notAnEnvelope(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (t.startsWith("-----BEGIN ")) {
        const bool privateKey = t.contains("PRIVATE KEY-----");
        return finding(
            Severity::Error, QStringLiteral("not-encrypted"),
            privateKey
                ? QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                              "This is a private key, not an encrypted value")
                : QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                              "This is a PEM key or certificate, not an encrypted value"),
            privateKey ? QCoreApplication::translate(
                "sb::EnvelopeDiagnosis", "Load it as the key instead, and paste the encrypted value here.")
                       : QCoreApplication::translate(
                           "sb::EnvelopeDiagnosis",
                           "An envelope is one base64 value with no BEGIN/END lines."),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis", "It starts with \"-----BEGIN\".") });
    }
    static const QRegularExpression jwt(
        QStringLiteral("^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    if (t.size() < 8192 && jwt.match(QString::fromLatin1(t)).hasMatch()) {
        return finding(
            Severity::Error, QStringLiteral("not-encrypted"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis", "This is a JWT, not an encrypted value"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "A JSON Web Token is signed, not encrypted with Port's secret-input formats."),
            { QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Three base64url parts separated by dots, the first starting with \"eyJ\".") });
    }
    if (t.startsWith('{') || t.startsWith('[')) {
        const bool valid = JsonText::validate(t).has_value();
        return finding(
            Severity::Error, QStringLiteral("not-encrypted"),
            valid ? QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                "This is plain JSON, not an encrypted value")
                  : QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                "This looks like JSON, not an encrypted value"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "An encrypted value is one base64 string. If this is an object input, it "
                "reached you unencrypted: check that the input has \"encryption\" in the action "
                "definition. If it is a whole request body, its encrypted values are listed "
                "separately."),
            { valid ? QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 bytes of valid JSON (%2).")
                          .arg(t.size())
                          .arg(t.startsWith('{')
                                   ? QCoreApplication::translate("sb::EnvelopeDiagnosis", "an object")
                                   : QCoreApplication::translate("sb::EnvelopeDiagnosis", "an array"))
                    : QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                  "It starts with '%1' but is not valid JSON.")
                          .arg(QLatin1Char(t.front())) });
    }
    return std::nullopt;
}

QString describeCharacter(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ') {
        return QCoreApplication::translate("sb::EnvelopeDiagnosis", "a space");
    }
    if (u >= 0x21 && u < 0x7f) {
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    }
    return QCoreApplication::translate("sb::EnvelopeDiagnosis", "byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

void addTextFindings(EnvelopeDiagnosis& d, const EnvelopeText& text)
{
    QStringList tolerated;
    if (text.strippedQuotes) {
        tolerated << QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                 "Removed one pair of surrounding quotes.");
    }
    if (text.trimmedWhitespace) {
        tolerated << QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                 "Removed whitespace around the value.");
    }
    if (text.removedLineBreaks) {
        tolerated << QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                 "Removed line breaks or spaces inside the value.");
    }
    if (!tolerated.isEmpty()) {
        d.findings << finding(
            Severity::Info, QStringLiteral("input-tolerated"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "Whitespace or quotes around the value were ignored"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "They are not part of the envelope. A backend that does not strip them "
                "may fail to decode the value."),
            tolerated);
    }
    if (text.base64Url) {
        d.findings << finding(Severity::Warning, QStringLiteral("base64url"),
                              QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                          "The value is base64url, not standard base64"),
                              QCoreApplication::translate(
                                  "sb::EnvelopeDiagnosis",
                                  "Port sends standard base64 ('+' and '/'). This value uses '-' and '_', so "
                                  "something re-encoded it (a URL or query-string step?). Python's "
                                  "base64.b64decode silently drops those characters and the result fails "
                                  "with \"MAC check failed\"; use urlsafe_b64decode or fix the sender."),
                              { QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                            "It contains '-' or '_' and no '+' or '/'.") });
    }
    if (text.missingPadding) {
        d.findings << finding(
            Severity::Warning, QStringLiteral("missing-padding"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis", "The '=' padding is missing"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Port's values are padded. Python's base64.b64decode raises \"Incorrect "
                "padding\" on this; something stripped the '=' (or cut the value off)."),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                          "%1 base64 characters, not a multiple of 4.")
                  .arg(text.textLength) });
    }
}

void chooseLayout(EnvelopeDiagnosis& d, const DiagnosisKeys& keys)
{
    if (!d.inspection || d.inspection->layouts.isEmpty()) {
        return;
    }
    const QList<EnvelopeLayout>& layouts = d.inspection->layouts;
    auto indexOf = [&](EnvelopeFormat format, int bits) -> qsizetype {
        for (qsizetype i = 0; i < layouts.size(); ++i) {
            if (layouts[i].format == format
                && (format == EnvelopeFormat::PortManaged || layouts[i].rsaBits == bits)) {
                return i;
            }
        }
        return -1;
    };
    const qsizetype total = d.bytes.size();
    const bool clientSideFits = layouts.size() > 1;
    if (d.value) {
        d.chosenLayout = indexOf(d.value->format, d.value->rsaBits);
        d.layoutReason = QCoreApplication::translate("sb::EnvelopeDiagnosis", "It decrypts with %1.")
                             .arg(d.value->keyDescription);
    } else if (keys.privateKey && indexOf(EnvelopeFormat::ClientSide, keys.privateKey->bits()) >= 0) {
        d.chosenLayout = indexOf(EnvelopeFormat::ClientSide, keys.privateKey->bits());
        d.layoutReason = QCoreApplication::translate(
                             "sb::EnvelopeDiagnosis",
                             "Your private key is %1 and the envelope is long enough for its %2-byte "
                             "wrapped key.")
                             .arg(rsaTitle(keys.privateKey->bits()))
                             .arg(keys.privateKey->modulusBytes());
    } else if (!clientSideFits) {
        d.chosenLayout = 0;
        d.layoutReason = QCoreApplication::translate(
                             "sb::EnvelopeDiagnosis",
                             "At %1 bytes it is too short for any client-side layout (RSA-2048 needs at "
                             "least %2), so only Port-managed fits.")
                             .arg(total)
                             .arg(ClientSide::minimumEnvelopeSize(256));
    } else if (keys.clientSecret) {
        d.chosenLayout = 0;
        d.layoutReason = QCoreApplication::translate(
            "sb::EnvelopeDiagnosis",
            "A client secret was given, and Port-managed fits any length from 32 bytes.");
    } else {
        d.chosenLayout = 0;
        d.layoutReason = QCoreApplication::translate(
                             "sb::EnvelopeDiagnosis",
                             "Port-managed is Port's default and fits any length from 32 bytes; the "
                             "client-side layouts also fit %1 bytes. A key tells them apart.")
                             .arg(total);
    }
    if (d.chosenLayout < 0) {
        d.chosenLayout = 0;
    }
    d.findings << finding(Severity::Info, QStringLiteral("layout"),
                          QCoreApplication::translate("sb::EnvelopeDiagnosis", "Most plausible layout: %1")
                              .arg(layouts[d.chosenLayout].title()),
                          d.layoutReason, layoutEvidence(layouts[d.chosenLayout]));
}

void finishValue(EnvelopeDiagnosis& d)
{
    DecryptedValue& value = *d.value;
    describeValue(value);
    QStringList facts { QStringLiteral("%1 bytes").arg(value.plaintext.size()) };
    facts << (value.utf8 ? QCoreApplication::translate("sb::EnvelopeDiagnosis", "valid UTF-8")
                         : QCoreApplication::translate("sb::EnvelopeDiagnosis", "not valid UTF-8"));
    if (value.json != DecryptedValue::JsonShape::None) {
        facts << QStringLiteral("JSON %1").arg(jsonShapeName(value.json));
    }
    d.findings.prepend(finding(
        d.verdict == EnvelopeDiagnosis::Verdict::Decrypted ? Severity::Ok : Severity::Warning,
        QStringLiteral("decrypted"), QStringLiteral("Decrypted: %1").arg(facts.join(QStringLiteral(", "))),
        d.verdict == EnvelopeDiagnosis::Verdict::Decrypted
            ? QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                          "The value is authentic: the GCM tag matches.")
            : QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                          "It decrypts only after the correction below; with the key exactly "
                                          "as given it fails."),
        { QStringLiteral("Key: %1.").arg(value.keyDescription),
          QCoreApplication::translate("sb::EnvelopeDiagnosis", "Format: %1%2.")
              .arg(envelopeFormatName(value.format),
                   value.rsaBits ? QStringLiteral(", %1").arg(rsaTitle(value.rsaBits)) : QString()) }));
    if (value.plaintext.isEmpty()) {
        d.findings << finding(Severity::Info, QStringLiteral("empty-value"),
                              QCoreApplication::translate("sb::EnvelopeDiagnosis", "The value is empty"),
                              QCoreApplication::translate(
                                  "sb::EnvelopeDiagnosis",
                                  "The field was submitted empty: the envelope holds no ciphertext bytes."));
    }
    if (!value.utf8) {
        d.findings << finding(
            Severity::Warning, QStringLiteral("value-not-utf8"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis", "The decrypted bytes are not UTF-8 text"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Port sends text as UTF-8, so this value was not made from a form input; a "
                "backend's .decode() or JSON.parse will fail on it."),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis", "First invalid byte at offset %1.")
                  .arg(Utf8::firstInvalid(value.plaintext.view())) });
    }
}

} // namespace

DiagnosisKeys DiagnosisKeys::clone() const
{
    DiagnosisKeys out;
    if (clientSecret) {
        out.clientSecret = clientSecret->clone();
    }
    out.privateKey = privateKey;
    return out;
}

QString jsonShapeName(DecryptedValue::JsonShape shape)
{
    switch (shape) {
    case DecryptedValue::JsonShape::None:
        return {};
    case DecryptedValue::JsonShape::Object:
        return QStringLiteral("object");
    case DecryptedValue::JsonShape::Array:
        return QStringLiteral("array");
    case DecryptedValue::JsonShape::Scalar:
        return QStringLiteral("scalar");
    }
    return {};
}

QString verdictName(EnvelopeDiagnosis::Verdict verdict)
{
    switch (verdict) {
    case EnvelopeDiagnosis::Verdict::Decrypted:
        return QStringLiteral("decrypted");
    case EnvelopeDiagnosis::Verdict::DecryptedWithCorrection:
        return QStringLiteral("decrypted-with-correction");
    case EnvelopeDiagnosis::Verdict::Failed:
        return QStringLiteral("failed");
    case EnvelopeDiagnosis::Verdict::NotAttempted:
        return QStringLiteral("not-attempted");
    case EnvelopeDiagnosis::Verdict::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

bool EnvelopeDiagnosis::has(const QString& code) const
{
    return find(code) != nullptr;
}

const Finding* EnvelopeDiagnosis::find(const QString& code) const
{
    for (const Finding& f : findings) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

Severity EnvelopeDiagnosis::worst() const
{
    Severity worst = Severity::Ok;
    for (const Finding& f : findings) {
        worst = std::max(worst, f.severity);
    }
    return worst;
}

const EnvelopeLayout* EnvelopeDiagnosis::layout() const
{
    if (!inspection || chosenLayout < 0 || chosenLayout >= inspection->layouts.size()) {
        return nullptr;
    }
    return &inspection->layouts[chosenLayout];
}

void describeValue(DecryptedValue& value)
{
    const QByteArrayView bytes = value.plaintext.view();
    value.utf8 = Utf8::firstInvalid(bytes) < 0;
    value.json = DecryptedValue::JsonShape::None;
    if (value.utf8 && !bytes.isEmpty() && JsonText::validate(bytes)) {
        const QByteArrayView t = trimmed(bytes);
        value.json = t.startsWith('{') ? DecryptedValue::JsonShape::Object
            : t.startsWith('[')        ? DecryptedValue::JsonShape::Array
                                       : DecryptedValue::JsonShape::Scalar;
    }
}

EnvelopeDiagnosis diagnoseEnvelope(QByteArrayView text, const DiagnosisKeys& keys)
{
    EnvelopeDiagnosis d;
    auto malformed = [&d](ErrorKind kind, const QString& message) {
        d.verdict = EnvelopeDiagnosis::Verdict::Malformed;
        d.failure = Error { kind, message };
        return std::move(d);
    };
    const QByteArrayView t = trimmed(text);
    if (t.isEmpty()) {
        d.findings << finding(
            Severity::Error, QStringLiteral("empty"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis", "There is no value"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "Paste an encrypted value, a request body or a log."));
        return malformed(ErrorKind::TooShort,
                         QCoreApplication::translate("sb::EnvelopeDiagnosis", "The value is empty."));
    }
    if (auto f = notAnEnvelope(t)) {
        d.findings << *f;
        return malformed(ErrorKind::InvalidBase64, f->title + QLatin1Char('.'));
    }

    // A fix of the encoding the value needed before it could be read, if any.
    QString encodingFix;
    std::optional<EnvelopeText> text64;
    // Spaces are kept at the ends here: a '+' that became a space can be the first or last character.
    QByteArrayView unquoted = text;
    while (!unquoted.isEmpty() && isSpace(unquoted.front()) && unquoted.front() != ' ') {
        unquoted = unquoted.sliced(1);
    }
    while (!unquoted.isEmpty() && isSpace(unquoted.back()) && unquoted.back() != ' ') {
        unquoted.chop(1);
    }
    if (unquoted.size() >= 2 && unquoted.front() == '"' && unquoted.back() == '"') {
        unquoted = unquoted.sliced(1, unquoted.size() - 2);
    }
    const qsizetype innerSpace = trimmed(unquoted).isEmpty() ? -1 : unquoted.indexOf(' ');
    if (innerSpace >= 0) {
        // The base64 decoder would skip spaces, but spaces between words are prose,
        // and spaces in place of '+' are what URL form decoding leaves behind.
        const bool base64AndSpaces = allOf(unquoted, [](char c) { return isBase64Char(c) || c == ' '; });
        QByteArray plus = unquoted.toByteArray().replace(' ', '+');
        auto fixed = base64AndSpaces ? decodeEnvelopeText(plus) : decodeEnvelopeText(QByteArrayView());
        if (fixed && fixed->bytes.size() >= PortManagedCipher::MinimumEnvelopeSize && plus.size() % 4 == 0) {
            d.findings << finding(
                Severity::Error, QStringLiteral("plus-became-space"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                            "Every '+' of the value was turned into a space"),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "URL form decoding (application/x-www-form-urlencoded) reads '+' as a "
                    "space. The value went through a query string or a form field on the "
                    "way; it was read here with the spaces put back as '+'. Send it in a "
                    "JSON body, or percent-encode it."),
                { QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                              "%1 spaces inside a value that is otherwise base64.")
                      .arg(unquoted.count(' ')) });
            encodingFix
                = QCoreApplication::translate("sb::EnvelopeDiagnosis", "turning the spaces back into '+'");
            text64 = std::move(*fixed);
            d.bytes = text64->bytes;
        } else if (base64AndSpaces) {
            const qsizetype at = (unquoted.data() - text.data()) + innerSpace;
            d.findings << finding(
                Severity::Error, QStringLiteral("not-encrypted"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                            "This is plain text, not an encrypted value"),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "An encrypted value is one base64 string without spaces. This text "
                    "has words: it was sent or logged without encryption, or it is not "
                    "the value you meant to paste."),
                { QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                              "a space at position %1 separates words.")
                      .arg(at),
                  QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 characters in all.")
                      .arg(t.size()) });
            return malformed(ErrorKind::InvalidBase64,
                             QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                         "The value is plain text, not an envelope."));
        }
    }
    // Hex text is also valid base64, so it is recognised first.
    if (text64) {
        // Already read above.
    } else if (t.size() >= 64 && t.size() % 2 == 0 && allOf(t, isHexChar)) {
        d.bytes = QByteArray::fromHex(t.toByteArray());
        d.findings << finding(
            Severity::Warning, QStringLiteral("hex-encoded"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis", "The value is hexadecimal, not base64"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "Port sends base64. Something converted the bytes to hex (a log formatter "
                "or a debugger?); they were read as hex here."),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 hexadecimal digits, %2 bytes.")
                  .arg(t.size())
                  .arg(d.bytes.size()) });
        encodingFix = QCoreApplication::translate("sb::EnvelopeDiagnosis", "reading it as hexadecimal");
    } else {
        auto decoded = decodeEnvelopeText(text);
        if (!decoded) {
            const Error& e = decoded.error();
            const bool truncated = e.message.contains(QLatin1String("truncated"));
            if (truncated) {
                QByteArray clean;
                for (const char c : t) {
                    if (!isSpace(c) && c != '"') {
                        clean.append(c);
                    }
                }
                QStringList evidence { QCoreApplication::translate(
                                           "sb::EnvelopeDiagnosis",
                                           "%1 base64 characters: base64 comes in groups of 4, and a "
                                           "group of 1 is impossible.")
                                           .arg(clean.size()) };
                EnvelopeText probe;
                probe.textLength = clean.size();
                evidence += truncationHints(&probe);
                d.findings << finding(
                    Severity::Error, QStringLiteral("truncated"),
                    QCoreApplication::translate("sb::EnvelopeDiagnosis", "The value is cut off"),
                    QCoreApplication::translate(
                        "sb::EnvelopeDiagnosis",
                        "Its length is not one base64 can have: one character too many or "
                        "three missing. Take the whole value from the raw request body; "
                        "log lines and database columns often cut long values."),
                    evidence);
                return malformed(ErrorKind::InvalidBase64, e.message);
            }
            const bool prose = trimmed(t).contains(' ')
                || !allOf(t, [](char c) { return isBase64Char(c) || isSpace(c) || c == '"'; });
            if (prose && e.position >= 0 && e.position < text.size()) {
                d.findings << finding(
                    Severity::Error, QStringLiteral("not-encrypted"),
                    QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                "This is plain text, not an encrypted value"),
                    QCoreApplication::translate(
                        "sb::EnvelopeDiagnosis",
                        "An encrypted value is one base64 string. This text has characters "
                        "base64 never uses: it was sent or logged without encryption, or "
                        "it is not the value you meant to paste."),
                    { QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                  "%1 at position %2 is not a base64 character.")
                          .arg(describeCharacter(text[e.position]))
                          .arg(e.position),
                      QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 characters in all.")
                          .arg(t.size()) });
            } else {
                d.findings << finding(
                    Severity::Error, QStringLiteral("invalid-base64"),
                    QCoreApplication::translate("sb::EnvelopeDiagnosis", "The value is not valid base64"),
                    e.message);
            }
            return malformed(e.kind, e.message);
        }
        text64 = std::move(*decoded);
        d.bytes = text64->bytes;
        addTextFindings(d, *text64);
    }

    // Base64 of base64: the bytes are themselves base64 text of an envelope.
    if (d.bytes.size() >= MinimumEnvelopeChars && allOf(d.bytes, isBase64Char)) {
        auto inner = decodeEnvelopeText(d.bytes);
        if (inner && inner->bytes.size() >= PortManagedCipher::MinimumEnvelopeSize) {
            d.findings << finding(
                Severity::Error, QStringLiteral("double-base64"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis", "The value is base64 twice"),
                QCoreApplication::translate(
                    "sb::EnvelopeDiagnosis",
                    "Decoding it once gives base64 text, not envelope bytes: the sender (or a "
                    "proxy, or your own code) encoded it again. It was decoded twice "
                    "here; decode once more in the backend, or fix the sender."),
                { QCoreApplication::translate(
                      "sb::EnvelopeDiagnosis",
                      "%1 characters decode to %2 bytes of base64 text, which decode to %3 "
                      "bytes.")
                      .arg(text64 ? text64->textLength : t.size())
                      .arg(d.bytes.size())
                      .arg(inner->bytes.size()) });
            d.bytes = inner->bytes;
            encodingFix = QCoreApplication::translate("sb::EnvelopeDiagnosis", "decoding base64 twice");
        }
    } else if (d.bytes.size() >= 8 && isReadableText(d.bytes)) {
        const bool json = JsonText::validate(d.bytes).has_value();
        d.findings << finding(
            Severity::Error, QStringLiteral("not-encrypted"),
            json ? QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                               "This is base64 of plain JSON, not an encrypted value")
                 : QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                               "This is base64 of readable text, not an encrypted value"),
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "An envelope decodes to random-looking bytes. This one decodes to text: it "
                "was encoded, not encrypted. Treat the value as exposed."),
            { QCoreApplication::translate("sb::EnvelopeDiagnosis", "%1 bytes, all printable UTF-8%2.")
                  .arg(d.bytes.size())
                  .arg(json ? QCoreApplication::translate("sb::EnvelopeDiagnosis", " and valid JSON")
                            : QString()) });
        return malformed(ErrorKind::InvalidBase64,
                         QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                     "The value is base64 of plain text, not an envelope."));
    }

    QList<int> sizes = standardRsaSizes();
    if (keys.privateKey && !sizes.contains(keys.privateKey->bits())) {
        sizes.append(keys.privateKey->bits());
        std::sort(sizes.begin(), sizes.end());
    }
    auto inspection = inspectEnvelope(encodeEnvelopeText(d.bytes), sizes);
    if (inspection) {
        if (text64) {
            inspection->text = *text64;
            inspection->text.bytes = d.bytes;
        }
        d.inspection = std::move(*inspection);
    }
    if (d.bytes.size() < PortManagedCipher::MinimumEnvelopeSize) {
        QStringList evidence {
            QCoreApplication::translate(
                "sb::EnvelopeDiagnosis",
                "%1 bytes; the shortest envelope (Port-managed, empty value) is 32 bytes: a "
                "16-byte IV and a 16-byte tag.")
                .arg(d.bytes.size())
        };
        evidence += truncationHints(text64 ? &*text64 : nullptr);
        d.findings.prepend(finding(
            Severity::Error, QStringLiteral("truncated"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "Too short to be an envelope: cut off, or not an envelope"),
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "No layout fits. Take the whole value from the raw request body."),
            evidence));
        return malformed(
            ErrorKind::TooShort,
            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                        "The envelope is %1 bytes; the shortest envelope is 32 bytes.")
                .arg(d.bytes.size()));
    }

    const EnvelopeText* textInfo = text64 ? &*text64 : nullptr;
    std::optional<Attempt> clientSide;
    std::optional<Attempt> portManaged;
    if (keys.privateKey) {
        clientSide = decryptClientSide(d.bytes, *keys.privateKey, textInfo, keys.clientSecret.has_value());
        if (keys.privateKey->bits() < MinimumRsaBits) {
            d.findings << finding(
                Severity::Warning, QStringLiteral("key-too-small"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                            "The private key is smaller than 2048 bits"),
                QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                            "Port recommends at least 2048 bits; replace the key pair."),
                { QStringLiteral("%1 bits.").arg(keys.privateKey->bits()) });
        }
    }
    if (keys.clientSecret && !(clientSide && clientSide->value && !clientSide->corrected)) {
        portManaged
            = decryptPortManaged(d.bytes, keys.clientSecret->view(), textInfo, keys.privateKey.has_value());
    }

    // The attempt that decrypted wins; otherwise every attempt's findings stand.
    Attempt* winner = nullptr;
    for (Attempt* a : { clientSide ? &*clientSide : nullptr, portManaged ? &*portManaged : nullptr }) {
        if (a && a->value && (!winner || (winner->corrected && !a->corrected))) {
            winner = a;
        }
    }
    QList<Finding> attemptFindings;
    if (winner) {
        attemptFindings = winner->findings;
        d.value = std::move(winner->value);
        d.verdict = winner->corrected ? EnvelopeDiagnosis::Verdict::DecryptedWithCorrection
                                      : EnvelopeDiagnosis::Verdict::Decrypted;
        d.failure = winner->failure;
        // The other key's findings about itself still matter (a short secret stays short).
        for (Attempt* a : { clientSide ? &*clientSide : nullptr, portManaged ? &*portManaged : nullptr }) {
            if (a && a != winner) {
                for (const Finding& f : a->findings) {
                    if (f.code.startsWith(QLatin1String("client-secret-"))) {
                        attemptFindings << f;
                    }
                }
            }
        }
    } else if (clientSide || portManaged) {
        d.verdict = EnvelopeDiagnosis::Verdict::Failed;
        for (Attempt* a : { clientSide ? &*clientSide : nullptr, portManaged ? &*portManaged : nullptr }) {
            if (a) {
                attemptFindings += a->findings;
                if (!d.failure) {
                    d.failure = a->failure;
                }
            }
        }
    } else {
        d.verdict = EnvelopeDiagnosis::Verdict::NotAttempted;
    }
    // Errors first, in the order found; notes about the input after them.
    QList<Finding> head = attemptFindings;
    std::stable_sort(head.begin(), head.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    d.findings = head + d.findings;
    if (d.value && d.verdict == EnvelopeDiagnosis::Verdict::Decrypted && !encodingFix.isEmpty()) {
        d.verdict = EnvelopeDiagnosis::Verdict::DecryptedWithCorrection;
        d.failure = Error { ErrorKind::InvalidBase64,
                            QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                        "The value decrypts only after %1.")
                                .arg(encodingFix) };
    }
    if (d.value) {
        finishValue(d);
    } else if (!keys.any()) {
        d.findings.prepend(finding(Severity::Info, QStringLiteral("no-key"),
                                   QCoreApplication::translate("sb::EnvelopeDiagnosis",
                                                               "Readable envelope; give a key to decrypt it"),
                                   QCoreApplication::translate(
                                       "sb::EnvelopeDiagnosis",
                                       "Give the organisation's client secret (Port-managed, \"aes256-gcm\") "
                                       "or your RSA private key (client-side).")));
    }
    chooseLayout(d, keys);
    return d;
}

} // namespace sb
