// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"
#include "inputs/ActionDefinition.h"
#include "inputs/JqEngine.h"
#include "inputs/LintProblem.h"
#include "inputs/ValueValidator.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace sb {

// What jq (or the literal) says about an input right now.
struct InputState
{
    bool visible = true;
    bool required = false;
    bool disabled = false;
    std::optional<JsonNode> enumValues; // array, when the input has an enum
    std::optional<JsonNode> defaultValue;

    bool operator==(const InputState& other) const = default;
};

// The form being filled in: the definition, the values typed so far, the
// sample entity and user, and the state jq computes from them. Values are
// kept by input name, so a definition edit keeps what was typed in inputs
// that still exist. Secret values live in wiping buffers and never enter jq
// (a jq expression could copy them into an unencrypted header).
class FormSession
{
public:
    FormSession();

    // Installs a definition: applies defaults to untouched inputs and
    // evaluates every jq expression once (compiled once, in the jq worker).
    void setDefinition(std::shared_ptr<const ActionDefinition> definition);
    const ActionDefinition* definition() const { return m_definition.get(); }
    std::shared_ptr<const ActionDefinition> sharedDefinition() const { return m_definition; }

    void setSampleEntity(JsonNode entity);
    void setSampleUser(JsonNode user);
    const JsonNode& sampleEntity() const { return m_entity; }
    const JsonNode& sampleUser() const { return m_user; }
    static JsonNode defaultSampleEntity();
    static JsonNode defaultSampleUser();

    // The user changed an input. Returns the inputs whose state (visibility,
    // required, disabled, enum, default) or value changed as a consequence.
    QStringList setValue(const QString& name, JsonNode value);
    QStringList setSecret(const QString& name, SecureBuffer utf8);
    QStringList clearValue(const QString& name);

    // Sets many values from a JSON object {"name": value}: secrets as strings
    // (an object secret as a JSON object or its text), the rest as JSON values.
    // Fails on a name that is not an input, or a secret of the wrong JSON type.
    Status setValues(const JsonNode& values);
    // Every value as a JSON object (secrets in plain text: for fixtures only).
    JsonNode valuesObject(bool includeSecrets) const;

    // Forgets every value (secrets wiped): a different definition was opened.
    void clearValues();

    bool hasValue(const QString& name) const;
    const JsonNode* value(const QString& name) const; // non-secret inputs
    const SecureBuffer* secret(const QString& name) const; // secret inputs (UTF-8 text as typed)
    bool isTouched(const QString& name) const { return m_touched.contains(name); }

    InputState state(const QString& name) const;
    // Messages for the current value of one input (empty when valid).
    QStringList validate(const QString& name) const;
    // Every visible input with a problem, in definition order.
    QList<QPair<QString, QStringList>> validateAll() const;

    // Problems jq reported while evaluating (runtime errors, time-outs).
    const QList<LintProblem>& jqProblems() const { return m_jqProblems; }

    // {"form": {...non-secret values...}, "entity": ..., "user": ...}
    QByteArray jqContext() const;
    // Non-secret values of the inputs that exist, as an object (definition order).
    JsonNode formObject() const;

    // How many jq expressions the last change re-evaluated (for tests, benchmarks).
    int lastEvaluationCount() const { return m_lastEvaluated; }

private:
    struct Job
    {
        QString input; // empty: the userInputs-level "required"
        QString field; // "visible", "required", "disabled", "enum", "default"
        QString query;
        SourceLocation location;
    };
    QStringList evaluate(const QString& changed);
    QStringList applyDefaults(const QStringList& names);
    bool dependsOn(const InputDefinition& input, const QString& changed) const;

    std::shared_ptr<const ActionDefinition> m_definition;
    JsonNode m_entity;
    JsonNode m_user;
    QHash<QString, JsonNode> m_values;
    QHash<QString, std::shared_ptr<SecureBuffer>> m_secrets;
    QSet<QString> m_touched;
    QHash<QString, InputState> m_states;
    QHash<QString, bool> m_ownRequired; // the input's own "required" (literal or its last jq result)
    std::optional<QStringList> m_requiredByJq; // userInputs "required" from jq
    QList<LintProblem> m_jqProblems;
    QHash<QString, LintProblem> m_jqProblemsByKey;
    int m_lastEvaluated = 0;
};

// Whether jq's output counts as true (jq's rule: everything but false and null).
bool jqTruthy(const JsonNode& value);

} // namespace sb
