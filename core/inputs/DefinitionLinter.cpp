// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefinitionLinter.h"

#include "common/JsonText.h"
#include "crypto/RsaKey.h"
#include "inputs/FormSession.h"
#include "inputs/JqEngine.h"
#include "inputs/Templates.h"
#include "inputs/ValueValidator.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace sb {

namespace {

const QStringList KnownFormats = {
    QStringLiteral("multi-line"), QStringLiteral("url"),        QStringLiteral("email"),
    QStringLiteral("date-time"),  QStringLiteral("yaml"),       QStringLiteral("markdown"),
    QStringLiteral("entity"),     QStringLiteral("user"),       QStringLiteral("team"),
    QStringLiteral("ipv4"),       QStringLiteral("ipv6"),       QStringLiteral("timer"),
    QStringLiteral("proto"),      QStringLiteral("blueprints"), QStringLiteral("algolia"),
};

const QStringList KnownInvocationTypes = {
    QStringLiteral("WEBHOOK"),       QStringLiteral("GITHUB"), QStringLiteral("GITLAB"),
    QStringLiteral("AZURE_DEVOPS"),  QStringLiteral("KAFKA"),  QStringLiteral("INTEGRATION_ACTION"),
    QStringLiteral("UPSERT_ENTITY"),
};

class Collector
{
public:
    explicit Collector(QList<LintProblem>& out)
        : m_out(out)
    { }
    void add(const QString& rule,
             Severity severity,
             const SourceLocation& location,
             const QString& message,
             const QString& fix,
             const QString& input = {})
    {
        m_out.append(LintProblem { rule, severity, message, fix, location, input });
    }

private:
    QList<LintProblem>& m_out;
};

void checkNames(const ActionDefinition& d,
                const QStringList& names,
                const QList<SourceLocation>& locations,
                const QString& listName,
                const QString& rulePrefix,
                bool titlesAllowed,
                Collector& c,
                QSet<QString>* seenAcrossLists = nullptr)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString& name = names[i];
        const SourceLocation where = i < locations.size() ? locations[i] : SourceLocation {};
        const bool known = d.input(name) || (titlesAllowed && d.titleEntry(name));
        if (!known) {
            c.add(rulePrefix + QStringLiteral("-unknown"), Severity::Error, where,
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "%1 names \"%2\", which is not an input%3.")
                      .arg(listName, name,
                           titlesAllowed ? QCoreApplication::translate("sb::DefinitionLinter", " or a title")
                                         : QString()),
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "Use the name of an input under properties, or remove it."),
                  name);
        }
        if (seen.contains(name) || (seenAcrossLists && seenAcrossLists->contains(name))) {
            c.add(rulePrefix + QStringLiteral("-duplicate"), Severity::Warning, where,
                  QCoreApplication::translate("sb::DefinitionLinter", "%1 names \"%2\" more than once.")
                      .arg(listName, name),
                  QCoreApplication::translate("sb::DefinitionLinter", "Remove the second \"%1\".").arg(name),
                  name);
        }
        seen.insert(name);
    }
    if (seenAcrossLists) {
        seenAcrossLists->unite(seen);
    }
}

void lintInput(const ActionDefinition& d, const InputDefinition& in, Collector& c)
{
    const QString& name = in.name;
    if (!in.node.isObject()) {
        c.add(QStringLiteral("input-not-object"), Severity::Error, in.location,
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Input \"%1\" must be a JSON object with a \"type\".")
                  .arg(name),
              QStringLiteral("Write it as {\"type\": \"string\", \"title\": \"...\"}."), name);
        return;
    }
    if (in.type == InputType::Missing) {
        c.add(QStringLiteral("type-missing"), Severity::Error, in.nameLocation,
              QCoreApplication::translate("sb::DefinitionLinter", "Input \"%1\" has no \"type\".").arg(name),
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Add \"type\": one of string, number, boolean, object, array."),
              name);
    } else if (in.type == InputType::Unknown) {
        c.add(QStringLiteral("type-unknown"), Severity::Error, in.typeLocation,
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Input \"%1\" has type \"%2\", which Port does not know.")
                  .arg(name, in.typeText),
              QCoreApplication::translate(
                  "sb::DefinitionLinter",
                  "Use string, number, boolean, object or array (a secret is a string with \"encryption\")."),
              name);
    }
    if (!in.format.isEmpty() && !KnownFormats.contains(in.format)) {
        c.add(QStringLiteral("format-unknown"), Severity::Warning, in.formatLocation,
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Input \"%1\" has format \"%2\", which Port does not document.")
                  .arg(name, in.format),
              QCoreApplication::translate("sb::DefinitionLinter", "Use one of: %1.")
                  .arg(KnownFormats.mid(0, 9).join(QStringLiteral(", "))),
              name);
    }
    if (in.format == QLatin1String("entity") && in.blueprint.isEmpty()) {
        c.add(QStringLiteral("entity-blueprint"), Severity::Error, in.formatLocation,
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Input \"%1\" has format \"entity\" but no \"blueprint\".")
                  .arg(name),
              QCoreApplication::translate(
                  "sb::DefinitionLinter",
                  "Add \"blueprint\": the identifier of the blueprint to pick entities from."),
              name);
    }

    // Secrets.
    if (in.encryption != EncryptionKind::None) {
        if (in.encryption == EncryptionKind::Invalid) {
            c.add(
                QStringLiteral("encryption-unknown"), Severity::Error, in.encryptionLocation,
                QCoreApplication::translate(
                    "sb::DefinitionLinter",
                    "Input \"%1\" has encryption %2, which is neither \"aes256-gcm\" nor a client-side key.")
                    .arg(name,
                         in.encryptionText.isEmpty() ? QStringLiteral("(empty)")
                                                     : QStringLiteral("\"%1\"").arg(in.encryptionText)),
                QStringLiteral("Use \"aes256-gcm\", or {\"algorithm\": \"client-side\", \"key\": "
                               "\"-----BEGIN PUBLIC KEY-----...\"}."),
                name);
        }
        if (in.type != InputType::String && in.type != InputType::Object && in.type != InputType::Missing
            && in.type != InputType::Unknown) {
            c.add(QStringLiteral("encryption-type"), Severity::Error, in.encryptionLocation,
                  QCoreApplication::translate(
                      "sb::DefinitionLinter",
                      "Input \"%1\" is a %2 with encryption; only string and object inputs can be secret.")
                      .arg(name, inputTypeName(in.type)),
                  QCoreApplication::translate(
                      "sb::DefinitionLinter",
                      "Change the type to string (or object), or remove \"encryption\"."),
                  name);
        }
        if (!in.format.isEmpty() && !in.isMultiLine()) {
            c.add(QStringLiteral("secret-format"), Severity::Error, in.formatLocation,
                  QCoreApplication::translate(
                      "sb::DefinitionLinter",
                      "Secret input \"%1\" has format \"%2\"; secrets only support \"multi-line\".")
                      .arg(name, in.format),
                  QCoreApplication::translate(
                      "sb::DefinitionLinter",
                      "Remove \"format\" (single-line, masked) or use \"multi-line\" (unmasked text area)."),
                  name);
        }
        if (in.isMultiLine() && in.type == InputType::Object) {
            c.add(
                QStringLiteral("secret-format"), Severity::Error, in.formatLocation,
                QCoreApplication::translate(
                    "sb::DefinitionLinter",
                    "Secret input \"%1\" is an object with format \"multi-line\"; multi-line is for strings.")
                    .arg(name),
                QCoreApplication::translate("sb::DefinitionLinter",
                                            "Remove \"format\", or change the type to string."),
                name);
        }
        if (!in.defaultValue.isAbsent()) {
            c.add(
                QStringLiteral("secret-default"), Severity::Error, in.defaultValue.location,
                QCoreApplication::translate(
                    "sb::DefinitionLinter",
                    "Secret input \"%1\" has a default: it would be stored in plain text in the definition.")
                    .arg(name),
                QCoreApplication::translate("sb::DefinitionLinter",
                                            "Remove \"default\"; let each run provide the secret."),
                name);
        }
        if (in.encryption == EncryptionKind::ClientSide) {
            if (in.clientKeyPem.isEmpty()) {
                c.add(QStringLiteral("client-key-unreadable"), Severity::Error, in.clientKeyLocation,
                      QCoreApplication::translate("sb::DefinitionLinter",
                                                  "Client-side input \"%1\" has no \"key\".")
                          .arg(name),
                      QCoreApplication::translate(
                          "sb::DefinitionLinter",
                          "Add \"key\": your RSA public key in PEM (openssl rsa -pubout)."),
                      name);
            } else if (auto key = RsaPublicKey::fromPem(in.clientKeyPem.toUtf8()); !key) {
                c.add(QStringLiteral("client-key-unreadable"), Severity::Error, in.clientKeyLocation,
                      QCoreApplication::translate(
                          "sb::DefinitionLinter",
                          "The key of client-side input \"%1\" is not a readable RSA public key: %2")
                          .arg(name, key.error().message),
                      QCoreApplication::translate(
                          "sb::DefinitionLinter",
                          "Paste the whole PEM, \\n line breaks included, from -----BEGIN PUBLIC KEY----- "
                          "to -----END PUBLIC KEY-----."),
                      name);
            } else if (key->bits() < MinimumRsaBits) {
                c.add(
                    QStringLiteral("client-key-too-small"), Severity::Error, in.clientKeyLocation,
                    QCoreApplication::translate(
                        "sb::DefinitionLinter",
                        "The key of client-side input \"%1\" has %2 bits; at least %3 are required.")
                        .arg(name)
                        .arg(key->bits())
                        .arg(MinimumRsaBits),
                    QCoreApplication::translate(
                        "sb::DefinitionLinter",
                        "Generate a new pair: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072."),
                    name);
            }
        }
    }
    if (in.itemsEncrypted) {
        c.add(QStringLiteral("encryption-type"), Severity::Error, in.itemsLocation,
              QCoreApplication::translate(
                  "sb::DefinitionLinter",
                  "Array input \"%1\" encrypts its items; only string and object inputs can be secret.")
                  .arg(name),
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Use one object secret holding the list instead."),
              name);
    }
    if (in.type == InputType::Array && in.hasItems && in.itemsType == InputType::Unknown) {
        c.add(QStringLiteral("items-type"), Severity::Error, in.itemsLocation,
              QCoreApplication::translate(
                  "sb::DefinitionLinter",
                  "Array input \"%1\" has items of type \"%2\", which Port does not know.")
                  .arg(name, in.itemsTypeText),
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Use string, number, boolean or object for items.type."),
              name);
    }

    // Constraints.
    if (in.minLength && in.maxLength && *in.minLength > *in.maxLength) {
        c.add(QStringLiteral("range-empty"), Severity::Error, in.minLengthLocation,
              QCoreApplication::translate(
                  "sb::DefinitionLinter",
                  "Input \"%1\" has minLength %2 above maxLength %3: no value can be valid.")
                  .arg(name)
                  .arg(*in.minLength)
                  .arg(*in.maxLength),
              QCoreApplication::translate("sb::DefinitionLinter", "Make minLength at most maxLength."), name);
    }
    if (in.minimum && in.maximum && *in.minimum > *in.maximum) {
        c.add(QStringLiteral("range-empty"), Severity::Error, in.minimumLocation,
              QCoreApplication::translate(
                  "sb::DefinitionLinter",
                  "Input \"%1\" has minimum %2 above maximum %3: no value can be valid.")
                  .arg(name)
                  .arg(*in.minimum)
                  .arg(*in.maximum),
              QCoreApplication::translate("sb::DefinitionLinter", "Make minimum at most maximum."), name);
    }
    if (in.patternLocation.isValid()) {
        const QRegularExpression re = ValueValidator::compilePattern(in.pattern);
        if (in.pattern.isEmpty() && !in.node.find(u"pattern")->isString()) {
            c.add(QStringLiteral("pattern-invalid"), Severity::Error, in.patternLocation,
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "The pattern of input \"%1\" is not a string.")
                      .arg(name),
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "Write the regular expression as a JSON string."),
                  name);
        } else if (!re.isValid()) {
            c.add(QStringLiteral("pattern-invalid"), Severity::Error, in.patternLocation,
                  QCoreApplication::translate(
                      "sb::DefinitionLinter",
                      "The pattern of input \"%1\" is not a valid regular expression: %2 (at character %3).")
                      .arg(name, re.errorString())
                      .arg(re.patternErrorOffset() + 1),
                  QCoreApplication::translate(
                      "sb::DefinitionLinter",
                      "Fix the expression; remember that a backslash is written \\\\ in JSON."),
                  name);
        }
    }
    if (in.enumValues.isLiteral()) {
        if (!in.enumValues.literal.isArray()) {
            c.add(
                QStringLiteral("enum-invalid"), Severity::Error, in.enumValues.location,
                QCoreApplication::translate("sb::DefinitionLinter", "The enum of input \"%1\" is not a list.")
                    .arg(name),
                QStringLiteral("Write enum as a JSON array of allowed values, or {\"jqQuery\": \"...\"}."),
                name);
        } else {
            for (const JsonNode& value : in.enumValues.literal.items) {
                const bool fits = (in.type == InputType::String && value.isString())
                    || (in.type == InputType::Number && value.isNumber()) || in.type == InputType::Array
                    || in.type == InputType::Missing || in.type == InputType::Unknown
                    || (in.type == InputType::Boolean && value.isBool());
                if (!fits) {
                    c.add(QStringLiteral("enum-invalid"), Severity::Error, in.enumValues.location,
                          QCoreApplication::translate("sb::DefinitionLinter",
                                                      "The enum of %1 input \"%2\" holds a %3.")
                              .arg(inputTypeName(in.type), name, value.kindName()),
                          QCoreApplication::translate("sb::DefinitionLinter", "Make every enum value a %1.")
                              .arg(inputTypeName(in.type)),
                          name);
                    break;
                }
            }
        }
    }
    if (in.enumColors.isObject()) {
        QStringList allowed;
        if (in.enumValues.isLiteral() && in.enumValues.literal.isArray()) {
            for (const JsonNode& v : in.enumValues.literal.items) {
                allowed << (v.isString() ? v.string : QString::fromUtf8(JsonText::serialize(v)));
            }
            for (const QString& key : in.enumColors.keys) {
                if (!allowed.contains(key)) {
                    c.add(QStringLiteral("enum-colors"), Severity::Warning, in.enumColorsLocation,
                          QCoreApplication::translate(
                              "sb::DefinitionLinter",
                              "enumColors of input \"%1\" names \"%2\", which is not in its enum.")
                              .arg(name, key),
                          QCoreApplication::translate("sb::DefinitionLinter",
                                                      "Remove \"%1\" from enumColors or add it to enum.")
                              .arg(key),
                          name);
                }
            }
        }
    }

    // A literal default must satisfy its own constraints.
    if (in.defaultValue.isLiteral() && !in.isSecret() && in.type != InputType::Unknown
        && in.type != InputType::Missing) {
        ValueValidator::Context context;
        if (in.enumValues.isLiteral()) {
            context.enumValues = in.enumValues.literal;
        }
        const QStringList messages = ValueValidator::validate(in, in.defaultValue.literal, context);
        if (!messages.isEmpty()) {
            c.add(QStringLiteral("default-invalid"), Severity::Error, in.defaultValue.location,
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "The default of input \"%1\" breaks its own rules: %2")
                      .arg(name, messages.join(QLatin1Char(' '))),
                  QCoreApplication::translate(
                      "sb::DefinitionLinter",
                      "Change the default so it passes the input's type, enum, length, pattern and range."),
                  name);
        }
    }
    for (const QString& dependency : in.dependsOn) {
        if (!d.input(dependency)) {
            c.add(QStringLiteral("depends-unknown"), Severity::Error, in.dependsOnLocation,
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "Input \"%1\" depends on \"%2\", which is not an input.")
                      .arg(name, dependency),
                  QCoreApplication::translate("sb::DefinitionLinter", "List input names in dependsOn."),
                  name);
        }
    }
}

void lintJq(const ActionDefinition& d, const QList<TemplateSite>& sites, Collector& c)
{
    struct Query
    {
        QString program;
        SourceLocation location;
        QString input;
        QString what;
    };
    QList<Query> queries;
    auto addDynamic = [&](const DynamicValue& v, const QString& input, const QString& field) {
        if (v.isJq()) {
            queries.append({ v.query, v.queryLocation, input, QStringLiteral("\"%1\"").arg(field) });
        }
    };
    addDynamic(d.required(), QString(), QStringLiteral("required"));
    for (const InputDefinition& in : d.inputs()) {
        addDynamic(in.defaultValue, in.name, QStringLiteral("default"));
        addDynamic(in.enumValues, in.name, QStringLiteral("enum"));
        addDynamic(in.visible, in.name, QStringLiteral("visible"));
        addDynamic(in.required, in.name, QStringLiteral("required"));
        addDynamic(in.disabled, in.name, QStringLiteral("disabled"));
    }
    for (const TemplateSite& site : sites) {
        for (const TemplateString::Part& part : site.parsed.parts) {
            if (part.expression && !part.text.isEmpty()) {
                queries.append({ part.text, site.location, QString(),
                                 QStringLiteral("template {{ %1 }}").arg(part.text) });
            }
        }
    }
    // Compiled as the definition's whole set, the one the form and the request run later.
    const QList<JqOutcome> compiled = JqEngine::instance().check(d.jqPrograms());
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const int index = d.jqProgramIndex(queries[i].program);
        if (index < 0 || index >= compiled.size()) {
            continue;
        }
        const JqOutcome& outcome = compiled[index];
        if (outcome.isError()) {
            c.add(QStringLiteral("jq-syntax"), Severity::Error, queries[i].location,
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "The jq expression of %1%2 does not compile: %3")
                      .arg(queries[i].what,
                           queries[i].input.isEmpty()
                               ? QString()
                               : QCoreApplication::translate("sb::DefinitionLinter", " (input \"%1\")")
                                     .arg(queries[i].input),
                           outcome.message),
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "Fix the jq syntax (try it with: jq -n '<expression>')."),
                  queries[i].input);
        }
    }
}

void lintInvocation(const ActionDefinition& d, const QList<TemplateSite>& sites, Collector& c)
{
    const InvocationMethod& m = d.invocation();
    if (!m.present) {
        return;
    }
    if (!m.node.isObject()) {
        c.add(QStringLiteral("invocation-invalid"), Severity::Error, m.location,
              QCoreApplication::translate("sb::DefinitionLinter", "invocationMethod must be an object."),
              QStringLiteral("Write {\"type\": \"WEBHOOK\", \"url\": \"...\"}."));
        return;
    }
    if (m.type.isEmpty()) {
        c.add(QStringLiteral("invocation-invalid"), Severity::Error, m.location,
              QCoreApplication::translate("sb::DefinitionLinter", "invocationMethod has no \"type\"."),
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "Add \"type\": \"WEBHOOK\" (or GITHUB, GITLAB, KAFKA, ...)."));
    } else if (!KnownInvocationTypes.contains(m.type)) {
        c.add(QStringLiteral("invocation-invalid"), Severity::Warning, m.typeLocation,
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "invocationMethod type \"%1\" is not one Port documents.")
                  .arg(m.type),
              QCoreApplication::translate("sb::DefinitionLinter", "Use one of: %1.")
                  .arg(KnownInvocationTypes.join(QStringLiteral(", "))));
    }
    if (m.isGitHubOcean()) {
        for (const InputDefinition& in : d.inputs()) {
            if (in.isSecret()) {
                c.add(
                    QStringLiteral("secret-github-ocean"), Severity::Error, in.encryptionLocation,
                    QCoreApplication::translate(
                        "sb::DefinitionLinter",
                        "Secret input \"%1\" cannot be used: secret inputs are not supported with the GitHub "
                        "Ocean invocation method.")
                        .arg(in.name),
                    QCoreApplication::translate(
                        "sb::DefinitionLinter",
                        "Use a WEBHOOK (or the GitHub app) invocation, or drop the encryption."),
                    in.name);
            }
        }
    }
    if (m.isWebhook()) {
        if (m.url.isEmpty()) {
            c.add(QStringLiteral("webhook-url"), Severity::Error, m.location,
                  QCoreApplication::translate("sb::DefinitionLinter", "The WEBHOOK has no \"url\"."),
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "Add \"url\": \"https://your-backend.example.com/hook\"."));
        } else if (!parseTemplate(m.url).hasExpressions()) {
            const QUrl url(m.url, QUrl::StrictMode);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                || url.host().isEmpty()) {
                c.add(QStringLiteral("webhook-url"), Severity::Error, m.urlLocation,
                      QCoreApplication::translate("sb::DefinitionLinter",
                                                  "The WEBHOOK url \"%1\" is not an http(s) URL.")
                          .arg(m.url),
                      QCoreApplication::translate(
                          "sb::DefinitionLinter",
                          "Use a full URL such as https://your-backend.example.com/hook."));
            } else if (url.scheme() == QLatin1String("http") && d.hasSecrets()
                       && url.host() != QLatin1String("localhost")
                       && !url.host().startsWith(QLatin1String("127."))
                       && url.host() != QLatin1String("::1")) {
                c.add(QStringLiteral("webhook-url"), Severity::Warning, m.urlLocation,
                      QCoreApplication::translate(
                          "sb::DefinitionLinter",
                          "The WEBHOOK url uses plain http while the form has secrets: the envelopes and "
                          "everything else travel unprotected by TLS."),
                      QCoreApplication::translate("sb::DefinitionLinter",
                                                  "Use https for anything but a local test backend."));
            }
        }
        static const QStringList methods
            = { QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                QStringLiteral("DELETE"), QStringLiteral("GET") };
        if (!m.method.isEmpty() && !methods.contains(m.method)) {
            c.add(QStringLiteral("webhook-method"), Severity::Warning, m.methodLocation,
                  QCoreApplication::translate("sb::DefinitionLinter",
                                              "The WEBHOOK method \"%1\" is not one Port sends.")
                      .arg(m.method),
                  QStringLiteral("Use POST, PUT, PATCH, DELETE or GET."));
        }
    }
    for (const TemplateSite& site : sites) {
        if (!site.parsed.error.isEmpty()) {
            c.add(QStringLiteral("template-syntax"), Severity::Error, site.location,
                  QCoreApplication::translate("sb::DefinitionLinter", "Template \"%1\": %2.")
                      .arg(site.source.left(80), site.parsed.error),
                  QStringLiteral("Close every \"{{\" with \"}}\" and put a jq expression between them."));
        }
        if (site.place == TemplateSite::Place::Body) {
            continue;
        }
        const QString where = site.place == TemplateSite::Place::Url
            ? QCoreApplication::translate("sb::DefinitionLinter", "the URL")
            : QCoreApplication::translate("sb::DefinitionLinter", "header \"%1\"").arg(site.header);
        for (const TemplateString::Part& part : site.parsed.parts) {
            if (!part.expression) {
                continue;
            }
            const InputReferences refs = referencedInputs(part.text);
            QStringList secrets;
            for (const InputDefinition& in : d.inputs()) {
                if (in.isSecret() && (refs.all || refs.names.contains(in.name))) {
                    secrets << in.name;
                }
            }
            if (!secrets.isEmpty()) {
                c.add(site.place == TemplateSite::Place::Url ? QStringLiteral("secret-in-url")
                                                             : QStringLiteral("secret-in-header"),
                      Severity::Error, site.location,
                      QCoreApplication::translate(
                          "sb::DefinitionLinter",
                          "%1 uses secret input%2 %3: URLs and headers are logged by proxies and servers and "
                          "travel outside the body.")
                          .arg(where.at(0).toUpper() + where.mid(1),
                               secrets.size() > 1 ? QStringLiteral("s") : QString(),
                               secrets.join(QStringLiteral(", "))),
                      QStringLiteral(
                          "Move the secret into the body (\"body\": {\"%1\": \"{{ .inputs.%1 }}\"}).")
                          .arg(secrets.first()),
                      secrets.first());
            }
        }
    }
}

} // namespace

QList<LintProblem> DefinitionLinter::lint(const ActionDefinition& d)
{
    QList<LintProblem> problems;
    Collector c(problems);
    if (d.inputs().isEmpty()) {
        c.add(QStringLiteral("no-inputs"), Severity::Info,
              d.propertiesLocation().isValid() ? d.propertiesLocation() : d.locate(d.root(), QString()),
              QCoreApplication::translate("sb::DefinitionLinter",
                                          "The definition has no user inputs: the form is empty."),
              QCoreApplication::translate("sb::DefinitionLinter", "Add inputs under %1.")
                  .arg(d.propertiesPointer().isEmpty() ? QStringLiteral("userInputs.properties")
                                                       : d.propertiesPointer()));
    }
    for (const InputDefinition& in : d.inputs()) {
        lintInput(d, in, c);
    }
    checkNames(d, d.order(), d.orderLocations(), QStringLiteral("order"), QStringLiteral("order"), true, c);
    if (d.required().isLiteral()) {
        if (!d.required().literal.isArray()) {
            c.add(
                QStringLiteral("required-unknown"), Severity::Error, d.required().location,
                QStringLiteral("\"required\" must be a list of input names or {\"jqQuery\": ...}."),
                QCoreApplication::translate("sb::DefinitionLinter", "Write \"required\": [\"name\", ...]."));
        } else {
            QStringList names;
            for (const JsonNode& n : d.required().literal.items) {
                names << n.string;
            }
            checkNames(d, names, d.requiredLocations(), QStringLiteral("required"),
                       QStringLiteral("required"), false, c);
        }
    }
    if (!d.steps().isEmpty()) {
        QSet<QString> inSteps;
        for (qsizetype i = 0; i < d.steps().size(); ++i) {
            const StepDefinition& step = d.steps()[i];
            const QString label
                = QStringLiteral("step %1%2")
                      .arg(i + 1)
                      .arg(step.title.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(step.title));
            if (step.order.isEmpty()) {
                c.add(QStringLiteral("steps-empty"), Severity::Warning, step.location,
                      QCoreApplication::translate("sb::DefinitionLinter", "%1 shows nothing.")
                          .arg(label.at(0).toUpper() + label.mid(1)),
                      QCoreApplication::translate(
                          "sb::DefinitionLinter",
                          "Give the step an \"order\" listing its inputs, or remove it."));
            }
            checkNames(d, step.order, step.orderLocations, label.at(0).toUpper() + label.mid(1),
                       QStringLiteral("steps"), true, c, &inSteps);
        }
        for (const InputDefinition& in : d.inputs()) {
            if (!inSteps.contains(in.name)) {
                c.add(QStringLiteral("steps-missing-input"), Severity::Error, in.nameLocation,
                      QCoreApplication::translate("sb::DefinitionLinter",
                                                  "Input \"%1\" is in no step, so the form never shows it.")
                          .arg(in.name),
                      QCoreApplication::translate("sb::DefinitionLinter",
                                                  "Add \"%1\" to the order of one step.")
                          .arg(in.name),
                      in.name);
            }
        }
    }
    const QList<TemplateSite> sites = collectTemplates(d);
    lintInvocation(d, sites, c);
    lintJq(d, sites, c);
    return problems;
}

DefinitionLinter::Outcome DefinitionLinter::lintText(QByteArrayView text, bool evaluateJq)
{
    Outcome outcome;
    auto definition = ActionDefinition::parse(text);
    if (!definition) {
        const Error& e = definition.error();
        LintProblem p;
        p.rule = e.kind == ErrorKind::InvalidJson ? QStringLiteral("json-syntax")
                                                  : QStringLiteral("definition-shape");
        p.severity = Severity::Error;
        p.message = e.message;
        p.fix = e.kind == ErrorKind::InvalidJson
            ? QCoreApplication::translate("sb::DefinitionLinter", "Fix the JSON at the position shown.")
            : QCoreApplication::translate("sb::DefinitionLinter",
                                          "Paste an action, its userInputs, or its properties object.");
        if (e.position >= 0) {
            const LineIndex lines(text);
            p.location.offset = e.position;
            p.location.line = lines.line(e.position);
            p.location.column = lines.column(e.position);
        }
        outcome.problems.append(p);
        return outcome;
    }
    auto shared = std::make_shared<const ActionDefinition>(std::move(*definition));
    outcome.problems = lint(*shared);
    if (evaluateJq && !hasErrors(outcome.problems)) {
        FormSession session;
        session.setDefinition(shared);
        outcome.problems += session.jqProblems();
    }
    std::stable_sort(
        outcome.problems.begin(), outcome.problems.end(),
        [](const LintProblem& a, const LintProblem& b) { return a.location.offset < b.location.offset; });
    outcome.definition = shared;
    return outcome;
}

QList<QPair<QString, QString>> DefinitionLinter::rules()
{
    return {
        { QStringLiteral("json-syntax"),
          QCoreApplication::translate("sb::DefinitionLinter", "the text is not valid JSON") },
        { QStringLiteral("definition-shape"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "the JSON is not an action, userInputs or properties object") },
        { QStringLiteral("no-inputs"),
          QCoreApplication::translate("sb::DefinitionLinter", "the form has no inputs (info)") },
        { QStringLiteral("input-not-object"),
          QCoreApplication::translate("sb::DefinitionLinter", "an input is not a JSON object") },
        { QStringLiteral("type-missing"),
          QCoreApplication::translate("sb::DefinitionLinter", "an input has no type") },
        { QStringLiteral("type-unknown"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "an input's type is not string/number/boolean/object/array") },
        { QStringLiteral("format-unknown"),
          QCoreApplication::translate("sb::DefinitionLinter", "an undocumented format (warning)") },
        { QStringLiteral("entity-blueprint"),
          QCoreApplication::translate("sb::DefinitionLinter", "format entity without a blueprint") },
        { QStringLiteral("secret-format"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "a secret with a format other than multi-line") },
        { QStringLiteral("encryption-type"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "encryption on a type other than string/object") },
        { QStringLiteral("encryption-unknown"),
          QCoreApplication::translate("sb::DefinitionLinter", "an encryption value that is neither form") },
        { QStringLiteral("client-key-unreadable"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "a client-side key that is not a readable RSA public key") },
        { QStringLiteral("client-key-too-small"),
          QCoreApplication::translate("sb::DefinitionLinter", "a client-side key under 2048 bits") },
        { QStringLiteral("secret-default"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "a secret with a default (stored in plain text)") },
        { QStringLiteral("order-unknown / order-duplicate"),
          QCoreApplication::translate("sb::DefinitionLinter", "order names an unknown input, or one twice") },
        { QStringLiteral("required-unknown / required-duplicate"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "required names an unknown input, or one twice") },
        { QStringLiteral("steps-unknown / steps-duplicate"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "a step names an unknown input, or one twice") },
        { QStringLiteral("steps-missing-input"),
          QCoreApplication::translate("sb::DefinitionLinter", "an input in no step when steps exist") },
        { QStringLiteral("steps-empty"),
          QCoreApplication::translate("sb::DefinitionLinter", "a step without inputs (warning)") },
        { QStringLiteral("pattern-invalid"),
          QCoreApplication::translate("sb::DefinitionLinter", "an invalid regular expression in pattern") },
        { QStringLiteral("default-invalid"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "a default that violates its own constraints") },
        { QStringLiteral("range-empty"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "minimum above maximum, minLength above maxLength") },
        { QStringLiteral("enum-invalid / enum-colors"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "enum not a list of the input's type; enumColors for unknown values") },
        { QStringLiteral("items-type"),
          QCoreApplication::translate("sb::DefinitionLinter", "an array's items have an unknown type") },
        { QStringLiteral("depends-unknown"),
          QCoreApplication::translate("sb::DefinitionLinter", "dependsOn names an unknown input") },
        { QStringLiteral("jq-syntax"), QStringLiteral("a jqQuery or {{ }} template that does not compile") },
        { QStringLiteral("jq-runtime / jq-timeout"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "a jq expression fails or runs away with the sample data (warning)") },
        { QStringLiteral("secret-in-url / secret-in-header"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "a secret referenced in the invocation URL or headers") },
        { QStringLiteral("secret-github-ocean"),
          QCoreApplication::translate("sb::DefinitionLinter",
                                      "secrets with the GitHub Ocean invocation method") },
        { QStringLiteral("invocation-invalid / webhook-url / webhook-method"),
          QCoreApplication::translate("sb::DefinitionLinter", "invocation method problems") },
        { QStringLiteral("template-syntax"), QStringLiteral("an unclosed or empty {{ }} template") },
    };
}

} // namespace sb
