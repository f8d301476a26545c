// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/Envelope.h"
#include "crypto/SecretValue.h"

#include <QIODevice>

#include <optional>

namespace sb {

struct BatchSummary
{
    qint64 lines = 0; // lines read, blank ones included
    qint64 decrypted = 0; // lines that decrypted
    qint64 failed = 0; // lines that did not
    // The error kind of the first line that failed, in line order.
    std::optional<ErrorKind> firstFailure;
};

// Decrypts one envelope per line into one JSON object per line:
//   {"line":N,"ok":true,"value":"..."}                   (an object's value is embedded as JSON)
//   {"line":N,"ok":false,"error":"kind","message":"..."}
// Blank lines are skipped but counted. Memory stays bounded whatever the input
// size (chunks in flight are capped, an over-long line is reported and skipped),
// one bad line never stops the rest, and large inputs are spread over every core.
class BatchDecryptor
{
public:
    struct Options
    {
        SecretType type = SecretType::String;
        int threads = 0; // 0: one per core
        qsizetype chunkBytes = 1 << 20; // input per work unit
        qsizetype maxLineBytes = 64 << 20; // longer lines are refused
    };

    BatchDecryptor(const EnvelopeDecryptor& prototype, Options options);

    // Reads `in` to its end and writes results to `out`, in input order.
    // Fails only when reading or writing fails.
    Result<BatchSummary> run(QIODevice& in, QIODevice& out);

    // The JSON line for one input line (without the newline), or nothing for a
    // blank line. Exposed for the inspector's table and for tests.
    static std::optional<QByteArray> processLine(EnvelopeDecryptor& decryptor,
                                                 SecretType type,
                                                 qint64 lineNumber,
                                                 QByteArrayView line,
                                                 std::optional<ErrorKind>* failure = nullptr);

private:
    const EnvelopeDecryptor& m_prototype;
    Options m_options;
};

} // namespace sb
