// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueValidator.h"

#include "common/JsonText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <cmath>

namespace sb {

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

bool enumContains(const JsonNode& list, const JsonNode& value)
{
    if (!list.isArray()) {
        return true;
    }
    for (const JsonNode& item : list.items) {
        if (item == value) {
            return true;
        }
    }
    return false;
}

void checkString(const InputDefinition& input, const QString& text, QStringList& out)
{
    // JSON Schema lengths count characters as JavaScript does (UTF-16 units), like QString.
    if (input.minLength && text.size() < *input.minLength) {
        out << QCoreApplication::translate("sb::ValueValidator", "At least %1 characters (now %2).")
                   .arg(numberText(*input.minLength))
                   .arg(text.size());
    }
    if (input.maxLength && text.size() > *input.maxLength) {
        out << QCoreApplication::translate("sb::ValueValidator", "At most %1 characters (now %2).")
                   .arg(numberText(*input.maxLength))
                   .arg(text.size());
    }
    if (!input.pattern.isEmpty()) {
        const QRegularExpression re = ValueValidator::compilePattern(input.pattern);
        if (re.isValid() && !re.match(text).hasMatch()) {
            out << QCoreApplication::translate("sb::ValueValidator", "Must match the pattern %1.")
                       .arg(input.pattern);
        }
    }
    if (input.isSecret()) {
        return;
    }
    if (input.format == QLatin1String("url") && !ValueValidator::isValidUrl(text)) {
        out << QCoreApplication::translate("sb::ValueValidator",
                                           "Not a URL (expected something like https://example.com/path).");
    } else if (input.format == QLatin1String("email") && !ValueValidator::isValidEmail(text)) {
        out << QCoreApplication::translate("sb::ValueValidator", "Not an e-mail address.");
    } else if (input.format == QLatin1String("date-time") && !ValueValidator::isValidDateTime(text)) {
        out << QCoreApplication::translate("sb::ValueValidator",
                                           "Not an ISO 8601 date-time (expected 2026-01-31T12:00:00Z).");
    }
}

void checkNumber(const InputDefinition& input, double value, QStringList& out)
{
    if (input.minimum && value < *input.minimum) {
        out << QCoreApplication::translate("sb::ValueValidator", "At least %1.")
                   .arg(numberText(*input.minimum));
    }
    if (input.maximum && value > *input.maximum) {
        out << QCoreApplication::translate("sb::ValueValidator", "At most %1.")
                   .arg(numberText(*input.maximum));
    }
}

bool itemMatches(InputType type, const JsonNode& item)
{
    switch (type) {
    case InputType::String:
        return item.isString();
    case InputType::Number:
        return item.isNumber();
    case InputType::Boolean:
        return item.isBool();
    case InputType::Object:
        return item.isObject();
    case InputType::Array:
        return item.isArray();
    default:
        return true;
    }
}

} // namespace

QRegularExpression ValueValidator::compilePattern(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

bool ValueValidator::isValidUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty()
        && (!url.host().isEmpty() || url.scheme() == QLatin1String("file"));
}

bool ValueValidator::isValidEmail(const QString& text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

bool ValueValidator::isValidDateTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
        || QDateTime::fromString(text, Qt::ISODate).isValid();
}

QStringList ValueValidator::validateMissing(const InputDefinition& input, const Context& context)
{
    Q_UNUSED(input);
    return context.required ? QStringList { QCoreApplication::translate("sb::ValueValidator", "Required.") }
                            : QStringList {};
}

QStringList ValueValidator::validateObjectText(QByteArrayView text)
{
    auto node = JsonText::parse(text);
    if (!node) {
        return { node.error().message };
    }
    if (!node->isObject()) {
        return { QStringLiteral("An object input takes a JSON object ({ ... }), not a JSON %1.")
                     .arg(node->kindName()) };
    }
    return {};
}

QStringList
ValueValidator::validate(const InputDefinition& input, const JsonNode& value, const Context& context)
{
    QStringList out;
    switch (input.type) {
    case InputType::String:
        if (!value.isString()) {
            out << QCoreApplication::translate("sb::ValueValidator", "Expected text, got a JSON %1.")
                       .arg(value.kindName());
            return out;
        }
        if (value.string.isEmpty()) {
            return validateMissing(input, context);
        }
        checkString(input, value.string, out);
        break;
    case InputType::Number:
        if (!value.isNumber()) {
            out << QCoreApplication::translate("sb::ValueValidator", "Expected a number, got a JSON %1.")
                       .arg(value.kindName());
            return out;
        }
        checkNumber(input, value.number, out);
        break;
    case InputType::Boolean:
        if (!value.isBool()) {
            out << QCoreApplication::translate("sb::ValueValidator", "Expected true or false, got a JSON %1.")
                       .arg(value.kindName());
            return out;
        }
        break;
    case InputType::Object:
        if (!value.isObject()) {
            out << QCoreApplication::translate("sb::ValueValidator", "Expected a JSON object, got a JSON %1.")
                       .arg(value.kindName());
            return out;
        }
        break;
    case InputType::Array:
        if (!value.isArray()) {
            out << QCoreApplication::translate("sb::ValueValidator",
                                               "Expected a list (JSON array), got a JSON %1.")
                       .arg(value.kindName());
            return out;
        }
        if (context.required && value.items.empty()) {
            out << QCoreApplication::translate("sb::ValueValidator", "Required: add at least one item.");
        }
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            const JsonNode& item = value.items[i];
            if (input.hasItems && !itemMatches(input.itemsType, item)) {
                out << QCoreApplication::translate("sb::ValueValidator",
                                                   "Item %1: expected a %2, got a JSON %3.")
                           .arg(i + 1)
                           .arg(inputTypeName(input.itemsType), item.kindName());
            } else if (input.itemsEnum.isArray() && !enumContains(input.itemsEnum, item)) {
                out << QCoreApplication::translate("sb::ValueValidator",
                                                   "Item %1 is not one of the allowed values.")
                           .arg(i + 1);
            }
        }
        break;
    case InputType::Missing:
    case InputType::Unknown:
        return out;
    }
    if (context.enumValues && context.enumValues->isArray() && !enumContains(*context.enumValues, value)) {
        out << QCoreApplication::translate("sb::ValueValidator", "Not one of the allowed values.");
    }
    return out;
}

} // namespace sb
