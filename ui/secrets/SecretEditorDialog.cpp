#include "SecretEditorDialog.h"

#include "SeverityText.h"
#include "secrets/Jwt.h"
#include "secrets/MongoUrl.h"
#include "widgets/SecretField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sb {

SecretEditorDialog::SecretEditorDialog(Mode mode, const QString& project, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_value(new SecretField(this))
    , m_reference(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_fix(new QPushButton(tr("Percent-encode the credentials"), this))
    , m_generate(new QPushButton(tr("Generate"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("secretEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(mode == Mode::Add          ? tr("Add a secret to %1").arg(project)
                       : mode == Mode::Rename ? tr("Rename a secret of %1").arg(project)
                                              : tr("Replace a value in %1").arg(project));
    m_name->setObjectName(QStringLiteral("secretName"));
    m_name->setPlaceholderText(tr("e.g. MONGO_URL"));
    m_type->setObjectName(QStringLiteral("secretType"));
    m_type->addItem(QIcon(QStringLiteral(":/icons/mongodb.svg")),
                    secretTypeTitle(ProjectSecretType::MongoDbUrl), int(ProjectSecretType::MongoDbUrl));
    m_type->addItem(QIcon(QStringLiteral(":/icons/jwt.svg")), secretTypeTitle(ProjectSecretType::JwtSecret),
                    int(ProjectSecretType::JwtSecret));
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setCopyVisible(false);
    m_value->setAccessibleName(tr("Value"));
    m_value->setMinimumWidth(420);
    m_reference->setObjectName(QStringLiteral("secretReference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::RichText);
    m_fix->setObjectName(QStringLiteral("applyFix"));
    m_fix->setToolTip(tr("Writes '@', ':' and '/' in the username and password as %40, %3A and %2F, "
                         "without showing the password."));
    m_generate->setObjectName(QStringLiteral("generateValue"));
    m_generate->setToolTip(
        tr("A new random secret: 64 bytes from the system's random generator, as base64url "
           "text (long enough for HS512)."));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Add          ? tr("Add")
                      : mode == Mode::Rename ? tr("Rename")
                                             : tr("Replace"));

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_generate);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Value:"), valueRow);
    form->addRow(QString(), m_validation);
    form->addRow(QString(), m_fix);
    form->addRow(m_buttons);

    const bool editsValue = mode != Mode::Rename;
    m_name->setEnabled(mode != Mode::Replace);
    m_type->setEnabled(mode == Mode::Add);
    m_value->setVisible(editsValue);
    m_generate->setVisible(editsValue);
    form->labelForField(valueRow)->setVisible(editsValue);
    m_fix->hide();

    connect(m_name, &QLineEdit::textChanged, this, &SecretEditorDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SecretEditorDialog::validate);
    connect(m_value, &SecretField::textChanged, this, &SecretEditorDialog::validate);
    connect(m_fix, &QPushButton::clicked, this, &SecretEditorDialog::applyFix);
    connect(m_generate, &QPushButton::clicked, this, &SecretEditorDialog::generate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (mode == Mode::Replace ? static_cast<QWidget*>(m_value) : m_name)->setFocus();
    validate();
}

SecretEditorDialog::~SecretEditorDialog()
{
    m_value->clear();
}

void SecretEditorDialog::setExistingNames(const QStringList& names)
{
    m_existing = names;
    validate();
}

void SecretEditorDialog::setSecret(const QString& name, ProjectSecretType type)
{
    m_originalName = name;
    m_name->setText(name);
    m_type->setCurrentIndex(m_type->findData(int(type)));
    validate();
}

QString SecretEditorDialog::name() const
{
    return m_name->text();
}

ProjectSecretType SecretEditorDialog::type() const
{
    return ProjectSecretType(m_type->currentData().toInt());
}

SecureBuffer SecretEditorDialog::value() const
{
    return m_value->secret();
}

void SecretEditorDialog::validate()
{
    QStringList problems;
    bool ok = true;
    m_fix->hide();
    m_generate->setVisible(m_mode != Mode::Rename && type() == ProjectSecretType::JwtSecret);
    m_reference->setText(ProjectSecret::referenceFor(name().isEmpty() ? QStringLiteral("…") : name()));

    if (m_mode != Mode::Replace) {
        if (auto checked = VaultContent::checkSecretName(name()); !checked) {
            ok = false;
            if (!name().isEmpty()) {
                problems << severityHtml(Severity::Error, checked.error().message);
            }
        } else {
            for (const QString& existing : std::as_const(m_existing)) {
                if (existing.compare(name(), Qt::CaseInsensitive) == 0 && existing != m_originalName) {
                    ok = false;
                    problems << severityHtml(Severity::Error,
                                             tr("The project already has a secret \"%1\".").arg(existing));
                }
            }
        }
    }
    if (m_mode != Mode::Rename) {
        const SecureBuffer value = m_value->secret();
        if (value.isEmpty()) {
            ok = false;
        } else if (type() == ProjectSecretType::MongoDbUrl) {
            auto info = MongoUrl::analyze(value.view());
            if (!info) {
                ok = false;
                problems << severityHtml(Severity::Error, info.error().message);
                m_fix->setVisible(MongoUrl::escapingFix(value.view()).has_value());
            } else {
                problems << severityHtml(Severity::Ok, tr("Valid: %1").arg(info->redacted));
                for (const MongoFinding& w : info->warnings) {
                    problems << severityHtml(w.severity, w.message);
                }
            }
        } else {
            const Jwt::Strength strength = Jwt::assessSecret(value.view(), Jwt::Algorithm::HS256);
            problems << severityHtml(strength.severity == Severity::Error ? Severity::Warning
                                                                          : strength.severity,
                                     strength.message);
        }
    }
    m_validation->setText(problems.join(QStringLiteral("<br>")));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SecretEditorDialog::applyFix()
{
    const SecureBuffer value = m_value->secret();
    if (std::optional<SecureBuffer> fixed = MongoUrl::escapingFix(value.view())) {
        m_value->setText(QString::fromUtf8(fixed->view()));
    }
}

void SecretEditorDialog::generate()
{
    if (auto secret = Jwt::generateSecret(64)) {
        m_value->setText(QString::fromUtf8(secret->view()));
    }
}

} // namespace sb
