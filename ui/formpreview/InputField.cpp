// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputField.h"

#include "common/JsonText.h"
#include "widgets/CodeEditor.h"
#include "widgets/JsonHighlighter.h"
#include "widgets/SecretField.h"
#include "widgets/SeverityStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProxyStyle>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace sb {

namespace {

// A bar under a text area that makes it taller or shorter when dragged.
class GripHandle : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(sb::GripHandle) // no Q_OBJECT: its own translation context all the same

public:
    GripHandle(QWidget* target, QWidget* parent)
        : QWidget(parent)
        , m_target(target)
    {
        setObjectName(QStringLiteral("resizeGrip"));
        setFixedHeight(8);
        setCursor(Qt::SizeVerCursor);
        setToolTip(tr("Drag to resize"));
    }

protected:
    void mousePressEvent(QMouseEvent* event) override
    {
        m_startY = event->globalPosition().y();
        m_startHeight = m_target->height();
    }
    void mouseMoveEvent(QMouseEvent* event) override
    {
        if (event->buttons() & Qt::LeftButton) {
            const int height = m_startHeight + static_cast<int>(event->globalPosition().y() - m_startY);
            m_target->setFixedHeight(std::clamp(height, 60, 2000));
        }
    }
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::Mid));
        const int mid = width() / 2;
        for (int dx = -6; dx <= 6; dx += 4) {
            painter.drawPoint(mid + dx, 3);
            painter.drawPoint(mid + dx, 5);
        }
    }

private:
    QWidget* m_target;
    double m_startY = 0;
    int m_startHeight = 0;
};

// A list of values: editable lines with Add/Remove, or checkable choices when
// the items have an enum.
class ArrayEditor : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(sb::ArrayEditor) // no Q_OBJECT: its own translation context all the same

public:
    ArrayEditor(const InputDefinition& input, QWidget* parent)
        : QWidget(parent)
        , m_list(new QListWidget(this))
        , m_itemsType(input.itemsType)
        , m_choices(input.itemsEnum.isArray())
    {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_list->setObjectName(QStringLiteral("arrayList"));
        m_list->setMaximumHeight(120);
        layout->addWidget(m_list);
        if (m_choices) {
            for (const JsonNode& value : input.itemsEnum.items) {
                auto* item = new QListWidgetItem(
                    value.isString() ? value.string : QString::fromUtf8(JsonText::serialize(value)), m_list);
                item->setData(Qt::UserRole, QString::fromUtf8(JsonText::serialize(value)));
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        } else {
            auto* buttons = new QHBoxLayout;
            auto* add = new QPushButton(tr("Add item"), this);
            add->setObjectName(QStringLiteral("addItem"));
            auto* remove = new QPushButton(tr("Remove"), this);
            remove->setObjectName(QStringLiteral("removeItem"));
            buttons->addWidget(add);
            buttons->addWidget(remove);
            buttons->addStretch();
            layout->addLayout(buttons);
            QObject::connect(add, &QPushButton::clicked, this, [this] {
                auto* item = new QListWidgetItem(QString(), m_list);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                m_list->setCurrentItem(item);
                m_list->editItem(item);
                notify();
            });
            QObject::connect(remove, &QPushButton::clicked, this, [this] {
                delete m_list->currentItem();
                notify();
            });
        }
        QObject::connect(m_list, &QListWidget::itemChanged, this, [this] { notify(); });
    }

    std::function<void()> changed;

    JsonNode value(QString* error) const
    {
        JsonNode out = JsonNode::makeArray();
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem* item = m_list->item(i);
            if (m_choices) {
                if (item->checkState() == Qt::Checked) {
                    if (auto parsed = JsonText::parse(item->data(Qt::UserRole).toString().toUtf8())) {
                        out.items.push_back(*parsed);
                    }
                }
                continue;
            }
            const QString text = item->text();
            switch (m_itemsType) {
            case InputType::Number: {
                bool ok = false;
                const double n = text.trimmed().toDouble(&ok);
                if (!ok && error) {
                    *error = tr("Item %1 is not a number.").arg(i + 1);
                }
                out.items.push_back(JsonNode::makeNumber(n));
                break;
            }
            case InputType::Boolean:
                out.items.push_back(JsonNode::makeBool(text.trimmed() == QLatin1String("true")));
                break;
            case InputType::Object:
            case InputType::Array: {
                auto parsed = JsonText::parse(text.toUtf8());
                if (!parsed && error) {
                    *error = tr("Item %1 is not JSON.").arg(i + 1);
                }
                out.items.push_back(parsed ? *parsed : JsonNode());
                break;
            }
            default:
                out.items.push_back(JsonNode::makeString(text));
            }
        }
        return out;
    }

    void setValue(const JsonNode& value)
    {
        const QSignalBlocker blocker(m_list);
        if (m_choices) {
            for (int i = 0; i < m_list->count(); ++i) {
                QListWidgetItem* item = m_list->item(i);
                bool checked = false;
                for (const JsonNode& v : value.items) {
                    checked = checked
                        || QString::fromUtf8(JsonText::serialize(v)) == item->data(Qt::UserRole).toString();
                }
                item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            }
            return;
        }
        m_list->clear();
        for (const JsonNode& v : value.items) {
            auto* item = new QListWidgetItem(
                v.isString() ? v.string : QString::fromUtf8(JsonText::serialize(v)), m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }

    QListWidget* list() const { return m_list; }

private:
    void notify()
    {
        if (changed) {
            changed();
        }
    }

    QListWidget* m_list;
    InputType m_itemsType;
    bool m_choices;
};

// One style for every secret line: the current style, with asterisks as the
// password character (a style sheet per field would cost more than the field).
class AsteriskStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint,
                  const QStyleOption* option,
                  const QWidget* widget,
                  QStyleHintReturn* data) const override
    {
        if (hint == SH_LineEdit_PasswordCharacter) {
            return '*';
        }
        return QProxyStyle::styleHint(hint, option, widget, data);
    }
};

QStyle* asteriskStyle()
{
    static QPointer<AsteriskStyle> style;
    if (!style) {
        style = new AsteriskStyle;
        style->setParent(qApp);
    }
    return style;
}

QString enumText(const JsonNode& value)
{
    return value.isString() ? value.string : QString::fromUtf8(JsonText::serialize(value));
}

QColor portColour(const QString& name)
{
    static const QHash<QString, QColor> named = {
        { QStringLiteral("lightGray"), QColor(0xd1, 0xd5, 0xdb) },
        { QStringLiteral("darkGray"), QColor(0x6b, 0x72, 0x80) },
        { QStringLiteral("paleBlue"), QColor(0xa5, 0xc8, 0xf0) },
        { QStringLiteral("turquoise"), QColor(0x2d, 0xd4, 0xbf) },
        { QStringLiteral("bronze"), QColor(0xcd, 0x7f, 0x32) },
        { QStringLiteral("gold"), QColor(0xd4, 0xaf, 0x37) },
    };
    if (named.contains(name)) {
        return named.value(name);
    }
    const QColor colour = QColor::fromString(name);
    return colour.isValid() ? colour : QColor(Qt::gray);
}

QString isoText(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

InputField::Kind InputField::kindFor(const InputDefinition& in)
{
    if (in.isSecret()) {
        if (in.type == InputType::Object) {
            return Kind::SecretObject;
        }
        return in.isMultiLine() ? Kind::SecretMultiLine : Kind::SecretLine;
    }
    switch (in.type) {
    case InputType::String:
        if (!in.enumValues.isAbsent()) {
            return Kind::Enum;
        }
        if (in.format == QLatin1String("multi-line")) {
            return Kind::MultiLine;
        }
        if (in.format == QLatin1String("yaml") || in.format == QLatin1String("markdown")) {
            return Kind::Code;
        }
        if (in.format == QLatin1String("url")) {
            return Kind::Url;
        }
        if (in.format == QLatin1String("email")) {
            return Kind::Email;
        }
        if (in.format == QLatin1String("date-time")) {
            return Kind::DateTime;
        }
        if (in.format == QLatin1String("entity") || in.format == QLatin1String("user")
            || in.format == QLatin1String("team")) {
            return Kind::Reference;
        }
        return Kind::Text;
    case InputType::Number:
        return in.enumValues.isAbsent() ? Kind::Number : Kind::Enum;
    case InputType::Boolean:
        return Kind::Boolean;
    case InputType::Object:
        return Kind::Object;
    case InputType::Array:
        return Kind::Array;
    default:
        return Kind::Unsupported;
    }
}

InputField::InputField(const InputDefinition& input, QWidget* parent)
    : QWidget(parent)
    , m_name(input.name)
    , m_kind(kindFor(input))
    , m_input(input)
{
    setObjectName(QStringLiteral("field_") + input.name);
    build(input);
}

void InputField::build(const InputDefinition& in)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 4, 0, 8);
    m_layout->setSpacing(3);
    // Plain text and a separate mark: a rich-text label per input costs more than the input.
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(3);
    m_title = new QLabel(in.displayTitle(), this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_requiredMark = new QLabel(QStringLiteral("*"), this);
    m_requiredMark->setObjectName(QStringLiteral("requiredMark"));
    m_requiredMark->setToolTip(tr("Required"));
    QPalette red = m_requiredMark->palette();
    red.setColor(QPalette::WindowText, severityColour(Severity::Error));
    m_requiredMark->setPalette(red);
    m_requiredMark->hide();
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_requiredMark);
    titleRow->addStretch();
    m_layout->addLayout(titleRow);

    const QString accessible = in.displayTitle();
    auto monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    switch (m_kind) {
    case Kind::SecretLine: {
        auto* field = new SecretField(this);
        field->lineEdit()->setObjectName(QStringLiteral("input_") + m_name);
        // Port masks single-line secrets with asterisks, whatever the style's own mask character.
        field->lineEdit()->setStyle(asteriskStyle());
        field->setAccessibleName(accessible);
        field->setPlaceholderText(tr("Masked; encrypted before it is sent"));
        connect(field, &SecretField::textChanged, this, &InputField::emitEdited);
        m_layout->addWidget(field);
        m_editor = field->lineEdit();
        break;
    }
    case Kind::SecretMultiLine:
    case Kind::MultiLine:
    case Kind::Code: {
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(QStringLiteral("input_") + m_name);
        edit->setAccessibleName(accessible);
        if (m_kind != Kind::MultiLine) {
            edit->setFont(monospace);
        }
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(m_kind == Kind::SecretMultiLine ? QPlainTextEdit::NoWrap
                                                              : QPlainTextEdit::WidgetWidth);
        edit->setFixedHeight(m_kind == Kind::SecretMultiLine ? 130 : 90);
        if (m_kind == Kind::SecretMultiLine) {
            edit->setPlaceholderText(
                QStringLiteral("-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----"));
        }
        connect(edit, &QPlainTextEdit::textChanged, this, &InputField::emitEdited);
        m_layout->addWidget(edit);
        m_layout->addWidget(new GripHandle(edit, this));
        if (m_kind == Kind::SecretMultiLine) {
            m_note = new QLabel(
                tr("<b>Not masked.</b> Multi-line secrets stay visible while you type. The "
                   "value is still encrypted before it is sent, and Port never logs or stores it."),
                this);
            m_note->setObjectName(QStringLiteral("multiLineNote"));
            m_note->setWordWrap(true);
            m_note->setFrameShape(QFrame::StyledPanel);
            m_note->setAutoFillBackground(true);
            m_note->setBackgroundRole(QPalette::AlternateBase);
            m_note->setMargin(4);
        }
        m_editor = edit;
        break;
    }
    case Kind::SecretObject:
    case Kind::Object: {
        auto* edit = new CodeEditor(this);
        edit->setObjectName(QStringLiteral("input_") + m_name);
        edit->setAccessibleName(accessible);
        new JsonHighlighter(edit->document());
        edit->setFixedHeight(110);
        edit->setPlaceholderText(QStringLiteral("{ \"key\": \"value\" }"));
        connect(edit, &QPlainTextEdit::textChanged, this, &InputField::emitEdited);
        m_layout->addWidget(edit);
        m_layout->addWidget(new GripHandle(edit, this));
        m_editor = edit;
        break;
    }
    case Kind::Text:
    case Kind::Url:
    case Kind::Email:
    case Kind::Reference: {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("input_") + m_name);
        edit->setAccessibleName(accessible);
        if (m_kind == Kind::Url) {
            edit->setPlaceholderText(QStringLiteral("https://"));
        } else if (m_kind == Kind::Email) {
            edit->setPlaceholderText(QStringLiteral("name@example.com"));
        } else if (m_kind == Kind::Reference) {
            const QString what = in.format == QLatin1String("entity")
                ? tr("identifier of a \"%1\" entity")
                      .arg(in.blueprint.isEmpty() ? tr("(no blueprint)") : in.blueprint)
                : in.format == QLatin1String("user") ? tr("a user's e-mail")
                                                     : tr("a team's name");
            edit->setPlaceholderText(what);
            edit->setToolTip(tr("In Port this is a picker; here you type the %1.").arg(what));
        }
        connect(edit, &QLineEdit::textChanged, this, &InputField::emitEdited);
        m_layout->addWidget(edit);
        m_editor = edit;
        break;
    }
    case Kind::DateTime: {
        auto* edit = new QDateTimeEdit(this);
        edit->setObjectName(QStringLiteral("input_") + m_name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setDateTime(QDateTime::currentDateTimeUtc());
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &InputField::emitEdited);
        m_layout->addWidget(edit);
        m_editor = edit;
        break;
    }
    case Kind::Enum: {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("input_") + m_name);
        combo->setAccessibleName(accessible);
        connect(combo, &QComboBox::currentIndexChanged, this, &InputField::emitEdited);
        m_layout->addWidget(combo);
        m_editor = combo;
        if (in.enumValues.isLiteral()) {
            fillEnum(in.enumValues.literal);
        }
        break;
    }
    case Kind::Number: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(QStringLiteral("input_") + m_name);
        spin->setAccessibleName(accessible);
        const bool integral = (!in.minimum || std::floor(*in.minimum) == *in.minimum)
            && (!in.maximum || std::floor(*in.maximum) == *in.maximum)
            && (!in.defaultValue.isLiteral() || !in.defaultValue.literal.isNumber()
                || std::floor(in.defaultValue.literal.number) == in.defaultValue.literal.number);
        spin->setDecimals(integral ? 0 : 4);
        spin->setRange(in.minimum.value_or(-1e12), in.maximum.value_or(1e12));
        if (in.minimum || in.maximum) {
            spin->setToolTip(tr("From %1 to %2").arg(spin->minimum()).arg(spin->maximum()));
        }
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_loading) {
                m_numberTouched = true;
            }
            emitEdited();
        });
        m_layout->addWidget(spin);
        m_editor = spin;
        break;
    }
    case Kind::Boolean: {
        auto* box = new QCheckBox(in.displayTitle(), this);
        box->setObjectName(QStringLiteral("input_") + m_name);
        connect(box, &QCheckBox::toggled, this, &InputField::emitEdited);
        m_title->hide();
        m_layout->addWidget(box);
        m_editor = box;
        break;
    }
    case Kind::Array: {
        auto* editor = new ArrayEditor(in, this);
        editor->list()->setObjectName(QStringLiteral("input_") + m_name);
        editor->changed = [this] { emitEdited(); };
        m_layout->addWidget(editor);
        m_editor = editor->list();
        break;
    }
    case Kind::Unsupported: {
        auto* label = new QLabel(tr("Type \"%1\" cannot be rendered: see Problems.").arg(in.typeText), this);
        label->setObjectName(QStringLiteral("input_") + m_name);
        m_layout->addWidget(label);
        m_editor = label;
        break;
    }
    }

    // Labels only where there is something to say: 300 inputs make 300 of each.
    if (!in.description.isEmpty()) {
        m_description = new QLabel(in.description, this);
        m_description->setObjectName(QStringLiteral("description"));
        m_description->setWordWrap(true);
        QPalette muted = m_description->palette();
        muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        m_description->setPalette(muted);
        m_layout->addWidget(m_description);
    }
    if (m_note) {
        m_layout->addWidget(m_note); // after the description, right under the text area
    }
}

void InputField::fillEnum(const JsonNode& values)
{
    auto* combo = qobject_cast<QComboBox*>(m_editor);
    if (!combo || (m_enumShown && *m_enumShown == values)) {
        return;
    }
    m_enumShown = values;
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("— choose —"), QString());
    for (const JsonNode& value : values.items) {
        const QString json = QString::fromUtf8(JsonText::serialize(value));
        const JsonNode* colour = m_input.enumColors.find(enumText(value));
        if (colour && colour->isString()) {
            QPixmap swatch(12, 12);
            swatch.fill(portColour(colour->string));
            combo->addItem(QIcon(swatch), enumText(value), json);
        } else {
            combo->addItem(enumText(value), json);
        }
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void InputField::emitEdited()
{
    if (!m_loading) {
        Q_EMIT edited(m_name);
    }
}

void InputField::load(const FormSession& session)
{
    m_loading = true;
    const JsonNode* value = session.value(m_name);
    const SecureBuffer* secret = session.secret(m_name);
    switch (m_kind) {
    case Kind::SecretLine:
        if (auto* edit = qobject_cast<QLineEdit*>(m_editor)) {
            const QString text = secret ? QString::fromUtf8(secret->view()) : QString();
            if (edit->text() != text) {
                edit->setText(text);
            }
        }
        break;
    case Kind::SecretMultiLine:
    case Kind::SecretObject: {
        auto* edit = qobject_cast<QPlainTextEdit*>(m_editor);
        const QString text = secret ? QString::fromUtf8(secret->view()) : QString();
        if (edit->toPlainText() != text) {
            edit->setPlainText(text);
        }
        break;
    }
    case Kind::MultiLine:
    case Kind::Code: {
        auto* edit = qobject_cast<QPlainTextEdit*>(m_editor);
        const QString text = value && value->isString() ? value->string : QString();
        if (edit->toPlainText() != text) {
            edit->setPlainText(text);
        }
        break;
    }
    case Kind::Object: {
        auto* edit = qobject_cast<QPlainTextEdit*>(m_editor);
        if (value && value->isObject()) {
            const QString text = QString::fromUtf8(JsonText::serialize(*value, true));
            auto current = JsonText::parse(edit->toPlainText().toUtf8());
            if (!current || !(*current == *value)) {
                edit->setPlainText(text);
            }
        }
        break;
    }
    case Kind::Text:
    case Kind::Url:
    case Kind::Email:
    case Kind::Reference: {
        auto* edit = qobject_cast<QLineEdit*>(m_editor);
        const QString text = value && value->isString() ? value->string : QString();
        if (edit->text() != text) {
            edit->setText(text);
        }
        break;
    }
    case Kind::DateTime:
        if (value && value->isString()) {
            const QDateTime dt = QDateTime::fromString(value->string, Qt::ISODateWithMs);
            if (dt.isValid()) {
                qobject_cast<QDateTimeEdit*>(m_editor)->setDateTime(dt.toUTC());
            }
        }
        break;
    case Kind::Enum: {
        auto* combo = qobject_cast<QComboBox*>(m_editor);
        const int index = value ? combo->findData(QString::fromUtf8(JsonText::serialize(*value))) : 0;
        combo->setCurrentIndex(std::max(0, index));
        break;
    }
    case Kind::Number:
        if (value && value->isNumber()) {
            qobject_cast<QDoubleSpinBox*>(m_editor)->setValue(value->number);
        }
        m_numberTouched = value != nullptr;
        break;
    case Kind::Boolean:
        qobject_cast<QCheckBox*>(m_editor)->setChecked(value && value->isBool() && value->boolean);
        break;
    case Kind::Array:
        if (auto* editor = dynamic_cast<ArrayEditor*>(m_editor->parentWidget())) {
            editor->setValue(value && value->isArray() ? *value : JsonNode::makeArray());
        }
        break;
    case Kind::Unsupported:
        break;
    }
    m_loading = false;
}

QString InputField::localError() const
{
    if (m_kind == Kind::Object) {
        const QString text = qobject_cast<QPlainTextEdit*>(m_editor)->toPlainText();
        if (!text.trimmed().isEmpty()) {
            const QStringList messages = ValueValidator::validateObjectText(text.toUtf8());
            return messages.isEmpty() ? QString() : messages.first();
        }
    }
    if (m_kind == Kind::Array) {
        QString error;
        if (auto* editor = dynamic_cast<ArrayEditor*>(m_editor->parentWidget())) {
            editor->value(&error);
        }
        return error;
    }
    return {};
}

QStringList InputField::store(FormSession& session)
{
    switch (m_kind) {
    case Kind::SecretLine: {
        QByteArray utf8 = qobject_cast<QLineEdit*>(m_editor)->text().toUtf8();
        QStringList changed = utf8.isEmpty() ? session.clearValue(m_name)
                                             : session.setSecret(m_name, SecureBuffer::copyOf(utf8));
        wipe(utf8);
        return changed;
    }
    case Kind::SecretMultiLine:
    case Kind::SecretObject: {
        QByteArray utf8 = qobject_cast<QPlainTextEdit*>(m_editor)->toPlainText().toUtf8();
        QStringList changed = utf8.isEmpty() ? session.clearValue(m_name)
                                             : session.setSecret(m_name, SecureBuffer::copyOf(utf8));
        wipe(utf8);
        return changed;
    }
    case Kind::MultiLine:
    case Kind::Code: {
        const QString text = qobject_cast<QPlainTextEdit*>(m_editor)->toPlainText();
        return text.isEmpty() ? session.clearValue(m_name)
                              : session.setValue(m_name, JsonNode::makeString(text));
    }
    case Kind::Object: {
        const QString text = qobject_cast<QPlainTextEdit*>(m_editor)->toPlainText();
        auto parsed = JsonText::parse(text.toUtf8());
        if (parsed && parsed->isObject()) {
            return session.setValue(m_name, *parsed);
        }
        return session.clearValue(m_name);
    }
    case Kind::Text:
    case Kind::Url:
    case Kind::Email:
    case Kind::Reference: {
        const QString text = qobject_cast<QLineEdit*>(m_editor)->text();
        return text.isEmpty() ? session.clearValue(m_name)
                              : session.setValue(m_name, JsonNode::makeString(text));
    }
    case Kind::DateTime:
        return session.setValue(
            m_name, JsonNode::makeString(isoText(qobject_cast<QDateTimeEdit*>(m_editor)->dateTime())));
    case Kind::Enum: {
        const QString json = qobject_cast<QComboBox*>(m_editor)->currentData().toString();
        auto parsed = JsonText::parse(json.toUtf8());
        return json.isEmpty() || !parsed ? session.clearValue(m_name) : session.setValue(m_name, *parsed);
    }
    case Kind::Number:
        return m_numberTouched
            ? session.setValue(m_name, JsonNode::makeNumber(qobject_cast<QDoubleSpinBox*>(m_editor)->value()))
            : session.clearValue(m_name);
    case Kind::Boolean:
        return session.setValue(m_name, JsonNode::makeBool(qobject_cast<QCheckBox*>(m_editor)->isChecked()));
    case Kind::Array:
        if (auto* editor = dynamic_cast<ArrayEditor*>(m_editor->parentWidget())) {
            const JsonNode value = editor->value(nullptr);
            return value.items.empty() ? session.clearValue(m_name) : session.setValue(m_name, value);
        }
        return {};
    case Kind::Unsupported:
        return {};
    }
    return {};
}

void InputField::applyState(const InputState& state)
{
    setVisible(state.visible);
    m_required = state.required;
    m_requiredMark->setVisible(state.required && m_kind != Kind::Boolean);
    if (m_kind == Kind::Boolean) {
        qobject_cast<QCheckBox*>(m_editor)->setText(m_input.displayTitle()
                                                    + (state.required ? QStringLiteral(" *") : QString()));
    }
    if (auto* line = qobject_cast<QLineEdit*>(m_editor)) {
        line->setReadOnly(state.disabled);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(m_editor)) {
        text->setReadOnly(state.disabled);
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(m_editor)) {
        spin->setReadOnly(state.disabled);
    } else if (m_editor) {
        m_editor->setEnabled(!state.disabled);
    }
    m_editor->setProperty("readOnlyByDefinition", state.disabled);
    if (m_kind == Kind::Enum) {
        fillEnum(state.enumValues.value_or(JsonNode::makeArray()));
    }
}

void InputField::setMessages(const QStringList& messages)
{
    QStringList all = messages;
    const QString local = localError();
    if (!local.isEmpty()) {
        // The validator's own message (same context, so the same translation).
        all.removeAll(QCoreApplication::translate("sb::ValueValidator", "Required."));
        all.prepend(local);
    }
    m_messages = all;
    if (!m_messagesLabel) {
        if (all.isEmpty()) {
            return;
        }
        m_messagesLabel = new QLabel(this);
        m_messagesLabel->setObjectName(QStringLiteral("messages"));
        m_messagesLabel->setWordWrap(true);
        QPalette error = m_messagesLabel->palette();
        error.setColor(QPalette::WindowText, severityColour(Severity::Error));
        m_messagesLabel->setPalette(error);
        m_layout->addWidget(m_messagesLabel);
    }
    m_messagesLabel->setText(all.join(QLatin1Char(' ')));
    m_messagesLabel->setVisible(!all.isEmpty());
}

} // namespace sb
