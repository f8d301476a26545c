// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Severity.h"
#include "crypto/RsaKey.h"
#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>

#include <vector>

namespace sb {

// One line of what is known about a key, never the key itself.
struct KeyFact
{
    QString label; // "Size"
    QString value; // "RSA-3072 (384-byte wrapped key)"
    Severity severity = Severity::Info;
};

// What the inspector shows about a key: a title and its facts.
struct KeyFacts
{
    QString title; // "Client secret", "RSA private key"
    QList<KeyFact> facts;

    Severity worst() const;
};

// One way a program can turn a client secret into an AES key. Port's rule is
// "the first 32 bytes"; backends written from the Python and Node examples
// slice characters instead, and only agree with the rule for ASCII secrets.
struct KeyDerivation
{
    QString code; // stable: "first-32-bytes", "python", "node", "latin1", "trimmed", ...
    QString description; // "Python: secret[:32].encode()"
    SecureBuffer key; // the derived key (any length)
    // What a library does with a key of the wrong length, or empty when usable.
    QString problem;

    bool usable() const { return problem.isEmpty(); }
};

// What is odd about a client secret, computed once and shared by the key
// facts, the diagnosis and the batch.
struct ClientSecretAnalysis
{
    qsizetype bytes = 0;
    qsizetype characters = 0; // code points
    qsizetype utf16Units = 0;
    bool leadingWhitespace = false;
    bool trailingWhitespace = false;
    bool invisibleCharacters = false; // zero-width space, BOM, no-break space at the ends
    bool whitespaceChangesKey = false; // the trimmed secret's first 32 bytes differ
    bool nonAscii = false; // in the characters that make the key
    qsizetype firstNonAsciiCharacter = -1; // 0-based character index
    bool byte32SplitsCharacter = false;
    bool surroundingQuotes = false;
    bool variableAssignment = false; // PORT_CLIENT_SECRET=... pasted whole
    bool credentialsJson = false; // {"clientId": ..., "clientSecret": ...}
    bool looksLikeClientId = false;
    QString clientIdReason;
};

ClientSecretAnalysis analyseClientSecret(QByteArrayView secret);

// Every distinct key a program could have derived from `secret`, Port's rule
// first. Keys that are the same bytes are merged (their descriptions joined).
std::vector<KeyDerivation> clientSecretDerivations(QByteArrayView secret);

KeyFacts clientSecretFacts(QByteArrayView secret);
KeyFacts privateKeyFacts(const RsaPrivateKey& key);
KeyFacts publicKeyFacts(const RsaPublicKey& key);

} // namespace sb
