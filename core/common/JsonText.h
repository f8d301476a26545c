// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace sb {

// A JSON value that keeps what QJsonValue loses: the order of object keys and
// where each value and key sits in the source text (byte offsets). Built by
// JsonText::parse(); also built by hand for request bodies, where key order is
// what a backend receives.
struct JsonNode
{
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    QString string;
    std::vector<JsonNode> items; // array elements, or object values (same order as keys)
    QStringList keys; // object keys
    QList<qsizetype> keyOffsets; // byte offset of each key's opening quote, when parsed
    qsizetype offset = -1; // first byte of the value in the source, or -1
    qsizetype end = -1; // one past its last byte

    static JsonNode makeString(const QString& text);
    static JsonNode makeNumber(double value);
    static JsonNode makeBool(bool value);
    static JsonNode makeObject();
    static JsonNode makeArray();
    static JsonNode fromJsonValue(const QJsonValue& value); // keys in QJsonObject's (sorted) order

    bool isNull() const { return kind == Kind::Null; }
    bool isBool() const { return kind == Kind::Bool; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isString() const { return kind == Kind::String; }
    bool isArray() const { return kind == Kind::Array; }
    bool isObject() const { return kind == Kind::Object; }
    QString kindName() const; // "object", "string", ... as jq's `type` says

    // Object member by key, or nullptr.
    const JsonNode* find(QStringView key) const;
    JsonNode* find(QStringView key);
    // The value at a path of object keys and array indexes (as text), or nullptr.
    const JsonNode* at(const QStringList& path) const;
    JsonNode* at(const QStringList& path);
    // Sets (or appends, keeping order) an object member.
    JsonNode& insert(const QString& key, JsonNode value);
    void remove(QStringView key);
    qsizetype size() const { return static_cast<qsizetype>(items.size()); }

    QJsonValue toJsonValue() const;
    // Structural equality (positions ignored, key order ignored).
    bool operator==(const JsonNode& other) const;
};

// Maps byte offsets of a text to 1-based lines and columns (columns count
// characters, as an editor does) in O(log lines).
class LineIndex
{
public:
    LineIndex() = default;
    explicit LineIndex(QByteArrayView text);
    int line(qsizetype offset) const;
    int column(qsizetype offset) const;

private:
    QByteArray m_text;
    QList<qsizetype> m_starts;
};

// RFC 6901 JSON pointer of a child: "/trigger/userInputs/properties/a~1b".
QString jsonPointerAppend(const QString& parent, const QString& key);
QString jsonPointerAppend(const QString& parent, qsizetype index);

} // namespace sb

namespace sb::JsonText {

// Re-serialises JSON text the way a browser's JSON.stringify(JSON.parse(text))
// does: no whitespace, keys in their original order, numbers in JavaScript's
// shortest form (1.50 -> 1.5, 1e2 -> 100), strings with JavaScript's escapes.
// The output goes to a wiping buffer because the input is often a secret.
// Rejects invalid JSON (RFC 8259, no BOM) and duplicate keys, with the line and
// column of the problem.
Status compact(QByteArrayView json, SecureBuffer& out);

// Like compact(), then indented by `indent` spaces per level, as
// JSON.stringify(JSON.parse(text), null, indent) writes it: key order and
// JavaScript number forms kept, empty objects and arrays as {} and [].
Status pretty(QByteArrayView json, SecureBuffer& out, int indent = 2);

// Validates JSON text without producing anything.
Status validate(QByteArrayView json);

// Parses JSON text (same rules as compact()) into a tree with key order and
// source positions.
Result<JsonNode> parse(QByteArrayView json);

// Writes a tree as JSON.stringify(value) would (compact), or as
// JSON.stringify(value, null, 2) when `indent` is true.
QByteArray serialize(const JsonNode& node, bool indent = false);

// Appends `utf8` as a JSON string literal (with quotes), escaped as
// JSON.stringify escapes: only '"', '\\' and control characters.
void appendQuoted(QByteArray& out, QByteArrayView utf8);
QByteArray quoted(QByteArrayView utf8);

// "line 3, column 7" for a byte offset (columns count characters).
QString describePosition(QByteArrayView text, qsizetype offset);

} // namespace sb::JsonText
