// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QStringList>

namespace sb {

// How pasted or received text was turned into envelope bytes. Every tolerance
// that applied is recorded, so the inspector can say what it had to forgive.
struct EnvelopeText
{
    QByteArray bytes;
    qsizetype textLength = 0; // base64 characters after cleaning
    bool trimmedWhitespace = false; // leading or trailing whitespace
    bool removedLineBreaks = false; // whitespace inside the value
    bool strippedQuotes = false; // one pair of surrounding JSON quotes
    bool missingPadding = false; // no trailing '=' where base64 needs them
    bool base64Url = false; // '-' and '_' alphabet

    QStringList notes() const;
};

// Decodes envelope text: standard base64 with or without padding, tolerating
// surrounding whitespace, line breaks and one pair of surrounding quotes;
// base64url is decoded and flagged. An invalid character is reported with its
// position in the original text.
Result<EnvelopeText> decodeEnvelopeText(QByteArrayView text);

// Standard base64 with padding: what Port sends.
QByteArray encodeEnvelopeText(QByteArrayView bytes);

} // namespace sb
