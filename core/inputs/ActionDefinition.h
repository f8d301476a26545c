// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/JsonText.h"
#include "crypto/SecretValue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

// Where something is in the definition text: 1-based line and column, and the
// RFC 6901 JSON pointer of the value.
struct SourceLocation
{
    int line = 0;
    int column = 0;
    QString pointer;
    qsizetype offset = -1;

    bool isValid() const { return line > 0; }
};

enum class InputType
{
    String,
    Number,
    Boolean,
    Object,
    Array,
    Missing, // no "type"
    Unknown // a "type" Port does not have
};

QString inputTypeName(InputType type);
InputType inputTypeFromName(const QString& name); // Unknown for anything else

// A field that may be a literal or {"jqQuery": "..."} (formats.md section 1).
struct DynamicValue
{
    enum class Kind
    {
        Absent,
        Literal,
        Jq
    };
    Kind kind = Kind::Absent;
    JsonNode literal;
    QString query;
    SourceLocation location; // the field's value
    SourceLocation queryLocation; // the jqQuery string, for Jq

    bool isAbsent() const { return kind == Kind::Absent; }
    bool isJq() const { return kind == Kind::Jq; }
    bool isLiteral() const { return kind == Kind::Literal; }
};

enum class EncryptionKind
{
    None,
    PortManaged, // "aes256-gcm"
    ClientSide, // {"algorithm": "client-side", "key": PEM}
    Invalid // present but not one of the two forms
};

struct InputDefinition
{
    QString name;
    SourceLocation location; // the input's object
    SourceLocation nameLocation; // its key in "properties"
    JsonNode node; // the input's JSON, for rules that need more

    QString typeText;
    InputType type = InputType::Missing;
    SourceLocation typeLocation;
    QString format;
    SourceLocation formatLocation;
    QString blueprint;
    QString title;
    QString description;
    QString icon;

    DynamicValue defaultValue;
    DynamicValue enumValues;
    DynamicValue visible;
    DynamicValue required; // per-input form (the userInputs "required" list is the other)
    DynamicValue disabled;
    QStringList dependsOn;
    SourceLocation dependsOnLocation;
    JsonNode enumColors;
    SourceLocation enumColorsLocation;

    std::optional<double> minLength;
    std::optional<double> maxLength;
    std::optional<double> minimum;
    std::optional<double> maximum;
    SourceLocation minLengthLocation;
    SourceLocation minimumLocation;
    QString pattern;
    SourceLocation patternLocation;

    bool hasItems = false;
    InputType itemsType = InputType::Missing;
    QString itemsTypeText;
    QString itemsFormat;
    JsonNode itemsEnum; // Null when absent
    SourceLocation itemsLocation;
    bool itemsEncrypted = false;

    EncryptionKind encryption = EncryptionKind::None;
    SourceLocation encryptionLocation;
    QString encryptionText; // the string form, or the algorithm of the object form
    QString clientKeyPem;
    SourceLocation clientKeyLocation;

    bool isSecret() const
    {
        return encryption == EncryptionKind::PortManaged || encryption == EncryptionKind::ClientSide;
    }
    bool isMultiLine() const { return format == QLatin1String("multi-line"); }
    SecretType secretType() const
    {
        return type == InputType::Object ? SecretType::Object : SecretType::String;
    }
    QString displayTitle() const { return title.isEmpty() ? name : title; }
};

struct StepDefinition
{
    QString title;
    QStringList order;
    QList<SourceLocation> orderLocations;
    SourceLocation location;
};

struct TitleDefinition
{
    QString id;
    QString title;
    QString description;
    SourceLocation location;
};

struct InvocationMethod
{
    bool present = false;
    QString type; // "WEBHOOK", "GITHUB", "INTEGRATION_ACTION", ...
    SourceLocation location;
    SourceLocation typeLocation;
    JsonNode node;
    QString url;
    SourceLocation urlLocation;
    QString method; // upper case; empty when absent
    SourceLocation methodLocation;
    JsonNode headers; // Null when absent
    SourceLocation headersLocation;
    JsonNode body; // Null when absent
    bool hasBody = false;
    SourceLocation bodyLocation;

    bool isWebhook() const { return type == QLatin1String("WEBHOOK"); }
    // Port's GitHub Ocean integration (secret inputs are not supported there).
    bool isGitHubOcean() const;
};

// A Port self-service action definition, or the part of one people paste: a
// whole action (trigger.userInputs), a bare userInputs object, or a bare
// properties object. Keeps source positions for every part it reads.
class ActionDefinition
{
public:
    enum class Shape
    {
        Action, // {"trigger": {"userInputs": ...}} (or a top-level "userInputs" with action fields)
        UserInputs, // {"properties": ..., "required": ..., ...}
        Properties // {"<name>": {"type": ...}, ...}
    };

    // Fails (InvalidJson, InvalidDefinition) only when the text cannot be read
    // as a definition at all; everything else is a lint problem.
    static Result<ActionDefinition> parse(QByteArrayView text);

    Shape shape() const { return m_shape; }
    QString shapeName() const;
    const QByteArray& text() const { return m_text; }
    const JsonNode& root() const { return m_root; }

    QString identifier() const { return m_identifier; }
    QString title() const { return m_title; }
    QString userInputsPointer() const { return m_userInputsPointer; }
    QString propertiesPointer() const { return m_propertiesPointer; }
    SourceLocation propertiesLocation() const { return m_propertiesLocation; }

    const QList<InputDefinition>& inputs() const { return m_inputs; }
    const InputDefinition* input(QStringView name) const;
    qsizetype indexOf(QStringView name) const;
    // The definition text with the client-side key of `input` set to
    // `publicPem` (its "key" string replaced, or added to its encryption
    // object); every other byte stays as it was. Usage when the input is not
    // client-side.
    Result<QByteArray> withClientSideKey(QStringView input, QByteArrayView publicPem) const;
    bool hasSecrets() const;

    const QStringList& order() const { return m_order; }
    const QList<SourceLocation>& orderLocations() const { return m_orderLocations; }
    const DynamicValue& required() const { return m_required; } // literal array, or jq
    const QList<SourceLocation>& requiredLocations() const { return m_requiredLocations; }
    const QList<StepDefinition>& steps() const { return m_steps; }
    SourceLocation stepsLocation() const { return m_stepsLocation; }
    const QList<TitleDefinition>& titles() const { return m_titles; }
    const TitleDefinition* titleEntry(QStringView id) const;
    const InvocationMethod& invocation() const { return m_invocation; }

    // Inputs and titles in the order the form shows them: "order" first, then
    // the properties it does not name, in their source order.
    QStringList displayOrder() const;
    QStringList displayOrder(const QStringList& names) const; // for one step's list

    // Every jq program of the definition (jqQuery values, then {{ }} template
    // expressions), each once: the set the jq worker compiles in one go.
    const QStringList& jqPrograms() const { return m_jqPrograms; }
    int jqProgramIndex(const QString& program) const { return m_jqIndex.value(program, -1); }

    SourceLocation locate(const JsonNode& node, const QString& pointer) const;
    SourceLocation locateKey(const JsonNode& parent, qsizetype index, const QString& pointer) const;
    // The location of the value at a JSON pointer, or the nearest parent.
    SourceLocation locatePointer(const QString& pointer) const;

private:
    void readUserInputs(const JsonNode& userInputs, const QString& pointer);
    void readProperties(const JsonNode& properties, const QString& pointer);
    InputDefinition readInput(const QString& name, const JsonNode& node, const QString& pointer) const;
    DynamicValue readDynamic(const JsonNode& parent, const QString& key, const QString& pointer) const;
    void readInvocation(const JsonNode& node, const QString& pointer);
    void collectJqPrograms();

    Shape m_shape = Shape::Properties;
    QByteArray m_text;
    JsonNode m_root;
    LineIndex m_lines;
    QString m_identifier;
    QString m_title;
    QString m_userInputsPointer;
    QString m_propertiesPointer;
    SourceLocation m_propertiesLocation;
    QList<InputDefinition> m_inputs;
    QStringList m_order;
    QList<SourceLocation> m_orderLocations;
    DynamicValue m_required;
    QList<SourceLocation> m_requiredLocations;
    QList<StepDefinition> m_steps;
    SourceLocation m_stepsLocation;
    QList<TitleDefinition> m_titles;
    InvocationMethod m_invocation;
    QStringList m_jqPrograms;
    QHash<QString, int> m_jqIndex;
};

} // namespace sb
