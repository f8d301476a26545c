// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvelopeInspection.h"

#include "crypto/ClientSideCipher.h"
#include "crypto/PortManagedCipher.h"

namespace sb {

QString EnvelopePart::name() const
{
    switch (role) {
    case Role::Iv:
        return QStringLiteral("IV");
    case Role::WrappedKey:
        return QStringLiteral("wrapped key");
    case Role::Ciphertext:
        return QStringLiteral("ciphertext");
    case Role::Tag:
        return QStringLiteral("tag");
    }
    return {};
}

qsizetype EnvelopeLayout::plaintextLength() const
{
    for (const EnvelopePart& part : parts) {
        if (part.role == EnvelopePart::Role::Ciphertext) {
            return part.length;
        }
    }
    return 0;
}

QString EnvelopeLayout::title() const
{
    if (format == EnvelopeFormat::PortManaged) {
        return envelopeFormatName(format);
    }
    return QStringLiteral("client-side, RSA-%1").arg(rsaBits);
}

QList<int> standardRsaSizes()
{
    return { 2048, 3072, 4096 };
}

EnvelopeLayout portManagedLayout(qsizetype total)
{
    using Role = EnvelopePart::Role;
    const qsizetype iv = PortManagedCipher::IvSize;
    const qsizetype tag = PortManagedCipher::TagSize;
    return EnvelopeLayout {
        EnvelopeFormat::PortManaged,
        0,
        { { Role::Iv, 0, iv }, { Role::Ciphertext, iv, total - iv - tag }, { Role::Tag, total - tag, tag } }
    };
}

EnvelopeLayout clientSideLayout(qsizetype total, int rsaBits)
{
    using Role = EnvelopePart::Role;
    const qsizetype iv = ClientSide::IvSize;
    const qsizetype k = (rsaBits + 7) / 8;
    const qsizetype tag = ClientSide::TagSize;
    return EnvelopeLayout { EnvelopeFormat::ClientSide,
                            rsaBits,
                            { { Role::Iv, 0, iv },
                              { Role::WrappedKey, iv, k },
                              { Role::Ciphertext, iv + k, total - iv - k - tag },
                              { Role::Tag, total - tag, tag } } };
}

Result<EnvelopeInspection> inspectEnvelope(QByteArrayView text, const QList<int>& rsaSizes)
{
    auto decoded = decodeEnvelopeText(text);
    if (!decoded) {
        return std::unexpected(decoded.error());
    }
    EnvelopeInspection inspection;
    inspection.text = std::move(*decoded);
    const qsizetype total = inspection.text.bytes.size();
    if (total >= PortManagedCipher::MinimumEnvelopeSize) {
        inspection.layouts.append(portManagedLayout(total));
    } else {
        inspection.rejected.append(
            { EnvelopeFormat::PortManaged, 0, PortManagedCipher::MinimumEnvelopeSize });
    }
    for (const int bits : rsaSizes) {
        const qsizetype minimum = ClientSide::minimumEnvelopeSize((bits + 7) / 8);
        if (total >= minimum) {
            inspection.layouts.append(clientSideLayout(total, bits));
        } else {
            inspection.rejected.append({ EnvelopeFormat::ClientSide, bits, minimum });
        }
    }
    return inspection;
}

} // namespace sb
