// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/JsonText.h"
#include "crypto/Envelope.h"
#include "crypto/RsaKey.h"
#include "crypto/SecretValue.h"
#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace sb {

class ActionDefinition;
class PortManagedCipher;

// The keys a backend holds.
struct PayloadKeys
{
    std::shared_ptr<PortManagedCipher> portManaged; // from the client secret
    QList<RsaPrivateKey> privateKeys; // client-side
};

// One secret found in a received body.
struct DecryptedSecret
{
    QString path; // JSONPath in the body
    QString input; // the input it belongs to, when a definition says so
    std::optional<EnvelopeFormat> format; // the format that decrypted it (or the declared one)
    SecretType type = SecretType::String;
    bool ok = false;
    std::optional<ErrorKind> errorKind;
    QString error; // why it failed (no secret material)
    SecureBuffer value; // the plaintext (UTF-8; an object's JSON text)
    bool guided = false; // located through the definition, not by scanning

    QString formatName() const;
};

struct PayloadReport
{
    std::vector<DecryptedSecret> secrets;
    JsonNode decryptedBody; // the body with every decrypted secret replaced by its value

    int failures() const;
    std::optional<ErrorKind> firstFailure() const;
    // One line per secret: "$.payload.properties.password  password  aes256-gcm  ok"
    QString summary() const;
};

// Finds and decrypts every secret in a body a backend received. With a
// definition it looks where Port puts each secret input (payload.properties,
// properties, inputs, and wherever the invocation method's body template
// places `{{ .inputs.<name> }}`) and knows each one's format and type;
// without one it scans every string that reads as an envelope
// (sb::findEnvelopes) and tries the keys it has.
class PayloadDecryptor
{
public:
    static Result<PayloadReport>
    decrypt(QByteArrayView body, const ActionDefinition* definition, PayloadKeys& keys);
};

} // namespace sb
