// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Severity.h"
#include "crypto/EnvelopeInspection.h"
#include "crypto/RsaKey.h"
#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// The keys a diagnosis may use. The client secret is the raw text exactly as
// the person gave it (whitespace and all): its oddities are part of the story.
struct DiagnosisKeys
{
    std::optional<SecureBuffer> clientSecret;
    std::optional<RsaPrivateKey> privateKey;

    bool any() const { return clientSecret.has_value() || privateKey.has_value(); }
    DiagnosisKeys clone() const;
};

// One thing the inspector found, in plain words, with the facts behind it.
// Findings never quote a secret, a key or a decrypted value.
struct Finding
{
    Severity severity = Severity::Info;
    QString code; // stable identifier ("tag-mismatch"), for programs and tests
    QString title; // one line: what is wrong (or right)
    QString detail; // what it means and what to do
    QStringList evidence; // the facts it rests on
};

// What the value decrypted to: facts about it, and the bytes.
struct DecryptedValue
{
    enum class JsonShape
    {
        None,
        Object,
        Array,
        Scalar
    };

    SecureBuffer plaintext;
    EnvelopeFormat format = EnvelopeFormat::PortManaged;
    int rsaBits = 0;
    QString keyCode; // the derivation or unwrap that worked: "first-32-bytes", "trimmed", "oaep-sha256", ...
    QString keyDescription; // in words
    bool utf8 = false;
    JsonShape json = JsonShape::None;
};

QString jsonShapeName(DecryptedValue::JsonShape shape); // "object", "array", "scalar", ""

struct EnvelopeDiagnosis
{
    enum class Verdict
    {
        Decrypted, // with the key exactly as given
        DecryptedWithCorrection, // only after a fix the findings describe (trimmed secret, OAEP-SHA1, ...)
        Failed, // a key was given and nothing it could mean decrypts the value
        NotAttempted, // a readable envelope, but no key that fits was given
        Malformed // not an envelope at all, or damaged beyond reading
    };

    Verdict verdict = Verdict::NotAttempted;
    // The bytes as read (after base64, possibly after undoing double base64 or hex).
    QByteArray bytes;
    std::optional<EnvelopeInspection> inspection;
    qsizetype chosenLayout = -1; // index into inspection->layouts, the most plausible one
    QString layoutReason;
    QList<Finding> findings; // most important first
    std::optional<DecryptedValue> value;
    // Why there is no value as given (the exit code a script sees); set for
    // every verdict but Decrypted and NotAttempted.
    std::optional<Error> failure;

    bool has(const QString& code) const;
    const Finding* find(const QString& code) const;
    Severity worst() const;
    const EnvelopeLayout* layout() const;
};

QString verdictName(EnvelopeDiagnosis::Verdict verdict); // "decrypted", "failed", ...

// Reads `text` (one value as pasted), decrypts it with every key given, and
// explains every way it can fail: the heart of the inspector, shared by the
// workspace and `secretbench-cli inspect --diagnose`.
EnvelopeDiagnosis diagnoseEnvelope(QByteArrayView text, const DiagnosisKeys& keys);

// Describes a decrypted plaintext (length, UTF-8, JSON shape).
void describeValue(DecryptedValue& value);

} // namespace sb
