// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Envelope.h"
#include "crypto/SecureBuffer.h"
#include "inputs/FormSession.h"
#include "inputs/LintProblem.h"
#include "inputs/Templates.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace sb {

class PortManagedCipher;
class ClientSideEncryptor;

// One secret as it leaves the form: where it is in the body and its envelope.
struct BuiltSecret
{
    QString input;
    EnvelopeFormat format = EnvelopeFormat::PortManaged;
    SecretType type = SecretType::String;
    QString envelope; // base64, as sent
    QString keyFingerprint; // client-side: SHA-256 of the public key
    QStringList bodyPaths; // JSONPaths in the request body where the envelope appears
};

struct HttpRequestPreview
{
    QString method = QStringLiteral("POST");
    QString url; // empty when the definition has none
    QList<QPair<QString, QString>> headers;
    JsonNode body;
    QByteArray bodyText; // exactly what is sent (compact JSON)

    // "POST url\nHeader: value\n...\n\n<body, indented>" for display.
    QString display() const;
    // {"method":..., "url":..., "headers":{...}, "body":...}
    JsonNode toJson() const;
};

struct BuildResult
{
    JsonNode properties; // every visible input with a value; secrets encrypted
    HttpRequestPreview request;
    QList<BuiltSecret> secrets;
    QList<LintProblem> problems; // missing keys, template errors, values that cannot be encrypted
    QString runId;

    bool complete() const; // every secret encrypted, every template evaluated
    const BuiltSecret* secret(const QString& input) const;
};

// Keeps each secret's envelope while its plaintext and key stay the same, so
// a keystroke in one input does not re-encrypt (and change) every other one.
class EnvelopeCache
{
public:
    void clear();
    struct Entry
    {
        SecureBuffer plaintext;
        QString keyId;
        QString envelope;
    };
    QHash<QString, std::shared_ptr<Entry>> entries;
    // Parsed client-side keys by PEM text.
    QHash<QString, std::shared_ptr<ClientSideEncryptor>> clientKeys;
    std::shared_ptr<PortManagedCipher> portCipher;
    QByteArray portKeyDigest;
};

// Builds what Port would send for the values in a FormSession:
// (a) the properties object, every secret encrypted in its declared format, and
// (b) the HTTP request of a WEBHOOK invocation method, with every `{{ }}`
//     template evaluated by jq over
//     {"inputs": properties, "run": {"id": runId}, "trigger": {"by": {"user": user}},
//      "entity": entity, "action": {"identifier": ...}}.
// Without an invocation method (or without a body) the body is Port's default
// run payload, whose payload.properties is what Port's documented backend
// examples read.
class RequestBuilder
{
public:
    struct Options
    {
        const SecureBuffer* clientSecret = nullptr; // Port-managed key source; may be null
        EnvelopeCache* cache = nullptr; // optional
        QString runId; // empty: a random "r_..." id
    };

    static BuildResult build(const FormSession& session, const Options& options);

    static QString randomRunId();
    // The default body Port sends when the invocation method has none.
    static JsonNode defaultBody(const ActionDefinition& definition,
                                const JsonNode& properties,
                                const JsonNode& entity,
                                const JsonNode& user,
                                const QString& runId);
};

} // namespace sb
