// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// What a person pasted, dropped or opened in the inspector.
enum class InputKind
{
    Empty,
    Envelope, // one value, possibly quoted, padded with whitespace or wrapped over lines
    EnvelopeLines, // one envelope per line (what `secretbench-cli decrypt --batch` reads)
    JsonDocument, // one JSON body (a webhook request)
    JsonLines, // one JSON body per line (a log)
    Text // neither base64 nor JSON: not an encrypted value at all
};

QString inputKindName(InputKind kind); // "envelope", "json-lines", ...

// One value to inspect, found in the input.
struct InputEntry
{
    qint64 line = 0; // 1-based line of the input it came from; 0 when not known
    QString path; // JSONPath inside a body ($.payload.properties.password); empty for a bare value
    QByteArray text; // the value as written (base64 text, or the whole input for Text)
    // Not a plausible envelope, but base64-like and long enough that a
    // truncated or mangled envelope is the likely story.
    bool nearMiss = false;
};

// A line or value that could not be read, with why.
struct InputProblem
{
    qint64 line = 0;
    QString message;
};

struct ClassifiedInput
{
    InputKind kind = InputKind::Empty;
    QString summary; // "A JSON-lines log: 1,000 bodies, 2,000 encrypted values"
    QString reason; // why it was read this way
    QStringList notes; // what had to be forgiven (quotes, escapes, a BOM)
    qint64 lines = 0; // non-blank lines
    QList<InputEntry> entries;
    QList<InputProblem> problems;
};

// Decides the kind from the first lines only, so that a large log can be
// recognised on the GUI thread and scanned in the background.
InputKind guessInputKind(QByteArrayView text);

// Classifies the whole input and collects every value to inspect.
ClassifiedInput classifyInput(QByteArrayView text);

// Scans `lines` (whole lines of a JsonLines or EnvelopeLines input, the first
// being line `firstLine`) for values: the batch runs this on chunks in parallel.
void scanLines(QByteArrayView lines,
               qint64 firstLine,
               InputKind kind,
               QList<InputEntry>& entries,
               QList<InputProblem>& problems,
               qint64* nonBlankLines = nullptr);

} // namespace sb
