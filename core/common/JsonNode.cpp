// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace sb {

JsonNode JsonNode::makeString(const QString& text)
{
    JsonNode node;
    node.kind = Kind::String;
    node.string = text;
    return node;
}

JsonNode JsonNode::makeNumber(double value)
{
    JsonNode node;
    node.kind = Kind::Number;
    node.number = value;
    return node;
}

JsonNode JsonNode::makeBool(bool value)
{
    JsonNode node;
    node.kind = Kind::Bool;
    node.boolean = value;
    return node;
}

JsonNode JsonNode::makeObject()
{
    JsonNode node;
    node.kind = Kind::Object;
    return node;
}

JsonNode JsonNode::makeArray()
{
    JsonNode node;
    node.kind = Kind::Array;
    return node;
}

JsonNode JsonNode::fromJsonValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return makeBool(value.toBool());
    case QJsonValue::Double:
        return makeNumber(value.toDouble());
    case QJsonValue::String:
        return makeString(value.toString());
    case QJsonValue::Array: {
        JsonNode node = makeArray();
        for (const QJsonValue& item : value.toArray()) {
            node.items.push_back(fromJsonValue(item));
        }
        return node;
    }
    case QJsonValue::Object: {
        JsonNode node = makeObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            node.insert(it.key(), fromJsonValue(it.value()));
        }
        return node;
    }
    default:
        return {};
    }
}

QString JsonNode::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return QStringLiteral("array");
    case Kind::Object:
        return QStringLiteral("object");
    }
    return {};
}

const JsonNode* JsonNode::find(QStringView key) const
{
    if (kind != Kind::Object) {
        return nullptr;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
            return &items[static_cast<std::size_t>(i)];
        }
    }
    return nullptr;
}

JsonNode* JsonNode::find(QStringView key)
{
    return const_cast<JsonNode*>(std::as_const(*this).find(key));
}

const JsonNode* JsonNode::at(const QStringList& path) const
{
    const JsonNode* node = this;
    for (const QString& step : path) {
        if (node->isObject()) {
            node = node->find(step);
        } else if (node->isArray()) {
            bool ok = false;
            const qsizetype index = step.toLongLong(&ok);
            node = ok && index >= 0 && index < node->size() ? &node->items[static_cast<std::size_t>(index)]
                                                            : nullptr;
        } else {
            node = nullptr;
        }
        if (!node) {
            return nullptr;
        }
    }
    return node;
}

JsonNode* JsonNode::at(const QStringList& path)
{
    return const_cast<JsonNode*>(std::as_const(*this).at(path));
}

JsonNode& JsonNode::insert(const QString& key, JsonNode value)
{
    if (JsonNode* existing = find(key)) {
        *existing = std::move(value);
        return *existing;
    }
    kind = Kind::Object;
    keys.append(key);
    keyOffsets.append(-1);
    return items.emplace_back(std::move(value));
}

void JsonNode::remove(QStringView key)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
            keys.removeAt(i);
            if (i < keyOffsets.size()) {
                keyOffsets.removeAt(i);
            }
            items.erase(items.begin() + i);
            return;
        }
    }
}

QJsonValue JsonNode::toJsonValue() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return QJsonValue(boolean);
    case Kind::Number:
        return QJsonValue(number);
    case Kind::String:
        return QJsonValue(string);
    case Kind::Array: {
        QJsonArray array;
        for (const JsonNode& item : items) {
            array.append(item.toJsonValue());
        }
        return array;
    }
    case Kind::Object: {
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            object.insert(keys[i], items[static_cast<std::size_t>(i)].toJsonValue());
        }
        return object;
    }
    }
    return {};
}

bool JsonNode::operator==(const JsonNode& other) const
{
    if (kind != other.kind) {
        return false;
    }
    switch (kind) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return boolean == other.boolean;
    case Kind::Number:
        return number == other.number;
    case Kind::String:
        return string == other.string;
    case Kind::Array:
        return items == other.items;
    case Kind::Object:
        if (keys.size() != other.keys.size()) {
            return false;
        }
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const JsonNode* theirs = other.find(keys[i]);
            if (!theirs || !(*theirs == items[static_cast<std::size_t>(i)])) {
                return false;
            }
        }
        return true;
    }
    return false;
}

LineIndex::LineIndex(QByteArrayView text)
    : m_text(text.toByteArray())
{
    m_starts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            m_starts.append(i + 1);
        }
    }
}

int LineIndex::line(qsizetype offset) const
{
    if (m_starts.isEmpty() || offset < 0) {
        return 0;
    }
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return static_cast<int>(it - m_starts.begin());
}

int LineIndex::column(qsizetype offset) const
{
    const int l = line(offset);
    if (l <= 0) {
        return 0;
    }
    const qsizetype start = m_starts[l - 1];
    offset = std::min(offset, m_text.size());
    return static_cast<int>(QString::fromUtf8(m_text.constData() + start, offset - start).size()) + 1;
}

QString jsonPointerAppend(const QString& parent, const QString& key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    return parent + QLatin1Char('/') + escaped;
}

QString jsonPointerAppend(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('/') + QString::number(index);
}

} // namespace sb
