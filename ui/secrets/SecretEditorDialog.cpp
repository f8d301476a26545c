// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretEditorDialog.h"

#include "SeverityText.h"
#include "inspector/KeyFacts.h"
#include "secrets/Jwt.h"
#include "secrets/MongoUrl.h"
#include "secrets/VaultKeys.h"
#include "widgets/SecretField.h"
#include "widgets/SecretTypeStyle.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
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
    , m_pemRow(new QWidget(this))
    , m_pemState(new QLabel(m_pemRow))
    , m_keyPassphrase(new SecretField(this))
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
    m_type->setAccessibleName(tr("Type"));
    for (const ProjectSecretType type : allSecretTypes()) {
        m_type->addItem(secretTypeIcon(type), secretTypeTitle(type), int(type));
    }
    m_name->setAccessibleName(tr("Name"));
    m_pemState->setObjectName(QStringLiteral("pemState"));
    m_pemState->setWordWrap(true);
    auto* openPem = new QPushButton(tr("Open PEM…"), m_pemRow);
    openPem->setObjectName(QStringLiteral("openPemButton"));
    openPem->setToolTip(tr("Read the private key from a PEM file (PKCS#8, encrypted PKCS#8 or PKCS#1)"));
    auto* pastePem = new QPushButton(tr("Paste PEM"), m_pemRow);
    pastePem->setObjectName(QStringLiteral("pastePemButton"));
    pastePem->setToolTip(tr("Take the private key from the clipboard (it is not shown)"));
    auto* pemLayout = new QHBoxLayout(m_pemRow);
    pemLayout->setContentsMargins(0, 0, 0, 0);
    pemLayout->addWidget(m_pemState, 1);
    pemLayout->addWidget(openPem);
    pemLayout->addWidget(pastePem);
    m_keyPassphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_keyPassphrase->setCopyVisible(false);
    m_keyPassphrase->setAccessibleName(tr("Key passphrase"));
    m_keyPassphrase->setPlaceholderText(tr("The private key's passphrase (stored with the key)"));
    m_value->setObjectName(QStringLiteral("secretValue"));
    m_value->setCopyVisible(false);
    m_value->setAccessibleName(tr("Value"));
    m_value->setMinimumWidth(420);
    // The key rows replace the value row: as wide, or the wrapped texts beside
    // and under them shrink to a column of words.
    m_pemRow->setMinimumWidth(420);
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
    form->addRow(tr("&Key:"), m_pemRow);
    form->addRow(tr("Pa&ssphrase:"), m_keyPassphrase);
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
    // The value row (single line) or the key rows (PEM, passphrase), as the type wants.
    const auto showValueRows = [this, form, valueRow, editsValue] {
        const bool key = type() == ProjectSecretType::RsaPrivateKey;
        for (QWidget* w : { static_cast<QWidget*>(m_value), form->labelForField(valueRow) }) {
            w->setVisible(editsValue && !key);
        }
        for (QWidget* w : { m_pemRow, form->labelForField(m_pemRow) }) {
            w->setVisible(editsValue && key);
        }
        const bool passphrase = editsValue && key && m_needsPassphrase;
        m_keyPassphrase->setVisible(passphrase);
        form->labelForField(m_keyPassphrase)->setVisible(passphrase);
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, showValueRows);
    connect(this, &SecretEditorDialog::keyRowsChanged, this, showValueRows);
    setTabOrder(m_name, m_type);
    setTabOrder(m_type, m_value);
    setTabOrder(m_value, m_generate);
    setTabOrder(m_generate, openPem);
    setTabOrder(openPem, pastePem);
    setTabOrder(pastePem, m_keyPassphrase);
    setTabOrder(m_keyPassphrase, m_fix);
    connect(openPem, &QPushButton::clicked, this, &SecretEditorDialog::openPem);
    connect(pastePem, &QPushButton::clicked, this, &SecretEditorDialog::pastePem);
    connect(m_keyPassphrase, &SecretField::textChanged, this, &SecretEditorDialog::validate);
    showValueRows();

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
    m_keyPassphrase->clear();
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
    if (type() != ProjectSecretType::RsaPrivateKey) {
        return m_value->secret();
    }
    auto stored = StoredPrivateKey::fromPem(m_pem.view(), m_keyPassphrase->secret().view());
    return stored ? stored->encode() : SecureBuffer();
}

void SecretEditorDialog::setPem(QByteArrayView pem)
{
    m_pem = SecureBuffer::copyOf(pem);
    m_keyPassphrase->clear();
    m_needsPassphrase = false;
    validate();
}

void SecretEditorDialog::openPem()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("RSA private key"), QString(),
                                                      tr("PEM files (*.pem *.key);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_validation->setText(
            severityHtml(Severity::Error, tr("Cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    QByteArray pem = file.readAll();
    setPem(pem);
    wipe(pem);
}

void SecretEditorDialog::pastePem()
{
    QByteArray pem = QGuiApplication::clipboard()->text().toUtf8();
    setPem(pem);
    wipe(pem);
}

void SecretEditorDialog::validateKey(QStringList& problems, bool& ok)
{
    if (m_pem.isEmpty()) {
        ok = false;
        m_pemState->setText(tr("No key yet: open a PEM file or paste one."));
        return;
    }
    const SecureBuffer passphrase = m_keyPassphrase->secret();
    auto key = RsaPrivateKey::fromPem(m_pem.view(), passphrase.view());
    const bool encrypted = (!key
                            && (key.error().kind == ErrorKind::PassphraseRequired
                                || key.error().kind == ErrorKind::WrongPassphrase))
        || (key
            && (key->source() == KeySource::EncryptedPkcs8
                || key->source() == KeySource::EncryptedPkcs1Private));
    if (encrypted != m_needsPassphrase) {
        m_needsPassphrase = encrypted;
        Q_EMIT keyRowsChanged();
    }
    if (!key) {
        ok = false;
        m_pemState->setText(encrypted ? tr("An encrypted private key.") : tr("Not a usable private key."));
        problems << severityHtml(
            key.error().kind == ErrorKind::PassphraseRequired ? Severity::Info : Severity::Error,
            key.error().kind == ErrorKind::PassphraseRequired
                ? tr("The key is encrypted: enter its passphrase; it is stored with the key.")
                : key.error().message);
        return;
    }
    m_pemState->setText(tr("A private key is loaded (%1 bytes of PEM, not shown).").arg(m_pem.size()));
    for (const KeyFact& fact : privateKeyFacts(*key).facts) {
        problems << severityHtml(fact.severity, tr("%1: %2").arg(fact.label, fact.value));
    }
    if (encrypted) {
        problems << severityHtml(Severity::Info, tr("Its passphrase is stored with it, in the vault."));
    }
}

void SecretEditorDialog::validate()
{
    QStringList problems;
    bool ok = true;
    m_fix->hide();
    m_generate->setVisible(m_mode != Mode::Rename && type() == ProjectSecretType::JwtSecret);
    m_value->setPlaceholderText(type() == ProjectSecretType::PortClientSecret
                                    ? tr("The client secret Port shows for your organization")
                                    : QString());
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
    if (m_mode != Mode::Rename && type() == ProjectSecretType::RsaPrivateKey) {
        validateKey(problems, ok);
    } else if (m_mode != Mode::Rename) {
        const SecureBuffer value = m_value->secret();
        if (value.isEmpty()) {
            ok = false;
        } else if (type() == ProjectSecretType::PortClientSecret) {
            // The inspector's facts: the 32-byte rule, whitespace, a client ID, non-ASCII.
            for (const KeyFact& fact : clientSecretFacts(value.view()).facts) {
                problems << severityHtml(fact.severity, tr("%1: %2").arg(fact.label, fact.value));
            }
            if (auto checked = VaultContent::checkValue(type(), value.view()); !checked) {
                ok = false;
            }
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
        } else if (type() == ProjectSecretType::JwtSecret) {
            const Jwt::Strength strength = Jwt::assessSecret(value.view(), Jwt::Algorithm::HS256);
            problems << severityHtml(strength.severity == Severity::Error ? Severity::Warning
                                                                          : strength.severity,
                                     strength.message);
        }
    }
    m_validation->setText(problems.join(QStringLiteral("<br>")));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    growToFit();
}

void SecretEditorDialog::growToFit()
{
    // The wrapped validation lines change height with their content; a shown
    // dialog grows so none is cut off (it never shrinks under the person).
    if (!isVisible() || !layout()->hasHeightForWidth()) {
        return;
    }
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) {
        resize(width(), needed);
    }
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
