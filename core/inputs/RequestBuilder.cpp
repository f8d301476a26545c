// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestBuilder.h"

#include "common/JsonText.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeScanner.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "crypto/Random.h"
#include "inputs/JqEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace sb {

namespace {

LintProblem problem(const QString& rule,
                    Severity severity,
                    const QString& input,
                    const SourceLocation& location,
                    const QString& message,
                    const QString& fix)
{
    LintProblem p;
    p.rule = rule;
    p.severity = severity;
    p.input = input;
    p.location = location;
    p.message = message;
    p.fix = fix;
    return p;
}

void findStrings(const JsonNode& node, const QString& path, const QString& text, QStringList& out)
{
    if (node.isString() && node.string == text) {
        out << path;
    } else if (node.isObject()) {
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            findStrings(node.items[static_cast<std::size_t>(i)], jsonPathAppendKey(path, node.keys[i]), text,
                        out);
        }
    } else if (node.isArray()) {
        for (qsizetype i = 0; i < node.size(); ++i) {
            findStrings(node.items[static_cast<std::size_t>(i)], jsonPathAppendIndex(path, i), text, out);
        }
    }
}

// Text of a template result inside a longer string: strings as they are, the rest as JSON.
QString inlineText(const JsonNode& value)
{
    return value.isString() ? value.string : QString::fromUtf8(JsonText::serialize(value));
}

} // namespace

QString HttpRequestPreview::display() const
{
    QString out
        = method + QLatin1Char(' ') + (url.isEmpty() ? QStringLiteral("<no URL>") : url) + QLatin1Char('\n');
    for (const auto& [name, value] : headers) {
        out += name + QStringLiteral(": ") + value + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    out += QString::fromUtf8(JsonText::serialize(body, true));
    return out;
}

JsonNode HttpRequestPreview::toJson() const
{
    JsonNode out = JsonNode::makeObject();
    out.insert(QStringLiteral("method"), JsonNode::makeString(method));
    out.insert(QStringLiteral("url"), JsonNode::makeString(url));
    JsonNode h = JsonNode::makeObject();
    for (const auto& [name, value] : headers) {
        h.insert(name, JsonNode::makeString(value));
    }
    out.insert(QStringLiteral("headers"), h);
    out.insert(QStringLiteral("body"), body);
    return out;
}

bool BuildResult::complete() const
{
    return std::none_of(problems.begin(), problems.end(),
                        [](const LintProblem& p) { return p.severity == Severity::Error; });
}

const BuiltSecret* BuildResult::secret(const QString& input) const
{
    for (const BuiltSecret& s : secrets) {
        if (s.input == input) {
            return &s;
        }
    }
    return nullptr;
}

void EnvelopeCache::clear()
{
    entries.clear();
    clientKeys.clear();
    portCipher.reset();
    portKeyDigest.clear();
}

QString RequestBuilder::randomRunId()
{
    auto bytes = Random::bytes(12);
    const QByteArray hex = bytes ? bytes->toHex() : QByteArray("000000000000");
    return QStringLiteral("r_") + QString::fromLatin1(hex.left(16));
}

JsonNode RequestBuilder::defaultBody(const ActionDefinition& definition,
                                     const JsonNode& properties,
                                     const JsonNode& entity,
                                     const JsonNode& user,
                                     const QString& runId)
{
    JsonNode action = JsonNode::makeObject();
    action.insert(QStringLiteral("identifier"), JsonNode::makeString(definition.identifier()));
    if (!definition.title().isEmpty()) {
        action.insert(QStringLiteral("title"), JsonNode::makeString(definition.title()));
    }
    JsonNode trigger = JsonNode::makeObject();
    JsonNode by = JsonNode::makeObject();
    by.insert(QStringLiteral("user"), user);
    trigger.insert(QStringLiteral("by"), by);
    trigger.insert(QStringLiteral("origin"), JsonNode::makeString(QStringLiteral("UI")));
    JsonNode context = JsonNode::makeObject();
    context.insert(QStringLiteral("runId"), JsonNode::makeString(runId));
    JsonNode payload = JsonNode::makeObject();
    payload.insert(QStringLiteral("entity"), entity);
    payload.insert(QStringLiteral("action"), action);
    payload.insert(QStringLiteral("properties"), properties);
    JsonNode body = JsonNode::makeObject();
    body.insert(QStringLiteral("action"), action);
    body.insert(QStringLiteral("resourceType"), JsonNode::makeString(QStringLiteral("run")));
    body.insert(QStringLiteral("status"), JsonNode::makeString(QStringLiteral("TRIGGERED")));
    body.insert(QStringLiteral("trigger"), trigger);
    body.insert(QStringLiteral("context"), context);
    body.insert(QStringLiteral("payload"), payload);
    return body;
}

BuildResult RequestBuilder::build(const FormSession& session, const Options& options)
{
    BuildResult result;
    result.properties = JsonNode::makeObject();
    result.runId = options.runId.isEmpty() ? randomRunId() : options.runId;
    const ActionDefinition* definition = session.definition();
    if (!definition) {
        return result;
    }
    EnvelopeCache localCache;
    EnvelopeCache& cache = options.cache ? *options.cache : localCache;

    // The Port-managed cipher, keyed by a digest of the client secret so a new secret replaces it.
    PortManagedCipher* portCipher = nullptr;
    QString portProblem;
    if (options.clientSecret && !options.clientSecret->isEmpty()) {
        const QByteArray digest = QCryptographicHash::hash(
            options.clientSecret->view().first(std::min<qsizetype>(32, options.clientSecret->size())),
            QCryptographicHash::Sha256);
        if (cache.portKeyDigest != digest || !cache.portCipher) {
            auto cipher = PortManagedCipher::fromClientSecret(options.clientSecret->view());
            cache.portCipher = cipher ? std::make_shared<PortManagedCipher>(std::move(*cipher)) : nullptr;
            cache.portKeyDigest = cipher ? digest : QByteArray();
            if (!cipher) {
                portProblem = cipher.error().message;
            }
        }
        portCipher = cache.portCipher.get();
    }

    for (const InputDefinition& in : definition->inputs()) {
        const InputState state = session.state(in.name);
        if (!state.visible || !session.hasValue(in.name)) {
            continue;
        }
        if (!in.isSecret()) {
            if (const JsonNode* value = session.value(in.name)) {
                result.properties.insert(in.name, *value);
            }
            continue;
        }
        if (in.type != InputType::String && in.type != InputType::Object) {
            continue; // lint reports it; Port would refuse the definition
        }
        auto plaintext = plaintextForValue(in.secretType(), session.secret(in.name)->view());
        if (!plaintext) {
            result.problems.append(problem(
                QStringLiteral("value-invalid"), Severity::Error, in.name, in.location,
                QCoreApplication::translate("sb::RequestBuilder", "%1 cannot be encrypted: %2")
                    .arg(in.displayTitle(), plaintext.error().message),
                QCoreApplication::translate("sb::RequestBuilder", "Type a JSON object in the field.")));
            continue;
        }
        EnvelopeEncryptor* encryptor = nullptr;
        QString keyId;
        BuiltSecret built;
        built.input = in.name;
        built.type = in.secretType();
        if (in.encryption == EncryptionKind::PortManaged) {
            built.format = EnvelopeFormat::PortManaged;
            if (!portCipher) {
                result.problems.append(problem(
                    QStringLiteral("key-missing"), Severity::Error, in.name, in.encryptionLocation,
                    portProblem.isEmpty()
                        ? QCoreApplication::translate(
                              "sb::RequestBuilder",
                              "%1 is Port-managed (aes256-gcm) and no client secret is set.")
                              .arg(in.displayTitle())
                        : QCoreApplication::translate("sb::RequestBuilder", "%1 cannot be encrypted: %2")
                              .arg(in.displayTitle(), portProblem),
                    QCoreApplication::translate(
                        "sb::RequestBuilder",
                        "Enter your organisation's client secret (Port: Credentials), at least 32 "
                        "characters.")));
                continue;
            }
            encryptor = portCipher;
            keyId = QString::fromLatin1(cache.portKeyDigest.toHex());
        } else {
            built.format = EnvelopeFormat::ClientSide;
            std::shared_ptr<ClientSideEncryptor> key = cache.clientKeys.value(in.clientKeyPem);
            if (!key) {
                auto publicKey = RsaPublicKey::fromPem(in.clientKeyPem.toUtf8());
                Result<ClientSideEncryptor> created = publicKey
                    ? ClientSideEncryptor::create(std::move(*publicKey))
                    : Result<ClientSideEncryptor>(std::unexpected(publicKey.error()));
                if (!created) {
                    result.problems.append(
                        problem(QStringLiteral("key-missing"), Severity::Error, in.name, in.clientKeyLocation,
                                QCoreApplication::translate(
                                    "sb::RequestBuilder",
                                    "%1 is client-side encrypted but its key cannot be used: %2")
                                    .arg(in.displayTitle(), created.error().message),
                                QCoreApplication::translate(
                                    "sb::RequestBuilder",
                                    "Put a PEM RSA public key of 2048 bits or more in encryption.key.")));
                    continue;
                }
                key = std::make_shared<ClientSideEncryptor>(std::move(*created));
                cache.clientKeys.insert(in.clientKeyPem, key);
            }
            encryptor = key.get();
            built.keyFingerprint = key->key().fingerprint();
            keyId = built.keyFingerprint;
        }
        std::shared_ptr<EnvelopeCache::Entry> entry = cache.entries.value(in.name);
        if (!entry || entry->keyId != keyId || !entry->plaintext.constantTimeEquals(plaintext->view())) {
            auto envelope = encryptor->encrypt(plaintext->view());
            if (!envelope) {
                result.problems.append(
                    problem(QStringLiteral("encrypt-failed"), Severity::Error, in.name, in.location,
                            envelope.error().message,
                            QCoreApplication::translate("sb::RequestBuilder", "Check the key.")));
                continue;
            }
            entry = std::make_shared<EnvelopeCache::Entry>();
            entry->plaintext = std::move(*plaintext);
            entry->keyId = keyId;
            entry->envelope = QString::fromLatin1(encodeEnvelopeText(*envelope));
            cache.entries.insert(in.name, entry);
        }
        built.envelope = entry->envelope;
        result.properties.insert(in.name, JsonNode::makeString(built.envelope));
        result.secrets.append(built);
    }

    // The request.
    const InvocationMethod& m = definition->invocation();
    HttpRequestPreview& request = result.request;
    request.headers.append({ QStringLiteral("Content-Type"), QStringLiteral("application/json") });
    const bool webhook = m.present && m.isWebhook();
    if (m.present && !webhook) {
        result.problems.append(
            problem(QStringLiteral("not-webhook"), Severity::Info, QString(), m.typeLocation,
                    QCoreApplication::translate(
                        "sb::RequestBuilder",
                        "The invocation method is %1, not WEBHOOK: the request shown is the run payload Port "
                        "would POST to a webhook.")
                        .arg(m.type.isEmpty() ? QCoreApplication::translate("sb::RequestBuilder", "(no type)")
                                              : m.type),
                    QCoreApplication::translate(
                        "sb::RequestBuilder",
                        "Set invocationMethod.type to WEBHOOK to preview its URL, headers and body.")));
    }
    if (!webhook) {
        request.body = defaultBody(*definition, result.properties, session.sampleEntity(),
                                   session.sampleUser(), result.runId);
    } else {
        if (!m.method.isEmpty()) {
            request.method = m.method;
        }
        const QList<TemplateSite> sites = collectTemplates(*definition);
        QList<int> selected; // -1 for an empty expression, which has no program
        for (const TemplateSite& site : sites) {
            for (const TemplateString::Part& part : site.parsed.parts) {
                if (part.expression) {
                    selected << definition->jqProgramIndex(part.text);
                }
            }
        }
        QList<int> runnable;
        for (const int index : selected) {
            if (index >= 0) {
                runnable << index;
            }
        }
        QList<JqOutcome> outcomes;
        if (!runnable.isEmpty()) {
            JsonNode context = JsonNode::makeObject();
            context.insert(QStringLiteral("inputs"), result.properties);
            JsonNode run = JsonNode::makeObject();
            run.insert(QStringLiteral("id"), JsonNode::makeString(result.runId));
            context.insert(QStringLiteral("run"), run);
            JsonNode by = JsonNode::makeObject();
            by.insert(QStringLiteral("user"), session.sampleUser());
            JsonNode trigger = JsonNode::makeObject();
            trigger.insert(QStringLiteral("by"), by);
            context.insert(QStringLiteral("trigger"), trigger);
            context.insert(QStringLiteral("entity"), session.sampleEntity());
            JsonNode action = JsonNode::makeObject();
            action.insert(QStringLiteral("identifier"), JsonNode::makeString(definition->identifier()));
            context.insert(QStringLiteral("action"), action);
            const QList<JqOutcome> ran
                = JqEngine::instance().run(definition->jqPrograms(), runnable, JsonText::serialize(context));
            qsizetype next = 0;
            for (const int index : selected) {
                outcomes.append(index >= 0 && next < ran.size() ? ran[next++] : JqOutcome {});
            }
        }
        request.body = m.hasBody ? m.body
                                 : defaultBody(*definition, result.properties, session.sampleEntity(),
                                               session.sampleUser(), result.runId);
        qsizetype next = 0;
        for (const TemplateSite& site : sites) {
            if (!site.parsed.error.isEmpty()) {
                result.problems.append(problem(
                    QStringLiteral("template-syntax"), Severity::Error, QString(), site.location,
                    QCoreApplication::translate("sb::RequestBuilder", "Template: %1.").arg(site.parsed.error),
                    QStringLiteral("Close every \"{{\" with \"}}\".")));
            }
            JsonNode value;
            QString text;
            bool single = site.parsed.isSingleExpression();
            for (const TemplateString::Part& part : site.parsed.parts) {
                if (!part.expression) {
                    text += part.text;
                    continue;
                }
                const JqOutcome outcome = next < outcomes.size() ? outcomes[next] : JqOutcome {};
                ++next;
                JsonNode out;
                if (outcome.ok()) {
                    auto parsed = JsonText::parse(outcome.json);
                    if (parsed) {
                        out = std::move(*parsed);
                    }
                } else if (outcome.isError()) {
                    result.problems.append(problem(
                        QStringLiteral("template-error"), Severity::Error, QString(), site.location,
                        QStringLiteral("Template {{ %1 }} failed: %2").arg(part.text, outcome.message),
                        QCoreApplication::translate(
                            "sb::RequestBuilder",
                            "Fix the jq expression; it reads .inputs, .run, .trigger, .entity and "
                            ".action.")));
                }
                if (single) {
                    value = out;
                } else {
                    text += out.isNull() ? QString() : inlineText(out);
                }
            }
            if (!single) {
                value = JsonNode::makeString(text);
            }
            switch (site.place) {
            case TemplateSite::Place::Url:
                request.url = inlineText(value);
                break;
            case TemplateSite::Place::Header: {
                const QString headerValue = value.isNull() ? QString() : inlineText(value);
                bool replaced = false;
                for (auto& header : request.headers) {
                    if (header.first.compare(site.header, Qt::CaseInsensitive) == 0) {
                        header.second = headerValue;
                        replaced = true;
                    }
                }
                if (!replaced) {
                    request.headers.append({ site.header, headerValue });
                }
                break;
            }
            case TemplateSite::Place::Body:
                if (site.parsed.hasExpressions()) {
                    if (JsonNode* target = request.body.at(site.bodyPath)) {
                        *target = value;
                    }
                }
                break;
            }
        }
    }
    request.bodyText = JsonText::serialize(request.body);
    for (BuiltSecret& secret : result.secrets) {
        findStrings(request.body, QStringLiteral("$"), secret.envelope, secret.bodyPaths);
    }
    return result;
}

} // namespace sb
