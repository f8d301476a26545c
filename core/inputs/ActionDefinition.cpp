// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDefinition.h"

#include "inputs/Templates.h"

#include <QCoreApplication>

namespace sb {

namespace {

std::optional<double> numberField(const JsonNode& node, QStringView key)
{
    const JsonNode* value = node.find(key);
    if (value && value->isNumber()) {
        return value->number;
    }
    return std::nullopt;
}

QString stringField(const JsonNode& node, QStringView key)
{
    const JsonNode* value = node.find(key);
    return value && value->isString() ? value->string : QString();
}

} // namespace

QString inputTypeName(InputType type)
{
    switch (type) {
    case InputType::String:
        return QStringLiteral("string");
    case InputType::Number:
        return QStringLiteral("number");
    case InputType::Boolean:
        return QStringLiteral("boolean");
    case InputType::Object:
        return QStringLiteral("object");
    case InputType::Array:
        return QStringLiteral("array");
    case InputType::Missing:
        return QStringLiteral("(missing)");
    case InputType::Unknown:
        return QStringLiteral("(unknown)");
    }
    return {};
}

InputType inputTypeFromName(const QString& name)
{
    if (name == QLatin1String("string")) {
        return InputType::String;
    }
    if (name == QLatin1String("number")) {
        return InputType::Number;
    }
    if (name == QLatin1String("boolean")) {
        return InputType::Boolean;
    }
    if (name == QLatin1String("object")) {
        return InputType::Object;
    }
    if (name == QLatin1String("array")) {
        return InputType::Array;
    }
    return InputType::Unknown;
}

bool InvocationMethod::isGitHubOcean() const
{
    if (type != QLatin1String("INTEGRATION_ACTION")) {
        return false;
    }
    const QString actionType = stringField(node, u"integrationActionType");
    return actionType == QLatin1String("dispatch_workflow");
}

Result<ActionDefinition> ActionDefinition::parse(QByteArrayView text)
{
    auto root = JsonText::parse(text);
    if (!root) {
        return std::unexpected(root.error());
    }
    if (!root->isObject()) {
        return fail(
            ErrorKind::InvalidDefinition,
            QCoreApplication::translate("sb::ActionDefinition",
                                        "A definition is a JSON object (an action, its userInputs, or its "
                                        "properties); this is a JSON %1.")
                .arg(root->kindName()),
            root->offset);
    }
    ActionDefinition d;
    d.m_text = text.toByteArray();
    d.m_lines = LineIndex(text);
    d.m_root = std::move(*root);
    const JsonNode& r = d.m_root;

    const JsonNode* trigger = r.find(u"trigger");
    const JsonNode* userInputs = trigger ? trigger->find(u"userInputs") : nullptr;
    if (userInputs && userInputs->isObject()) {
        d.m_shape = Shape::Action;
        d.readUserInputs(*userInputs, QStringLiteral("/trigger/userInputs"));
    } else if (const JsonNode* topLevel = r.find(u"userInputs"); topLevel && topLevel->isObject()) {
        // {"userInputs": {...}} as pasted, or the older action format with top-level userInputs.
        d.m_shape = r.find(u"identifier") || r.find(u"invocationMethod") ? Shape::Action : Shape::UserInputs;
        d.readUserInputs(*topLevel, QStringLiteral("/userInputs"));
    } else if (r.find(u"properties") && r.find(u"properties")->isObject()) {
        d.m_shape = Shape::UserInputs;
        d.readUserInputs(r, QString());
    } else if (trigger || r.find(u"identifier") || r.find(u"invocationMethod")) {
        d.m_shape = Shape::Action; // an action without inputs
    } else {
        d.m_shape = Shape::Properties;
        d.readProperties(r, QString());
    }
    d.m_identifier = stringField(r, u"identifier");
    d.m_title = stringField(r, u"title");
    if (const JsonNode* invocation = r.find(u"invocationMethod")) {
        d.readInvocation(*invocation, QStringLiteral("/invocationMethod"));
    }
    d.collectJqPrograms();
    return d;
}

QString ActionDefinition::shapeName() const
{
    switch (m_shape) {
    case Shape::Action:
        return QStringLiteral("action");
    case Shape::UserInputs:
        return QStringLiteral("userInputs");
    case Shape::Properties:
        return QStringLiteral("properties");
    }
    return {};
}

SourceLocation ActionDefinition::locate(const JsonNode& node, const QString& pointer) const
{
    SourceLocation location;
    location.pointer = pointer;
    location.offset = node.offset;
    if (node.offset >= 0) {
        location.line = m_lines.line(node.offset);
        location.column = m_lines.column(node.offset);
    }
    return location;
}

SourceLocation
ActionDefinition::locateKey(const JsonNode& parent, qsizetype index, const QString& pointer) const
{
    SourceLocation location;
    location.pointer = pointer;
    if (index >= 0 && index < parent.keyOffsets.size()) {
        location.offset = parent.keyOffsets[index];
        location.line = m_lines.line(location.offset);
        location.column = m_lines.column(location.offset);
    }
    return location;
}

SourceLocation ActionDefinition::locatePointer(const QString& pointer) const
{
    const JsonNode* node = &m_root;
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        const JsonNode* next = nullptr;
        if (node->isObject()) {
            next = node->find(part);
        } else if (node->isArray()) {
            bool ok = false;
            const qsizetype index = part.toLongLong(&ok);
            if (ok && index >= 0 && index < node->size()) {
                next = &node->items[static_cast<std::size_t>(index)];
            }
        }
        if (!next) {
            break;
        }
        node = next;
    }
    return locate(*node, pointer);
}

void ActionDefinition::readUserInputs(const JsonNode& userInputs, const QString& pointer)
{
    m_userInputsPointer = pointer;
    if (const JsonNode* properties = userInputs.find(u"properties")) {
        m_propertiesLocation = locate(*properties, pointer + QStringLiteral("/properties"));
        if (properties->isObject()) {
            readProperties(*properties, pointer + QStringLiteral("/properties"));
        }
    }
    if (const JsonNode* order = userInputs.find(u"order"); order && order->isArray()) {
        for (qsizetype i = 0; i < order->size(); ++i) {
            const JsonNode& item = order->items[static_cast<std::size_t>(i)];
            m_order.append(item.isString() ? item.string : QString());
            m_orderLocations.append(locate(item, jsonPointerAppend(pointer + QStringLiteral("/order"), i)));
        }
    }
    m_required = readDynamic(userInputs, QStringLiteral("required"), pointer);
    if (m_required.isLiteral() && m_required.literal.isArray()) {
        for (qsizetype i = 0; i < m_required.literal.size(); ++i) {
            m_requiredLocations.append(locate(m_required.literal.items[static_cast<std::size_t>(i)],
                                              jsonPointerAppend(pointer + QStringLiteral("/required"), i)));
        }
    }
    if (const JsonNode* steps = userInputs.find(u"steps"); steps && steps->isArray()) {
        const QString stepsPointer = pointer + QStringLiteral("/steps");
        m_stepsLocation = locate(*steps, stepsPointer);
        for (qsizetype i = 0; i < steps->size(); ++i) {
            const JsonNode& step = steps->items[static_cast<std::size_t>(i)];
            StepDefinition s;
            const QString stepPointer = jsonPointerAppend(stepsPointer, i);
            s.location = locate(step, stepPointer);
            s.title = stringField(step, u"title");
            if (const JsonNode* order = step.find(u"order"); order && order->isArray()) {
                for (qsizetype j = 0; j < order->size(); ++j) {
                    const JsonNode& item = order->items[static_cast<std::size_t>(j)];
                    s.order.append(item.isString() ? item.string : QString());
                    s.orderLocations.append(
                        locate(item, jsonPointerAppend(stepPointer + QStringLiteral("/order"), j)));
                }
            }
            m_steps.append(s);
        }
    }
    if (const JsonNode* titles = userInputs.find(u"titles"); titles && titles->isObject()) {
        for (qsizetype i = 0; i < titles->keys.size(); ++i) {
            const JsonNode& entry = titles->items[static_cast<std::size_t>(i)];
            TitleDefinition t;
            t.id = titles->keys[i];
            t.title = stringField(entry, u"title");
            t.description = stringField(entry, u"description");
            t.location = locate(entry, jsonPointerAppend(pointer + QStringLiteral("/titles"), t.id));
            m_titles.append(t);
        }
    }
}

void ActionDefinition::readProperties(const JsonNode& properties, const QString& pointer)
{
    m_propertiesPointer = pointer;
    if (!m_propertiesLocation.isValid()) {
        m_propertiesLocation = locate(properties, pointer);
    }
    for (qsizetype i = 0; i < properties.keys.size(); ++i) {
        const QString& name = properties.keys[i];
        const QString inputPointer = jsonPointerAppend(pointer, name);
        InputDefinition input = readInput(name, properties.items[static_cast<std::size_t>(i)], inputPointer);
        input.nameLocation = locateKey(properties, i, inputPointer);
        m_inputs.append(std::move(input));
    }
}

DynamicValue
ActionDefinition::readDynamic(const JsonNode& parent, const QString& key, const QString& pointer) const
{
    DynamicValue value;
    const JsonNode* node = parent.find(key);
    if (!node) {
        return value;
    }
    const QString valuePointer = jsonPointerAppend(pointer, key);
    value.location = locate(*node, valuePointer);
    const JsonNode* query = node->isObject() ? node->find(u"jqQuery") : nullptr;
    if (query && query->isString()) {
        value.kind = DynamicValue::Kind::Jq;
        value.query = query->string;
        value.queryLocation = locate(*query, valuePointer + QStringLiteral("/jqQuery"));
    } else {
        value.kind = DynamicValue::Kind::Literal;
        value.literal = *node;
    }
    return value;
}

InputDefinition
ActionDefinition::readInput(const QString& name, const JsonNode& node, const QString& pointer) const
{
    InputDefinition in;
    in.name = name;
    in.node = node;
    in.location = locate(node, pointer);
    if (!node.isObject()) {
        in.type = InputType::Missing;
        return in;
    }
    if (const JsonNode* type = node.find(u"type")) {
        in.typeLocation = locate(*type, pointer + QStringLiteral("/type"));
        in.typeText = type->isString() ? type->string : QString::fromUtf8(JsonText::serialize(*type));
        in.type = type->isString() ? inputTypeFromName(type->string) : InputType::Unknown;
    }
    if (const JsonNode* format = node.find(u"format")) {
        in.formatLocation = locate(*format, pointer + QStringLiteral("/format"));
        in.format = format->isString() ? format->string : QString::fromUtf8(JsonText::serialize(*format));
    }
    in.blueprint = stringField(node, u"blueprint");
    in.title = stringField(node, u"title");
    in.description = stringField(node, u"description");
    in.icon = stringField(node, u"icon");
    in.defaultValue = readDynamic(node, QStringLiteral("default"), pointer);
    in.enumValues = readDynamic(node, QStringLiteral("enum"), pointer);
    in.visible = readDynamic(node, QStringLiteral("visible"), pointer);
    in.required = readDynamic(node, QStringLiteral("required"), pointer);
    in.disabled = readDynamic(node, QStringLiteral("disabled"), pointer);
    if (const JsonNode* depends = node.find(u"dependsOn")) {
        in.dependsOnLocation = locate(*depends, pointer + QStringLiteral("/dependsOn"));
        if (depends->isArray()) {
            for (const JsonNode& item : depends->items) {
                in.dependsOn.append(item.isString() ? item.string : QString());
            }
        } else if (depends->isString()) {
            in.dependsOn.append(depends->string);
        }
    }
    if (const JsonNode* colors = node.find(u"enumColors")) {
        in.enumColors = *colors;
        in.enumColorsLocation = locate(*colors, pointer + QStringLiteral("/enumColors"));
    }
    in.minLength = numberField(node, u"minLength");
    in.maxLength = numberField(node, u"maxLength");
    in.minimum = numberField(node, u"minimum");
    in.maximum = numberField(node, u"maximum");
    if (const JsonNode* n = node.find(u"minLength")) {
        in.minLengthLocation = locate(*n, pointer + QStringLiteral("/minLength"));
    } else if (const JsonNode* m = node.find(u"maxLength")) {
        in.minLengthLocation = locate(*m, pointer + QStringLiteral("/maxLength"));
    }
    if (const JsonNode* n = node.find(u"minimum")) {
        in.minimumLocation = locate(*n, pointer + QStringLiteral("/minimum"));
    } else if (const JsonNode* m = node.find(u"maximum")) {
        in.minimumLocation = locate(*m, pointer + QStringLiteral("/maximum"));
    }
    if (const JsonNode* pattern = node.find(u"pattern")) {
        in.pattern = pattern->isString() ? pattern->string : QString();
        in.patternLocation = locate(*pattern, pointer + QStringLiteral("/pattern"));
    }
    if (const JsonNode* items = node.find(u"items"); items && items->isObject()) {
        in.hasItems = true;
        in.itemsLocation = locate(*items, pointer + QStringLiteral("/items"));
        if (const JsonNode* type = items->find(u"type")) {
            in.itemsTypeText = type->isString() ? type->string : QString();
            in.itemsType = inputTypeFromName(in.itemsTypeText);
        }
        in.itemsFormat = stringField(*items, u"format");
        if (const JsonNode* e = items->find(u"enum")) {
            in.itemsEnum = *e;
        }
        in.itemsEncrypted = items->find(u"encryption") != nullptr;
    }
    if (const JsonNode* encryption = node.find(u"encryption")) {
        const QString encryptionPointer = pointer + QStringLiteral("/encryption");
        in.encryptionLocation = locate(*encryption, encryptionPointer);
        if (encryption->isString()) {
            in.encryptionText = encryption->string;
            in.encryption = encryption->string == QLatin1String("aes256-gcm") ? EncryptionKind::PortManaged
                                                                              : EncryptionKind::Invalid;
        } else if (encryption->isObject()) {
            in.encryptionText = stringField(*encryption, u"algorithm");
            const JsonNode* key = encryption->find(u"key");
            if (key) {
                in.clientKeyLocation = locate(*key, encryptionPointer + QStringLiteral("/key"));
                in.clientKeyPem = key->isString() ? key->string : QString();
            } else {
                in.clientKeyLocation = in.encryptionLocation;
            }
            in.encryption = in.encryptionText == QLatin1String("client-side") ? EncryptionKind::ClientSide
                                                                              : EncryptionKind::Invalid;
        } else {
            in.encryptionText = QString::fromUtf8(JsonText::serialize(*encryption));
            in.encryption = EncryptionKind::Invalid;
        }
    }
    return in;
}

Result<QByteArray> ActionDefinition::withClientSideKey(QStringView inputName, QByteArrayView publicPem) const
{
    const InputDefinition* in = input(inputName);
    const JsonNode* encryption = in ? in->node.find(u"encryption") : nullptr;
    if (!encryption || !encryption->isObject()
        || stringField(*encryption, u"algorithm") != QLatin1String("client-side") || encryption->offset < 0) {
        return fail(
            ErrorKind::Usage,
            QStringLiteral("Input \"%1\" is not a client-side secret (\"encryption\": {\"algorithm\": "
                           "\"client-side\", \"key\": ...}).")
                .arg(inputName));
    }
    QByteArray text = m_text;
    const QByteArray quoted = JsonText::quoted(publicPem);
    if (const JsonNode* key = encryption->find(u"key"); key && key->offset >= 0) {
        return text.replace(key->offset, key->end - key->offset, quoted);
    }
    // No key yet: add one before the object's closing brace.
    const qsizetype close = encryption->end - 1;
    const bool empty = encryption->keys.isEmpty();
    return text.insert(close, (empty ? QByteArray() : QByteArray(", ")) + "\"key\": " + quoted);
}

void ActionDefinition::readInvocation(const JsonNode& node, const QString& pointer)
{
    InvocationMethod& m = m_invocation;
    m.present = true;
    m.node = node;
    m.location = locate(node, pointer);
    if (!node.isObject()) {
        return;
    }
    if (const JsonNode* type = node.find(u"type")) {
        m.type = type->isString() ? type->string : QString();
        m.typeLocation = locate(*type, pointer + QStringLiteral("/type"));
    }
    if (const JsonNode* url = node.find(u"url")) {
        m.url = url->isString() ? url->string : QString();
        m.urlLocation = locate(*url, pointer + QStringLiteral("/url"));
    }
    if (const JsonNode* method = node.find(u"method")) {
        m.method = method->isString() ? method->string.toUpper() : QString();
        m.methodLocation = locate(*method, pointer + QStringLiteral("/method"));
    }
    if (const JsonNode* headers = node.find(u"headers")) {
        m.headers = *headers;
        m.headersLocation = locate(*headers, pointer + QStringLiteral("/headers"));
    }
    if (const JsonNode* body = node.find(u"body")) {
        m.body = *body;
        m.hasBody = true;
        m.bodyLocation = locate(*body, pointer + QStringLiteral("/body"));
    }
}

void ActionDefinition::collectJqPrograms()
{
    auto add = [this](const QString& program) {
        if (!program.trimmed().isEmpty() && !m_jqIndex.contains(program)) {
            m_jqIndex.insert(program, static_cast<int>(m_jqPrograms.size()));
            m_jqPrograms.append(program);
        }
    };
    if (m_required.isJq()) {
        add(m_required.query);
    }
    for (const InputDefinition& in : m_inputs) {
        for (const DynamicValue* v :
             { &in.defaultValue, &in.enumValues, &in.visible, &in.required, &in.disabled }) {
            if (v->isJq()) {
                add(v->query);
            }
        }
    }
    for (const TemplateSite& site : collectTemplates(*this)) {
        for (const TemplateString::Part& part : site.parsed.parts) {
            if (part.expression) {
                add(part.text);
            }
        }
    }
}

const InputDefinition* ActionDefinition::input(QStringView name) const
{
    const qsizetype i = indexOf(name);
    return i >= 0 ? &m_inputs[i] : nullptr;
}

qsizetype ActionDefinition::indexOf(QStringView name) const
{
    for (qsizetype i = 0; i < m_inputs.size(); ++i) {
        if (m_inputs[i].name == name) {
            return i;
        }
    }
    return -1;
}

bool ActionDefinition::hasSecrets() const
{
    return std::any_of(m_inputs.begin(), m_inputs.end(),
                       [](const InputDefinition& in) { return in.isSecret(); });
}

const TitleDefinition* ActionDefinition::titleEntry(QStringView id) const
{
    for (const TitleDefinition& t : m_titles) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QStringList ActionDefinition::displayOrder() const
{
    QStringList out;
    for (const QString& name : m_order) {
        if ((input(name) || titleEntry(name)) && !out.contains(name)) {
            out.append(name);
        }
    }
    for (const InputDefinition& in : m_inputs) {
        if (!out.contains(in.name)) {
            out.append(in.name);
        }
    }
    return out;
}

QStringList ActionDefinition::displayOrder(const QStringList& names) const
{
    QStringList out;
    for (const QString& name : names) {
        if ((input(name) || titleEntry(name)) && !out.contains(name)) {
            out.append(name);
        }
    }
    return out;
}

} // namespace sb
