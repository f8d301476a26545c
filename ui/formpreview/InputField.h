// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs/FormSession.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace sb {

// One input of the rendered form, as Port draws it: the title (with a mark
// when required), the editor the input's type and format call for, the
// description, and the current validation messages. Single-line secrets use
// SecretField (masked with asterisks); multi-line secrets an unmasked,
// monospace, resizable text area with a note saying so; object secrets and
// objects a JSON editor.
class InputField : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        SecretLine,
        SecretMultiLine,
        SecretObject,
        Text,
        MultiLine,
        Code, // yaml, markdown
        Url,
        Email,
        DateTime,
        Reference, // entity, user, team
        Enum,
        Number,
        Boolean,
        Array,
        Object,
        Unsupported
    };

    InputField(const InputDefinition& input, QWidget* parent = nullptr);

    QString name() const { return m_name; }
    Kind kind() const { return m_kind; }
    static Kind kindFor(const InputDefinition& input);

    // Shows the session's value without reporting it as an edit.
    void load(const FormSession& session);
    // Writes the editor's value into the session; returns the inputs that
    // changed as a consequence (jq), as FormSession does.
    QStringList store(FormSession& session);
    void applyState(const InputState& state);
    void setMessages(const QStringList& messages);
    QStringList messages() const { return m_messages; }

    QWidget* editor() const { return m_editor; }
    bool isRequiredShown() const { return m_required; }

Q_SIGNALS:
    void edited(const QString& name);

private:
    void build(const InputDefinition& input);
    void emitEdited();
    void fillEnum(const JsonNode& values);
    QString localError() const;

    QString m_name;
    Kind m_kind;
    InputDefinition m_input;
    QLabel* m_title = nullptr;
    QLabel* m_requiredMark = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_messagesLabel = nullptr;
    QWidget* m_editor = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QStringList m_messages;
    bool m_required = false;
    bool m_loading = false;
    bool m_numberTouched = false;
    std::optional<JsonNode> m_enumShown;
};

} // namespace sb
