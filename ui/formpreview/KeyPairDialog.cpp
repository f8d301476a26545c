// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPairDialog.h"

#include "FormPreviewWorkspace.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "inputs/ActionDefinition.h"
#include "secrets/SeverityText.h"
#include "secrets/VaultSession.h"
#include "widgets/KeyPicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

namespace sb {

namespace {

// "api-token" -> "API_TOKEN_PRIVATE_KEY": a secret name the vault accepts.
QString suggestedName(const QString& input)
{
    QString name;
    for (const QChar c : input) {
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? c.toUpper() : QLatin1Char('_');
    }
    if (name.isEmpty() || name.front().isDigit()) {
        name.prepend(QLatin1Char('_'));
    }
    const QString suffix = QStringLiteral("_PRIVATE_KEY");
    return name.left(64 - suffix.size()) + suffix;
}

} // namespace

KeyPairDialog::KeyPairDialog(FormPreviewWorkspace* workspace)
    : QDialog(workspace)
    , m_workspace(workspace)
    , m_input(new QComboBox(this))
    , m_bits(new QComboBox(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_status(new QLabel(this))
    , m_saveGroup(new QGroupBox(tr("Save the private half in the vault"), this))
    , m_project(new QComboBox(m_saveGroup))
    , m_name(new QLineEdit(m_saveGroup))
    , m_save(new QPushButton(tr("&Save in the vault"), m_saveGroup))
    , m_unlock(new QPushButton(tr("Unlock…"), m_saveGroup))
    , m_saveStatus(new QLabel(m_saveGroup))
{
    setObjectName(QStringLiteral("keyPairDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Generate a key pair"));
    m_input->setObjectName(QStringLiteral("keyPairInput"));
    m_input->setAccessibleName(tr("Client-side input"));
    m_bits->setObjectName(QStringLiteral("keyPairBits"));
    m_bits->setAccessibleName(tr("Key size"));
    for (const int bits : { 2048, 3072, 4096 }) {
        m_bits->addItem(tr("%1 bits").arg(bits), bits);
    }
    m_bits->setCurrentIndex(1);
    m_generate->setObjectName(QStringLiteral("keyPairGenerate"));
    m_status->setObjectName(QStringLiteral("keyPairStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_project->setObjectName(QStringLiteral("saveKeyProject"));
    m_project->setAccessibleName(tr("Project"));
    m_name->setObjectName(QStringLiteral("saveKeyName"));
    m_name->setAccessibleName(tr("Secret name"));
    m_save->setObjectName(QStringLiteral("saveKeyButton"));
    m_unlock->setObjectName(QStringLiteral("saveKeyUnlock"));
    m_unlock->setAccessibleName(tr("Unlock the vault"));
    m_saveStatus->setObjectName(QStringLiteral("saveKeyStatus"));
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setTextFormat(Qt::RichText);

    auto* intro
        = new QLabel(tr("A new RSA key pair for a client-side input. Its public key replaces the "
                        "input's \"encryption.key\" in the definition; its private half decrypts what "
                        "your backend receives. It stays in memory only, until you save it in the "
                        "vault."),
                     this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Input:"), m_input);
    form->addRow(tr("Si&ze:"), m_bits);
    form->addRow(QString(), m_generate);

    auto* saveForm = new QFormLayout(m_saveGroup);
    saveForm->addRow(tr("&Project:"), m_project);
    saveForm->addRow(tr("&Name:"), m_name);
    auto* saveButtons = new QHBoxLayout;
    saveButtons->addWidget(m_save);
    saveButtons->addWidget(m_unlock);
    saveButtons->addStretch(1);
    saveForm->addRow(QString(), saveButtons);
    saveForm->addRow(m_saveStatus);
    m_saveGroup->setEnabled(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_saveGroup);
    layout->addWidget(buttons);
    setTabOrder(m_input, m_bits);
    setTabOrder(m_bits, m_generate);
    setTabOrder(m_generate, m_project);
    setTabOrder(m_project, m_name);
    setTabOrder(m_name, m_save);
    setTabOrder(m_save, m_unlock);

    connect(m_generate, &QPushButton::clicked, this, &KeyPairDialog::generate);
    connect(m_save, &QPushButton::clicked, this, &KeyPairDialog::save);
    connect(m_name, &QLineEdit::textChanged, this, &KeyPairDialog::updateSaveButton);
    connect(m_project, &QComboBox::currentIndexChanged, this, &KeyPairDialog::updateSaveButton);
    connect(m_unlock, &QPushButton::clicked, workspace, &FormPreviewWorkspace::vaultUnlockRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    if (VaultSession* session = workspace->privateKeyPicker()->session()) {
        connect(session, &VaultSession::stateChanged, this, &KeyPairDialog::refreshVault);
        connect(session, &VaultSession::contentChanged, this, &KeyPairDialog::refreshVault);
    }
    refreshInputs();
    refreshVault();
    resize(560, sizeHint().height());
}

void KeyPairDialog::refreshInputs()
{
    m_input->clear();
    if (const ActionDefinition* definition = m_workspace->session().definition()) {
        for (const InputDefinition& in : definition->inputs()) {
            if (in.encryptionText == QLatin1String("client-side")) {
                m_input->addItem(
                    in.displayTitle() == in.name ? in.name : QStringLiteral("%1 (%2)").arg(in.name, in.title),
                    in.name);
            }
        }
    }
    const bool any = m_input->count() > 0;
    m_generate->setEnabled(any && !m_busy);
    if (!any) {
        m_status->setText(
            severityHtml(Severity::Info,
                         tr("The definition has no client-side input (\"encryption\": {\"algorithm\": "
                            "\"client-side\", \"key\": …}).")));
    }
}

void KeyPairDialog::generate()
{
    const QString input = m_input->currentData().toString();
    const int bits = m_bits->currentData().toInt();
    if (input.isEmpty() || m_busy) {
        return;
    }
    m_busy = true;
    m_generate->setEnabled(false);
    m_status->setText(severityHtml(Severity::Info, tr("Generating a %1-bit RSA key…").arg(bits)));
    // RSA generation takes a moment (seconds at 4096 bits): off the UI thread,
    // in the global pool, which the application waits for when it ends.
    QPointer<KeyPairDialog> self(this);
    QThreadPool::globalInstance()->start([self, input, bits] {
        auto key = std::make_shared<Result<RsaPrivateKey>>(RsaPrivateKey::generate(bits));
        Random::releaseThreadState();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, input, key] {
                if (!self) {
                    return;
                }
                self->m_busy = false;
                self->m_generate->setEnabled(true);
                Status used = *key ? self->m_workspace->useGeneratedKey(input, std::move(**key))
                                   : Status(std::unexpected(key->error()));
                if (!used) {
                    self->m_status->setText(severityHtml(Severity::Error, used.error().message));
                    Q_EMIT self->generated(false);
                    return;
                }
                const RsaPublicKey publicKey = self->m_workspace->generatedKey()->publicKey();
                self->m_status->setText(severityHtml(
                    Severity::Ok,
                    tr("The public key (RSA-%1, SHA-256 %2…) is now the key of \"%3\" in the definition. Its "
                       "private half is loaded for Decrypt back; it is not stored anywhere yet.")
                        .arg(publicKey.bits())
                        .arg(publicKey.fingerprint().left(23), input)));
                self->m_name->setText(suggestedName(input));
                self->m_saveGroup->setEnabled(true);
                self->m_saved = false;
                self->m_saveStatus->clear();
                self->refreshVault();
                Q_EMIT self->generated(true);
            },
            Qt::QueuedConnection);
    });
}

void KeyPairDialog::refreshVault()
{
    VaultSession* session = m_workspace->privateKeyPicker()->session();
    const QString current = m_project->currentText();
    m_project->clear();
    const VaultContent* content = session ? session->content() : nullptr;
    if (content) {
        m_project->addItems(content->projectNames());
        m_project->setCurrentIndex(std::max(0, m_project->findText(current)));
    }
    const bool locked = session && session->state() == VaultSession::State::Locked;
    m_unlock->setVisible(locked);
    if (!session || session->state() == VaultSession::State::NoVault) {
        m_saveStatus->setText(
            severityHtml(Severity::Info, tr("There is no vault yet: create one in Project secrets.")));
    } else if (locked || session->state() == VaultSession::State::Busy) {
        m_saveStatus->setText(
            severityHtml(Severity::Info, tr("The vault is locked: unlock it to save the key.")));
    } else if (m_project->count() == 0) {
        m_saveStatus->setText(
            severityHtml(Severity::Info, tr("The vault has no project yet: add one in Project secrets.")));
    } else if (!m_saved) {
        m_saveStatus->clear();
    }
    updateSaveButton();
}

void KeyPairDialog::updateSaveButton()
{
    VaultSession* session = m_workspace->privateKeyPicker()->session();
    const bool nameOk = bool(VaultContent::checkSecretName(m_name->text()));
    m_save->setEnabled(m_workspace->generatedKey() && session && session->isUnlocked()
                       && m_project->count() > 0 && nameOk);
    m_name->setToolTip(nameOk ? QString() : VaultContent::checkSecretName(m_name->text()).error().message);
}

void KeyPairDialog::save()
{
    const QString project = m_project->currentText();
    const QString name = m_name->text();
    const Status saved = m_workspace->saveGeneratedKey(project, name);
    m_saved = bool(saved);
    m_saveStatus->setText(
        saved ? severityHtml(
            Severity::Ok,
            tr("Saved as %1/%2 (rsa-private-key). Choose it under Private keys, here or in the "
               "inspector; secretbench-cli takes it as --key %1/%2.")
                .arg(project, name))
              : severityHtml(Severity::Error, saved.error().message));
    updateSaveButton();
}

} // namespace sb
