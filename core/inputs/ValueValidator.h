// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs/ActionDefinition.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace sb {

// Checks one value against its input's rules (type, required, lengths,
// pattern, range, enum, format, JSON for objects). Messages are for the person
// typing; they quote limits, never the value.
class ValueValidator
{
public:
    // The rules that can change while the form is filled (jq results).
    struct Context
    {
        bool required = false;
        std::optional<JsonNode> enumValues; // resolved enum (literal or jq), an array
    };

    // A value that is present. `value` is the JSON value (for a secret string:
    // a string node; for an object secret: the parsed object).
    static QStringList validate(const InputDefinition& input, const JsonNode& value, const Context& context);
    // The value is absent (empty).
    static QStringList validateMissing(const InputDefinition& input, const Context& context);

    // An object secret's text: JSON, and an object.
    static QStringList validateObjectText(QByteArrayView text);

    // Compiles a JSON Schema "pattern" (ECMAScript regular expression) as
    // closely as PCRE allows; invalid when it does not compile.
    static QRegularExpression compilePattern(const QString& pattern);

    static bool isValidUrl(const QString& text);
    static bool isValidEmail(const QString& text);
    static bool isValidDateTime(const QString& text);
};

} // namespace sb
