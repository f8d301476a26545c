// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/EnvelopeInspection.h"

#include <QJsonValue>
#include <QList>

#include <functional>

namespace sb {

// A string inside a JSON document that reads as an envelope.
struct FoundEnvelope
{
    QString path; // JSONPath: $.payload.properties.password, $.items[2], $["odd key"]
    QString text; // the string as it appears in the document
    EnvelopeInspection inspection;
};

// Finds every string in `document` that is plausibly an envelope: standard
// base64 (or base64url, flagged), long enough for at least one layout, and not
// an ordinary word, number, hex digest or UUID. Guided callers (a definition
// naming the secret inputs) should look values up by path instead; this is for
// bodies nobody described.
QList<FoundEnvelope> findEnvelopes(const QJsonValue& document);

// Calls `visit` with the JSONPath and text of every string value in `document`
// (keys are not visited), depth first. findEnvelopes is built on it; callers
// that also want the near misses (a truncated or mangled value) use it directly.
void visitJsonStrings(const QJsonValue& document,
                      const std::function<void(const QString& path, const QString& text)>& visit);

// Whether one string looks like an envelope by the rules above.
bool looksLikeEnvelope(const QString& text);

// JSONPath of a child: appendKey("$", "a b") == "$[\"a b\"]", appendIndex("$.a", 2) == "$.a[2]".
QString jsonPathAppendKey(const QString& parent, const QString& key);
QString jsonPathAppendIndex(const QString& parent, qsizetype index);

} // namespace sb
