#include "DefinitionLinter.h"

#include "common/JsonText.h"
#include "crypto/RsaKey.h"
#include "inputs/FormSession.h"
#include "inputs/JqEngine.h"
#include "inputs/Templates.h"
#include "inputs/ValueValidator.h"

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
                  QStringLiteral("%1 names \"%2\", which is not an input%3.")
                      .arg(listName, name, titlesAllowed ? QStringLiteral(" or a title") : QString()),
                  QStringLiteral("Use the name of an input under properties, or remove it."), name);
        }
        if (seen.contains(name) || (seenAcrossLists && seenAcrossLists->contains(name))) {
            c.add(rulePrefix + QStringLiteral("-duplicate"), Severity::Warning, where,
                  QStringLiteral("%1 names \"%2\" more than once.").arg(listName, name),
                  QStringLiteral("Remove the second \"%1\".").arg(name), name);
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
              QStringLiteral("Input \"%1\" must be a JSON object with a \"type\".").arg(name),
              QStringLiteral("Write it as {\"type\": \"string\", \"title\": \"...\"}."), name);
        return;
    }
    if (in.type == InputType::Missing) {
        c.add(QStringLiteral("type-missing"), Severity::Error, in.nameLocation,
              QStringLiteral("Input \"%1\" has no \"type\".").arg(name),
              QStringLiteral("Add \"type\": one of string, number, boolean, object, array."), name);
    } else if (in.type == InputType::Unknown) {
        c.add(
            QStringLiteral("type-unknown"), Severity::Error, in.typeLocation,
            QStringLiteral("Input \"%1\" has type \"%2\", which Port does not know.").arg(name, in.typeText),
            QStringLiteral(
                "Use string, number, boolean, object or array (a secret is a string with \"encryption\")."),
            name);
    }
    if (!in.format.isEmpty() && !KnownFormats.contains(in.format)) {
        c.add(QStringLiteral("format-unknown"), Severity::Warning, in.formatLocation,
              QStringLiteral("Input \"%1\" has format \"%2\", which Port does not document.")
                  .arg(name, in.format),
              QStringLiteral("Use one of: %1.").arg(KnownFormats.mid(0, 9).join(QStringLiteral(", "))), name);
    }
    if (in.format == QLatin1String("entity") && in.blueprint.isEmpty()) {
        c.add(QStringLiteral("entity-blueprint"), Severity::Error, in.formatLocation,
              QStringLiteral("Input \"%1\" has format \"entity\" but no \"blueprint\".").arg(name),
              QStringLiteral("Add \"blueprint\": the identifier of the blueprint to pick entities from."),
              name);
    }

    // Secrets.
    if (in.encryption != EncryptionKind::None) {
        if (in.encryption == EncryptionKind::Invalid) {
            c.add(
                QStringLiteral("encryption-unknown"), Severity::Error, in.encryptionLocation,
                QStringLiteral(
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
                  QStringLiteral(
                      "Input \"%1\" is a %2 with encryption; only string and object inputs can be secret.")
                      .arg(name, inputTypeName(in.type)),
                  QStringLiteral("Change the type to string (or object), or remove \"encryption\"."), name);
        }
        if (!in.format.isEmpty() && !in.isMultiLine()) {
            c.add(
                QStringLiteral("secret-format"), Severity::Error, in.formatLocation,
                QStringLiteral("Secret input \"%1\" has format \"%2\"; secrets only support \"multi-line\".")
                    .arg(name, in.format),
                QStringLiteral(
                    "Remove \"format\" (single-line, masked) or use \"multi-line\" (unmasked text area)."),
                name);
        }
        if (in.isMultiLine() && in.type == InputType::Object) {
            c.add(
                QStringLiteral("secret-format"), Severity::Error, in.formatLocation,
                QStringLiteral(
                    "Secret input \"%1\" is an object with format \"multi-line\"; multi-line is for strings.")
                    .arg(name),
                QStringLiteral("Remove \"format\", or change the type to string."), name);
        }
        if (!in.defaultValue.isAbsent()) {
            c.add(
                QStringLiteral("secret-default"), Severity::Error, in.defaultValue.location,
                QStringLiteral(
                    "Secret input \"%1\" has a default: it would be stored in plain text in the definition.")
                    .arg(name),
                QStringLiteral("Remove \"default\"; let each run provide the secret."), name);
        }
        if (in.encryption == EncryptionKind::ClientSide) {
            if (in.clientKeyPem.isEmpty()) {
                c.add(QStringLiteral("client-key-unreadable"), Severity::Error, in.clientKeyLocation,
                      QStringLiteral("Client-side input \"%1\" has no \"key\".").arg(name),
                      QStringLiteral("Add \"key\": your RSA public key in PEM (openssl rsa -pubout)."), name);
            } else if (auto key = RsaPublicKey::fromPem(in.clientKeyPem.toUtf8()); !key) {
                c.add(
                    QStringLiteral("client-key-unreadable"), Severity::Error, in.clientKeyLocation,
                    QStringLiteral("The key of client-side input \"%1\" is not a readable RSA public key: %2")
                        .arg(name, key.error().message),
                    QStringLiteral(
                        "Paste the whole PEM, \\n line breaks included, from -----BEGIN PUBLIC KEY----- "
                        "to -----END PUBLIC KEY-----."),
                    name);
            } else if (key->bits() < MinimumRsaBits) {
                c.add(
                    QStringLiteral("client-key-too-small"), Severity::Error, in.clientKeyLocation,
                    QStringLiteral(
                        "The key of client-side input \"%1\" has %2 bits; at least %3 are required.")
                        .arg(name)
                        .arg(key->bits())
                        .arg(MinimumRsaBits),
                    QStringLiteral(
                        "Generate a new pair: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072."),
                    name);
            }
        }
    }
    if (in.itemsEncrypted) {
        c.add(QStringLiteral("encryption-type"), Severity::Error, in.itemsLocation,
              QStringLiteral(
                  "Array input \"%1\" encrypts its items; only string and object inputs can be secret.")
                  .arg(name),
              QStringLiteral("Use one object secret holding the list instead."), name);
    }
    if (in.type == InputType::Array && in.hasItems && in.itemsType == InputType::Unknown) {
        c.add(QStringLiteral("items-type"), Severity::Error, in.itemsLocation,
              QStringLiteral("Array input \"%1\" has items of type \"%2\", which Port does not know.")
                  .arg(name, in.itemsTypeText),
              QStringLiteral("Use string, number, boolean or object for items.type."), name);
    }

    // Constraints.
    if (in.minLength && in.maxLength && *in.minLength > *in.maxLength) {
        c.add(QStringLiteral("range-empty"), Severity::Error, in.minLengthLocation,
              QStringLiteral("Input \"%1\" has minLength %2 above maxLength %3: no value can be valid.")
                  .arg(name)
                  .arg(*in.minLength)
                  .arg(*in.maxLength),
              QStringLiteral("Make minLength at most maxLength."), name);
    }
    if (in.minimum && in.maximum && *in.minimum > *in.maximum) {
        c.add(QStringLiteral("range-empty"), Severity::Error, in.minimumLocation,
              QStringLiteral("Input \"%1\" has minimum %2 above maximum %3: no value can be valid.")
                  .arg(name)
                  .arg(*in.minimum)
                  .arg(*in.maximum),
              QStringLiteral("Make minimum at most maximum."), name);
    }
    if (in.patternLocation.isValid()) {
        const QRegularExpression re = ValueValidator::compilePattern(in.pattern);
        if (in.pattern.isEmpty() && !in.node.find(u"pattern")->isString()) {
            c.add(QStringLiteral("pattern-invalid"), Severity::Error, in.patternLocation,
                  QStringLiteral("The pattern of input \"%1\" is not a string.").arg(name),
                  QStringLiteral("Write the regular expression as a JSON string."), name);
        } else if (!re.isValid()) {
            c.add(QStringLiteral("pattern-invalid"), Severity::Error, in.patternLocation,
                  QStringLiteral(
                      "The pattern of input \"%1\" is not a valid regular expression: %2 (at character %3).")
                      .arg(name, re.errorString())
                      .arg(re.patternErrorOffset() + 1),
                  QStringLiteral("Fix the expression; remember that a backslash is written \\\\ in JSON."),
                  name);
        }
    }
    if (in.enumValues.isLiteral()) {
        if (!in.enumValues.literal.isArray()) {
            c.add(QStringLiteral("enum-invalid"), Severity::Error, in.enumValues.location,
                  QStringLiteral("The enum of input \"%1\" is not a list.").arg(name),
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
                          QStringLiteral("The enum of %1 input \"%2\" holds a %3.")
                              .arg(inputTypeName(in.type), name, value.kindName()),
                          QStringLiteral("Make every enum value a %1.").arg(inputTypeName(in.type)), name);
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
                          QStringLiteral("enumColors of input \"%1\" names \"%2\", which is not in its enum.")
                              .arg(name, key),
                          QStringLiteral("Remove \"%1\" from enumColors or add it to enum.").arg(key), name);
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
                  QStringLiteral("The default of input \"%1\" breaks its own rules: %2")
                      .arg(name, messages.join(QLatin1Char(' '))),
                  QStringLiteral(
                      "Change the default so it passes the input's type, enum, length, pattern and range."),
                  name);
        }
    }
    for (const QString& dependency : in.dependsOn) {
        if (!d.input(dependency)) {
            c.add(QStringLiteral("depends-unknown"), Severity::Error, in.dependsOnLocation,
                  QStringLiteral("Input \"%1\" depends on \"%2\", which is not an input.")
                      .arg(name, dependency),
                  QStringLiteral("List input names in dependsOn."), name);
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
                  QStringLiteral("The jq expression of %1%2 does not compile: %3")
                      .arg(queries[i].what,
                           queries[i].input.isEmpty()
                               ? QString()
                               : QStringLiteral(" (input \"%1\")").arg(queries[i].input),
                           outcome.message),
                  QStringLiteral("Fix the jq syntax (try it with: jq -n '<expression>')."), queries[i].input);
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
              QStringLiteral("invocationMethod must be an object."),
              QStringLiteral("Write {\"type\": \"WEBHOOK\", \"url\": \"...\"}."));
        return;
    }
    if (m.type.isEmpty()) {
        c.add(QStringLiteral("invocation-invalid"), Severity::Error, m.location,
              QStringLiteral("invocationMethod has no \"type\"."),
              QStringLiteral("Add \"type\": \"WEBHOOK\" (or GITHUB, GITLAB, KAFKA, ...)."));
    } else if (!KnownInvocationTypes.contains(m.type)) {
        c.add(QStringLiteral("invocation-invalid"), Severity::Warning, m.typeLocation,
              QStringLiteral("invocationMethod type \"%1\" is not one Port documents.").arg(m.type),
              QStringLiteral("Use one of: %1.").arg(KnownInvocationTypes.join(QStringLiteral(", "))));
    }
    if (m.isGitHubOcean()) {
        for (const InputDefinition& in : d.inputs()) {
            if (in.isSecret()) {
                c.add(
                    QStringLiteral("secret-github-ocean"), Severity::Error, in.encryptionLocation,
                    QStringLiteral(
                        "Secret input \"%1\" cannot be used: secret inputs are not supported with the GitHub "
                        "Ocean invocation method.")
                        .arg(in.name),
                    QStringLiteral("Use a WEBHOOK (or the GitHub app) invocation, or drop the encryption."),
                    in.name);
            }
        }
    }
    if (m.isWebhook()) {
        if (m.url.isEmpty()) {
            c.add(QStringLiteral("webhook-url"), Severity::Error, m.location,
                  QStringLiteral("The WEBHOOK has no \"url\"."),
                  QStringLiteral("Add \"url\": \"https://your-backend.example.com/hook\"."));
        } else if (!parseTemplate(m.url).hasExpressions()) {
            const QUrl url(m.url, QUrl::StrictMode);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                || url.host().isEmpty()) {
                c.add(QStringLiteral("webhook-url"), Severity::Error, m.urlLocation,
                      QStringLiteral("The WEBHOOK url \"%1\" is not an http(s) URL.").arg(m.url),
                      QStringLiteral("Use a full URL such as https://your-backend.example.com/hook."));
            } else if (url.scheme() == QLatin1String("http") && d.hasSecrets()
                       && url.host() != QLatin1String("localhost")
                       && !url.host().startsWith(QLatin1String("127."))
                       && url.host() != QLatin1String("::1")) {
                c.add(QStringLiteral("webhook-url"), Severity::Warning, m.urlLocation,
                      QStringLiteral(
                          "The WEBHOOK url uses plain http while the form has secrets: the envelopes and "
                          "everything else travel unprotected by TLS."),
                      QStringLiteral("Use https for anything but a local test backend."));
            }
        }
        static const QStringList methods
            = { QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                QStringLiteral("DELETE"), QStringLiteral("GET") };
        if (!m.method.isEmpty() && !methods.contains(m.method)) {
            c.add(QStringLiteral("webhook-method"), Severity::Warning, m.methodLocation,
                  QStringLiteral("The WEBHOOK method \"%1\" is not one Port sends.").arg(m.method),
                  QStringLiteral("Use POST, PUT, PATCH, DELETE or GET."));
        }
    }
    for (const TemplateSite& site : sites) {
        if (!site.parsed.error.isEmpty()) {
            c.add(QStringLiteral("template-syntax"), Severity::Error, site.location,
                  QStringLiteral("Template \"%1\": %2.").arg(site.source.left(80), site.parsed.error),
                  QStringLiteral("Close every \"{{\" with \"}}\" and put a jq expression between them."));
        }
        if (site.place == TemplateSite::Place::Body) {
            continue;
        }
        const QString where = site.place == TemplateSite::Place::Url
            ? QStringLiteral("the URL")
            : QStringLiteral("header \"%1\"").arg(site.header);
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
                      QStringLiteral(
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
              QStringLiteral("The definition has no user inputs: the form is empty."),
              QStringLiteral("Add inputs under %1.")
                  .arg(d.propertiesPointer().isEmpty() ? QStringLiteral("userInputs.properties")
                                                       : d.propertiesPointer()));
    }
    for (const InputDefinition& in : d.inputs()) {
        lintInput(d, in, c);
    }
    checkNames(d, d.order(), d.orderLocations(), QStringLiteral("order"), QStringLiteral("order"), true, c);
    if (d.required().isLiteral()) {
        if (!d.required().literal.isArray()) {
            c.add(QStringLiteral("required-unknown"), Severity::Error, d.required().location,
                  QStringLiteral("\"required\" must be a list of input names or {\"jqQuery\": ...}."),
                  QStringLiteral("Write \"required\": [\"name\", ...]."));
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
                      QStringLiteral("%1 shows nothing.").arg(label.at(0).toUpper() + label.mid(1)),
                      QStringLiteral("Give the step an \"order\" listing its inputs, or remove it."));
            }
            checkNames(d, step.order, step.orderLocations, label.at(0).toUpper() + label.mid(1),
                       QStringLiteral("steps"), true, c, &inSteps);
        }
        for (const InputDefinition& in : d.inputs()) {
            if (!inSteps.contains(in.name)) {
                c.add(QStringLiteral("steps-missing-input"), Severity::Error, in.nameLocation,
                      QStringLiteral("Input \"%1\" is in no step, so the form never shows it.").arg(in.name),
                      QStringLiteral("Add \"%1\" to the order of one step.").arg(in.name), in.name);
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
            ? QStringLiteral("Fix the JSON at the position shown.")
            : QStringLiteral("Paste an action, its userInputs, or its properties object.");
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
        { QStringLiteral("json-syntax"), QStringLiteral("the text is not valid JSON") },
        { QStringLiteral("definition-shape"),
          QStringLiteral("the JSON is not an action, userInputs or properties object") },
        { QStringLiteral("no-inputs"), QStringLiteral("the form has no inputs (info)") },
        { QStringLiteral("input-not-object"), QStringLiteral("an input is not a JSON object") },
        { QStringLiteral("type-missing"), QStringLiteral("an input has no type") },
        { QStringLiteral("type-unknown"),
          QStringLiteral("an input's type is not string/number/boolean/object/array") },
        { QStringLiteral("format-unknown"), QStringLiteral("an undocumented format (warning)") },
        { QStringLiteral("entity-blueprint"), QStringLiteral("format entity without a blueprint") },
        { QStringLiteral("secret-format"), QStringLiteral("a secret with a format other than multi-line") },
        { QStringLiteral("encryption-type"),
          QStringLiteral("encryption on a type other than string/object") },
        { QStringLiteral("encryption-unknown"), QStringLiteral("an encryption value that is neither form") },
        { QStringLiteral("client-key-unreadable"),
          QStringLiteral("a client-side key that is not a readable RSA public key") },
        { QStringLiteral("client-key-too-small"), QStringLiteral("a client-side key under 2048 bits") },
        { QStringLiteral("secret-default"),
          QStringLiteral("a secret with a default (stored in plain text)") },
        { QStringLiteral("order-unknown / order-duplicate"),
          QStringLiteral("order names an unknown input, or one twice") },
        { QStringLiteral("required-unknown / required-duplicate"),
          QStringLiteral("required names an unknown input, or one twice") },
        { QStringLiteral("steps-unknown / steps-duplicate"),
          QStringLiteral("a step names an unknown input, or one twice") },
        { QStringLiteral("steps-missing-input"), QStringLiteral("an input in no step when steps exist") },
        { QStringLiteral("steps-empty"), QStringLiteral("a step without inputs (warning)") },
        { QStringLiteral("pattern-invalid"), QStringLiteral("an invalid regular expression in pattern") },
        { QStringLiteral("default-invalid"), QStringLiteral("a default that violates its own constraints") },
        { QStringLiteral("range-empty"), QStringLiteral("minimum above maximum, minLength above maxLength") },
        { QStringLiteral("enum-invalid / enum-colors"),
          QStringLiteral("enum not a list of the input's type; enumColors for unknown values") },
        { QStringLiteral("items-type"), QStringLiteral("an array's items have an unknown type") },
        { QStringLiteral("depends-unknown"), QStringLiteral("dependsOn names an unknown input") },
        { QStringLiteral("jq-syntax"), QStringLiteral("a jqQuery or {{ }} template that does not compile") },
        { QStringLiteral("jq-runtime / jq-timeout"),
          QStringLiteral("a jq expression fails or runs away with the sample data (warning)") },
        { QStringLiteral("secret-in-url / secret-in-header"),
          QStringLiteral("a secret referenced in the invocation URL or headers") },
        { QStringLiteral("secret-github-ocean"),
          QStringLiteral("secrets with the GitHub Ocean invocation method") },
        { QStringLiteral("invocation-invalid / webhook-url / webhook-method"),
          QStringLiteral("invocation method problems") },
        { QStringLiteral("template-syntax"), QStringLiteral("an unclosed or empty {{ }} template") },
    };
}

} // namespace sb
