// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormSession.h"

#include "common/JsonText.h"

#include <QCoreApplication>

namespace sb {

namespace {

constexpr int MaxCascade = 4;

} // namespace

bool jqTruthy(const JsonNode& value)
{
    return !(value.isNull() || (value.isBool() && !value.boolean));
}

FormSession::FormSession()
    : m_entity(defaultSampleEntity())
    , m_user(defaultSampleUser())
{ }

JsonNode FormSession::defaultSampleEntity()
{
    auto node
        = JsonText::parse(R"({"identifier":"sample-service","title":"Sample service","blueprint":"service",)"
                          R"("properties":{"language":"python","tier":"production"},"relations":{},)"
                          R"("team":["platform"]})");
    return node ? *node : JsonNode::makeObject();
}

JsonNode FormSession::defaultSampleUser()
{
    auto node = JsonText::parse(R"({"email":"author@example.com","firstName":"Ada","lastName":"Author",)"
                                R"("teams":["platform"],"roles":["Member"]})");
    return node ? *node : JsonNode::makeObject();
}

void FormSession::setDefinition(std::shared_ptr<const ActionDefinition> definition)
{
    m_definition = std::move(definition);
    m_states.clear();
    m_ownRequired.clear();
    m_requiredByJq.reset();
    m_jqProblemsByKey.clear();
    m_jqProblems.clear();
    if (!m_definition) {
        return;
    }
    QStringList listed;
    const DynamicValue& required = m_definition->required();
    if (required.isLiteral() && required.literal.isArray()) {
        for (const JsonNode& item : required.literal.items) {
            listed << item.string;
        }
    }
    for (const InputDefinition& in : m_definition->inputs()) {
        InputState s;
        if (in.visible.isLiteral()) {
            s.visible = jqTruthy(in.visible.literal);
        }
        m_ownRequired.insert(in.name, in.required.isLiteral() && jqTruthy(in.required.literal));
        s.required = m_ownRequired.value(in.name) || listed.contains(in.name);
        if (in.disabled.isLiteral()) {
            s.disabled = jqTruthy(in.disabled.literal);
        }
        if (in.enumValues.isLiteral()) {
            s.enumValues = in.enumValues.literal;
        }
        if (in.defaultValue.isLiteral()) {
            s.defaultValue = in.defaultValue.literal;
        }
        m_states.insert(in.name, s);
    }
    QStringList names;
    for (const InputDefinition& in : m_definition->inputs()) {
        names << in.name;
    }
    applyDefaults(names);
    evaluate(QString());
}

void FormSession::setSampleEntity(JsonNode entity)
{
    m_entity = std::move(entity);
    if (m_definition) {
        evaluate(QString());
    }
}

void FormSession::setSampleUser(JsonNode user)
{
    m_user = std::move(user);
    if (m_definition) {
        evaluate(QString());
    }
}

QStringList FormSession::setValue(const QString& name, JsonNode value)
{
    m_values.insert(name, std::move(value));
    m_touched.insert(name);
    return evaluate(name);
}

QStringList FormSession::setSecret(const QString& name, SecureBuffer utf8)
{
    m_secrets.insert(name, std::make_shared<SecureBuffer>(std::move(utf8)));
    m_touched.insert(name);
    // Secrets are not in the jq context, so nothing else can change.
    m_lastEvaluated = 0;
    return {};
}

QStringList FormSession::clearValue(const QString& name)
{
    const bool wasSecret = m_secrets.remove(name) > 0;
    m_values.remove(name);
    m_touched.insert(name);
    if (wasSecret) {
        m_lastEvaluated = 0;
        return {};
    }
    return evaluate(name);
}

Status FormSession::setValues(const JsonNode& values)
{
    if (!values.isObject()) {
        return fail(
            ErrorKind::InvalidJson,
            QCoreApplication::translate(
                "sb::FormSession", "The values must be a JSON object of input name to value, not a JSON %1.")
                .arg(values.kindName()));
    }
    for (qsizetype i = 0; i < values.keys.size(); ++i) {
        const QString& name = values.keys[i];
        const JsonNode& value = values.items[static_cast<std::size_t>(i)];
        const InputDefinition* in = m_definition ? m_definition->input(name) : nullptr;
        if (!in) {
            return fail(
                ErrorKind::NotFound,
                QCoreApplication::translate(
                    "sb::FormSession", "The values name \"%1\", which is not an input of the definition.")
                    .arg(name));
        }
        if (!in->isSecret()) {
            setValue(name, value);
            continue;
        }
        if (value.isString()) {
            QByteArray utf8 = value.string.toUtf8();
            setSecret(name, SecureBuffer::copyOf(utf8));
            wipe(utf8);
        } else if (in->type == InputType::Object && value.isObject()) {
            QByteArray text = JsonText::serialize(value);
            setSecret(name, SecureBuffer::copyOf(text));
            wipe(text);
        } else {
            return fail(
                ErrorKind::InvalidJson,
                QCoreApplication::translate("sb::FormSession",
                                            "The value of secret input \"%1\" must be %2, not a JSON %3.")
                    .arg(name,
                         in->type == InputType::Object
                             ? QCoreApplication::translate("sb::FormSession", "a JSON object (or its text)")
                             : QCoreApplication::translate("sb::FormSession", "a string"),
                         value.kindName()));
        }
    }
    return {};
}

JsonNode FormSession::valuesObject(bool includeSecrets) const
{
    JsonNode out = JsonNode::makeObject();
    if (!m_definition) {
        return out;
    }
    for (const InputDefinition& in : m_definition->inputs()) {
        if (!hasValue(in.name)) {
            continue;
        }
        if (!in.isSecret()) {
            out.insert(in.name, *value(in.name));
        } else if (includeSecrets) {
            const SecureBuffer* text = secret(in.name);
            auto object = in.type == InputType::Object ? JsonText::parse(text->view()) : Result<JsonNode>();
            out.insert(in.name,
                       in.type == InputType::Object && object
                           ? *object
                           : JsonNode::makeString(QString::fromUtf8(text->view())));
        }
    }
    return out;
}

void FormSession::clearValues()
{
    m_values.clear();
    m_secrets.clear(); // SecureBuffer wipes on destruction
    m_touched.clear();
}

bool FormSession::hasValue(const QString& name) const
{
    const InputDefinition* in = m_definition ? m_definition->input(name) : nullptr;
    if (in && in->isSecret()) {
        const auto it = m_secrets.constFind(name);
        return it != m_secrets.constEnd() && !(*it)->isEmpty();
    }
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd() || it->isNull()) {
        return false;
    }
    return !(it->isString() && it->string.isEmpty());
}

const JsonNode* FormSession::value(const QString& name) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.constEnd() ? nullptr : &*it;
}

const SecureBuffer* FormSession::secret(const QString& name) const
{
    const auto it = m_secrets.constFind(name);
    return it == m_secrets.constEnd() ? nullptr : it->get();
}

InputState FormSession::state(const QString& name) const
{
    return m_states.value(name);
}

QStringList FormSession::validate(const QString& name) const
{
    const InputDefinition* in = m_definition ? m_definition->input(name) : nullptr;
    if (!in) {
        return {};
    }
    const InputState s = state(name);
    ValueValidator::Context context { s.required, s.enumValues };
    if (!hasValue(name)) {
        return ValueValidator::validateMissing(*in, context);
    }
    if (in->isSecret()) {
        const SecureBuffer* text = secret(name);
        if (in->type == InputType::Object) {
            return ValueValidator::validateObjectText(text->view());
        }
        // Checked in memory only; the copy is not kept.
        return ValueValidator::validate(*in, JsonNode::makeString(QString::fromUtf8(text->view())), context);
    }
    return ValueValidator::validate(*in, *value(name), context);
}

QList<QPair<QString, QStringList>> FormSession::validateAll() const
{
    QList<QPair<QString, QStringList>> out;
    if (!m_definition) {
        return out;
    }
    for (const InputDefinition& in : m_definition->inputs()) {
        if (!state(in.name).visible) {
            continue;
        }
        const QStringList messages = validate(in.name);
        if (!messages.isEmpty()) {
            out.append({ in.name, messages });
        }
    }
    return out;
}

JsonNode FormSession::formObject() const
{
    JsonNode form = JsonNode::makeObject();
    if (!m_definition) {
        return form;
    }
    for (const InputDefinition& in : m_definition->inputs()) {
        if (in.isSecret()) {
            continue;
        }
        const auto it = m_values.constFind(in.name);
        if (it != m_values.constEnd()) {
            form.insert(in.name, *it);
        }
    }
    return form;
}

QByteArray FormSession::jqContext() const
{
    QByteArray out("{\"form\":");
    out += JsonText::serialize(formObject());
    out += ",\"entity\":";
    out += JsonText::serialize(m_entity);
    out += ",\"user\":";
    out += JsonText::serialize(m_user);
    out += '}';
    return out;
}

bool FormSession::dependsOn(const InputDefinition& input, const QString& changed) const
{
    return changed.isEmpty() || input.dependsOn.isEmpty() || input.dependsOn.contains(changed);
}

QStringList FormSession::applyDefaults(const QStringList& names)
{
    QStringList changed;
    for (const QString& name : names) {
        const InputDefinition* in = m_definition->input(name);
        if (!in || in->isSecret() || m_touched.contains(name)) {
            continue;
        }
        const InputState s = state(name);
        if (!s.defaultValue) {
            continue;
        }
        const auto it = m_values.constFind(name);
        if (it == m_values.constEnd() || !(*it == *s.defaultValue)) {
            m_values.insert(name, *s.defaultValue);
            changed << name;
        }
    }
    return changed;
}

QStringList FormSession::evaluate(const QString& changed)
{
    QStringList affected;
    QString trigger = changed;
    m_lastEvaluated = 0;
    for (int round = 0; round < MaxCascade; ++round) {
        QList<Job> jobs;
        const DynamicValue& listRequired = m_definition->required();
        if (listRequired.isJq()) {
            jobs.append(
                { QString(), QStringLiteral("required"), listRequired.query, listRequired.queryLocation });
        }
        for (const InputDefinition& in : m_definition->inputs()) {
            if (!dependsOn(in, trigger)) {
                continue;
            }
            const std::pair<QString, const DynamicValue*> fields[] = {
                { QStringLiteral("visible"), &in.visible },      { QStringLiteral("required"), &in.required },
                { QStringLiteral("disabled"), &in.disabled },    { QStringLiteral("enum"), &in.enumValues },
                { QStringLiteral("default"), &in.defaultValue },
            };
            for (const auto& [field, value] : fields) {
                if (value->isJq()) {
                    jobs.append({ in.name, field, value->query, value->queryLocation });
                }
            }
        }
        if (jobs.isEmpty()) {
            break;
        }
        QList<int> selected;
        for (const Job& job : jobs) {
            selected << m_definition->jqProgramIndex(job.query);
        }
        m_lastEvaluated += static_cast<int>(jobs.size());
        const QList<JqOutcome> outcomes
            = JqEngine::instance().run(m_definition->jqPrograms(), selected, jqContext());

        const QHash<QString, InputState> before = m_states;
        QStringList defaultsChanged;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const Job& job = jobs[i];
            const JqOutcome& outcome = outcomes[i];
            const QString key = job.input + QLatin1Char('/') + job.field;
            std::optional<JsonNode> result;
            if (outcome.ok()) {
                auto parsed = JsonText::parse(outcome.json);
                if (parsed) {
                    result = std::move(*parsed);
                }
            }
            if (outcome.isError()) {
                LintProblem p;
                p.rule = outcome.status == JqOutcome::Status::TimedOut ? QStringLiteral("jq-timeout")
                                                                       : QStringLiteral("jq-runtime");
                p.severity = Severity::Warning;
                p.input = job.input;
                p.location = job.location;
                p.message
                    = QCoreApplication::translate(
                          "sb::FormSession",
                          "The jq expression for \"%1\"%2 failed with the current form, "
                          "sample entity and user: %3")
                          .arg(job.field,
                               job.input.isEmpty() ? QString() : QStringLiteral(" of %1").arg(job.input),
                               outcome.message);
                p.fix = QCoreApplication::translate(
                    "sb::FormSession",
                    "Guard the expression (e.g. `.form.x // \"\"`, `try ... catch null`) or "
                    "adjust the sample entity/user.");
                m_jqProblemsByKey.insert(key, p);
            } else {
                m_jqProblemsByKey.remove(key);
            }
            if (job.input.isEmpty()) {
                QStringList names;
                if (result && result->isArray()) {
                    for (const JsonNode& item : result->items) {
                        names << item.string;
                    }
                }
                m_requiredByJq = names;
                continue;
            }
            InputState& s = m_states[job.input];
            const bool truthy = result && jqTruthy(*result);
            if (job.field == QLatin1String("visible")) {
                s.visible = outcome.isError() ? true : truthy;
            } else if (job.field == QLatin1String("required")) {
                m_ownRequired.insert(job.input, truthy);
            } else if (job.field == QLatin1String("disabled")) {
                s.disabled = truthy;
            } else if (job.field == QLatin1String("enum")) {
                if (result && result->isArray()) {
                    s.enumValues = *result;
                } else {
                    s.enumValues = JsonNode::makeArray();
                }
            } else if (job.field == QLatin1String("default")) {
                std::optional<JsonNode> next;
                if (result) {
                    next = *result;
                }
                if (s.defaultValue != next) {
                    s.defaultValue = next;
                    defaultsChanged << job.input;
                }
            }
        }
        // Required: the input's own flag (literal or jq) or the userInputs list (literal or jq).
        QStringList listed;
        if (m_requiredByJq) {
            listed = *m_requiredByJq;
        } else if (listRequired.isLiteral() && listRequired.literal.isArray()) {
            for (const JsonNode& item : listRequired.literal.items) {
                listed << item.string;
            }
        }
        for (const InputDefinition& in : m_definition->inputs()) {
            m_states[in.name].required = m_ownRequired.value(in.name) || listed.contains(in.name);
        }
        for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it) {
            if (!(before.value(it.key()) == it.value()) && !affected.contains(it.key())) {
                affected << it.key();
            }
        }
        const QStringList valuesChanged = applyDefaults(defaultsChanged);
        for (const QString& name : valuesChanged) {
            if (!affected.contains(name)) {
                affected << name;
            }
        }
        if (valuesChanged.isEmpty()) {
            break;
        }
        // A default that changed a value is a change like a keystroke in that input.
        trigger = valuesChanged.size() == 1 ? valuesChanged.first() : QString();
    }
    m_jqProblems = m_jqProblemsByKey.values();
    std::sort(m_jqProblems.begin(), m_jqProblems.end(), [](const LintProblem& a, const LintProblem& b) {
        return a.location.offset < b.location.offset;
    });
    return affected;
}

} // namespace sb
