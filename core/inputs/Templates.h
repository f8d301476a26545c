// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs/ActionDefinition.h"

#include <QList>
#include <QString>

namespace sb {

// A string from an invocation method, split into literal text and
// `{{ jq }}` expressions.
struct TemplateString
{
    struct Part
    {
        bool expression = false;
        QString text; // literal text, or the jq program (trimmed)
    };
    QList<Part> parts;
    QString error; // an unclosed "{{" or an empty expression

    bool hasExpressions() const;
    // Exactly one expression and nothing else: its JSON value replaces the string.
    bool isSingleExpression() const;
};

TemplateString parseTemplate(const QString& text);

// A template in the invocation method: where it is and what it says.
struct TemplateSite
{
    enum class Place
    {
        Url,
        Header,
        Body
    };
    Place place;
    QString header; // for Header: the header's name
    QStringList bodyPath; // for Body: object keys / array indexes (as text) from the body root
    SourceLocation location;
    TemplateString parsed;
    QString source;
};

// Every string in url, headers and body, with or without expressions.
QList<TemplateSite> collectTemplates(const ActionDefinition& definition);

// Which inputs an expression reads through `.inputs`: names after
// `.inputs.name`, `.inputs["name"]`, `.inputs."name"`; `all` is set when the
// whole `.inputs` object is used (every input, secrets included).
struct InputReferences
{
    QStringList names;
    bool all = false;
};
InputReferences referencedInputs(const QString& expression);

} // namespace sb
