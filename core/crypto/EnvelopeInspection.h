// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Envelope.h"
#include "crypto/EnvelopeText.h"

#include <QList>

namespace sb {

struct EnvelopePart
{
    enum class Role
    {
        Iv,
        WrappedKey,
        Ciphertext,
        Tag
    };
    Role role;
    qsizetype offset;
    qsizetype length;

    QString name() const; // "IV", "wrapped key", "ciphertext", "tag"
};

// One way the bytes can be read: a format (and for client-side, a key size).
struct EnvelopeLayout
{
    EnvelopeFormat format;
    int rsaBits = 0; // client-side only
    QList<EnvelopePart> parts;

    qsizetype plaintextLength() const; // the ciphertext part's length (GCM keeps lengths)
    QString title() const; // "Port-managed (aes256-gcm)", "client-side, RSA-2048"
};

// A layout that was considered but does not fit, with the minimum it needs.
struct RejectedLayout
{
    EnvelopeFormat format;
    int rsaBits = 0;
    qsizetype minimumSize;
};

struct EnvelopeInspection
{
    EnvelopeText text;
    QList<EnvelopeLayout> layouts; // every layout that fits
    QList<RejectedLayout> rejected; // every layout that does not
};

// The client-side key sizes considered when no key is at hand.
QList<int> standardRsaSizes(); // 2048, 3072, 4096

EnvelopeLayout portManagedLayout(qsizetype totalSize);
EnvelopeLayout clientSideLayout(qsizetype totalSize, int rsaBits);

// Reads envelope text without any key: decodes it and lists every layout that
// fits its length. Fails only on text that is not base64 at all, or empty.
Result<EnvelopeInspection> inspectEnvelope(QByteArrayView text,
                                           const QList<int>& rsaSizes = standardRsaSizes());

} // namespace sb
