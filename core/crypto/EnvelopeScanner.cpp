// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvelopeScanner.h"

#include "crypto/PortManagedCipher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb {

namespace {

bool isIdentifier(const QString& key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$-]*$"));
    return identifier.match(key).hasMatch();
}

bool isHexOrUuid(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F-]+$"));
    return hex.match(text).hasMatch();
}

void visit(const QJsonValue& value,
           const QString& path,
           const std::function<void(const QString&, const QString&)>& callback)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            visit(it.value(), jsonPathAppendKey(path, it.key()), callback);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            visit(array.at(i), jsonPathAppendIndex(path, i), callback);
        }
    } else if (value.isString()) {
        callback(path, value.toString());
    }
}

} // namespace

bool looksLikeEnvelope(const QString& text)
{
    const QString trimmed = text.trimmed();
    // 32 bytes is the shortest envelope: 43 base64 characters without padding.
    if (trimmed.size() < 43 || isHexOrUuid(trimmed)) {
        return false;
    }
    for (const QChar c : trimmed) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    auto decoded = decodeEnvelopeText(trimmed.toLatin1());
    // Ordinary text has spaces inside; those were forgiven by the decoder but
    // make it prose, not an envelope.
    return decoded && !decoded->removedLineBreaks
        && decoded->bytes.size() >= PortManagedCipher::MinimumEnvelopeSize;
}

void visitJsonStrings(const QJsonValue& document,
                      const std::function<void(const QString& path, const QString& text)>& callback)
{
    visit(document, QStringLiteral("$"), callback);
}

QList<FoundEnvelope> findEnvelopes(const QJsonValue& document)
{
    QList<FoundEnvelope> out;
    visitJsonStrings(document, [&out](const QString& path, const QString& text) {
        if (!looksLikeEnvelope(text)) {
            return;
        }
        auto inspection = inspectEnvelope(text.toLatin1());
        if (inspection && !inspection->layouts.isEmpty()) {
            out.append(FoundEnvelope { path, text, std::move(*inspection) });
        }
    });
    return out;
}

QString jsonPathAppendKey(const QString& parent, const QString& key)
{
    if (isIdentifier(key)) {
        return parent + QLatin1Char('.') + key;
    }
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString jsonPathAppendIndex(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace sb
