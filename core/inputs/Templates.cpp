// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Templates.h"

#include <QRegularExpression>

namespace sb {

bool TemplateString::hasExpressions() const
{
    return std::any_of(parts.begin(), parts.end(), [](const Part& p) { return p.expression; });
}

bool TemplateString::isSingleExpression() const
{
    int expressions = 0;
    for (const Part& p : parts) {
        if (p.expression) {
            ++expressions;
        } else if (!p.text.trimmed().isEmpty()) {
            return false;
        }
    }
    return expressions == 1;
}

namespace {

// The "}}" that ends an expression starting at `from`: braces of jq object
// constructions inside it ({a: {b: 1}}) and string literals are skipped.
qsizetype closingBraces(const QString& text, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('"')) {
                inString = false;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (depth == 0 && i + 1 < text.size() && text[i + 1] == QLatin1Char('}')) {
                return i;
            }
            depth = std::max(0, depth - 1);
        }
    }
    return -1;
}

} // namespace

TemplateString parseTemplate(const QString& text)
{
    TemplateString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
        if (open < 0) {
            out.parts.append({ false, text.mid(pos) });
            break;
        }
        if (open > pos) {
            out.parts.append({ false, text.mid(pos, open - pos) });
        }
        const qsizetype close = closingBraces(text, open + 2);
        if (close < 0) {
            out.error = QStringLiteral("\"{{\" at character %1 is never closed with \"}}\"").arg(open + 1);
            out.parts.append({ false, text.mid(open) });
            break;
        }
        const QString expression = text.mid(open + 2, close - open - 2).trimmed();
        if (expression.isEmpty()) {
            out.error = QStringLiteral("empty expression \"{{ }}\" at character %1").arg(open + 1);
        }
        out.parts.append({ true, expression });
        pos = close + 2;
    }
    return out;
}

namespace {

void collectBody(const ActionDefinition& definition,
                 const JsonNode& node,
                 const QStringList& path,
                 const QString& pointer,
                 QList<TemplateSite>& out)
{
    if (node.isString()) {
        TemplateSite site;
        site.place = TemplateSite::Place::Body;
        site.bodyPath = path;
        site.location = definition.locate(node, pointer);
        site.source = node.string;
        site.parsed = parseTemplate(node.string);
        out.append(site);
    } else if (node.isObject()) {
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            collectBody(definition, node.items[static_cast<std::size_t>(i)],
                        path + QStringList { node.keys[i] }, jsonPointerAppend(pointer, node.keys[i]), out);
        }
    } else if (node.isArray()) {
        for (qsizetype i = 0; i < node.size(); ++i) {
            collectBody(definition, node.items[static_cast<std::size_t>(i)],
                        path + QStringList { QString::number(i) }, jsonPointerAppend(pointer, i), out);
        }
    }
}

} // namespace

QList<TemplateSite> collectTemplates(const ActionDefinition& definition)
{
    QList<TemplateSite> out;
    const InvocationMethod& m = definition.invocation();
    if (!m.present) {
        return out;
    }
    if (const JsonNode* url = m.node.find(u"url"); url && url->isString()) {
        TemplateSite site;
        site.place = TemplateSite::Place::Url;
        site.location = m.urlLocation;
        site.source = url->string;
        site.parsed = parseTemplate(url->string);
        out.append(site);
    }
    if (m.headers.isObject()) {
        for (qsizetype i = 0; i < m.headers.keys.size(); ++i) {
            const JsonNode& value = m.headers.items[static_cast<std::size_t>(i)];
            if (!value.isString()) {
                continue;
            }
            TemplateSite site;
            site.place = TemplateSite::Place::Header;
            site.header = m.headers.keys[i];
            site.location
                = definition.locate(value, jsonPointerAppend(m.headersLocation.pointer, site.header));
            site.source = value.string;
            site.parsed = parseTemplate(value.string);
            out.append(site);
        }
    }
    if (m.hasBody) {
        collectBody(definition, m.body, {}, m.bodyLocation.pointer, out);
    }
    return out;
}

InputReferences referencedInputs(const QString& expression)
{
    InputReferences refs;
    static const QRegularExpression inputs(QStringLiteral("\\.inputs\\b"));
    static const QRegularExpression member(
        QStringLiteral("^\\s*(?:\\|\\s*)?(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)|\\.?\\s*\\[\\s*\"((?:[^\"\\\\]|"
                       "\\\\.)*)\"\\s*\\]|"
                       "\\.\\s*\"((?:[^\"\\\\]|\\\\.)*)\")"));
    auto it = inputs.globalMatch(expression);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString rest = expression.mid(match.capturedEnd());
        const auto m = member.match(rest);
        if (m.hasMatch()) {
            for (int group = 1; group <= 3; ++group) {
                if (!m.captured(group).isNull() && !m.captured(group).isEmpty()) {
                    refs.names << m.captured(group);
                }
            }
        } else {
            refs.all = true;
        }
    }
    refs.names.removeDuplicates();
    return refs;
}

} // namespace sb
