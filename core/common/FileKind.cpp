// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileKind.h"

#include "crypto/EnvelopeScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

bool looksLikeInputs(const QJsonObject& properties)
{
    if (properties.isEmpty()) {
        return false;
    }
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!it.value().isObject() || !it.value().toObject().value(QStringLiteral("type")).isString()) {
            return false;
        }
    }
    return true;
}

bool isDefinition(const QJsonObject& object)
{
    const QJsonObject trigger = object.value(QStringLiteral("trigger")).toObject();
    if (trigger.contains(QStringLiteral("userInputs")) || object.contains(QStringLiteral("userInputs"))) {
        return true;
    }
    if (object.value(QStringLiteral("properties")).isObject()) {
        return looksLikeInputs(object.value(QStringLiteral("properties")).toObject());
    }
    return looksLikeInputs(object);
}

} // namespace

FileKind detectFileKind(QByteArrayView content)
{
    if (content.startsWith(QByteArrayView("SBVAULT\0", 8))) {
        return FileKind::Vault;
    }
    const QByteArrayView trimmed = content.trimmed();
    if (trimmed.isEmpty()) {
        return FileKind::Unknown;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toByteArray(), &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject() && isDefinition(document.object())) {
            return FileKind::Definition;
        }
        const QJsonValue root
            = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return findEnvelopes(root).isEmpty() ? FileKind::Unknown : FileKind::Body;
    }
    // One JSON document per line: a log of received bodies.
    if (trimmed.startsWith('{') && trimmed.contains('\n')) {
        const QByteArray firstLine = trimmed.first(trimmed.indexOf('\n')).toByteArray();
        if (!QJsonDocument::fromJson(firstLine).isNull()) {
            return FileKind::Body;
        }
    }
    return looksLikeEnvelope(QString::fromLatin1(trimmed)) ? FileKind::Envelope : FileKind::Unknown;
}

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Definition:
        return QCoreApplication::translate("sb::FileKind", "action definition");
    case FileKind::Envelope:
        return QCoreApplication::translate("sb::FileKind", "encrypted value");
    case FileKind::Body:
        return QCoreApplication::translate("sb::FileKind", "payload or log");
    case FileKind::Vault:
        return QStringLiteral("vault");
    case FileKind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace sb
