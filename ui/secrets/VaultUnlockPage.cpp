// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultUnlockPage.h"

#include "widgets/SecretField.h"

#include "UiResources.h"
#include "widgets/SeverityStyle.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb {

namespace {

SecretField* passphraseField(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* field = new SecretField(parent);
    field->setObjectName(objectName);
    field->setCopyVisible(false); // a passphrase is typed, never copied
    field->setAccessibleName(accessibleName);
    field->setMinimumWidth(320);
    return field;
}

} // namespace

VaultUnlockPage::VaultUnlockPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_path(new QLabel(this))
    , m_forms(new QStackedWidget(this))
    , m_newPassphrase(passphraseField(this, QStringLiteral("newPassphrase"), tr("New passphrase")))
    , m_repeatPassphrase(
          passphraseField(this, QStringLiteral("repeatPassphrase"), tr("Repeat the passphrase")))
    , m_passphrase(passphraseField(this, QStringLiteral("passphrase"), tr("Passphrase")))
    , m_createButton(new QPushButton(tr("Create vault"), this))
    , m_unlockButton(new QPushButton(tr("Unlock"), this))
    , m_keyringButton(new QPushButton(tr("Use the stored passphrase"), this))
    , m_error(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    initUiResources();
    setObjectName(QStringLiteral("vaultUnlockPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_path->setObjectName(QStringLiteral("vaultPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setWordWrap(true);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    m_keyringButton->setObjectName(QStringLiteral("keyringUnlockButton"));
    m_keyringButton->setToolTip(tr("Unlock with the passphrase kept in the system keyring"));
    m_keyringButton->setAccessibleName(tr("Unlock with the passphrase stored in the system keyring"));
    m_keyringButton->hide();
    m_createButton->setDefault(true);
    m_unlockButton->setDefault(true);
    m_error->setObjectName(QStringLiteral("vaultError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(severityColour(Severity::Error).name()));
    m_error->hide();
    m_notice->setObjectName(QStringLiteral("vaultNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(true);
    m_busy->hide();

    auto* createForm = new QWidget(this);
    auto* createLayout = new QFormLayout(createForm);
    auto* explanation = new QLabel(
        tr("Your project secrets are kept in one encrypted file. Choose a passphrase: it is the only "
           "way to open the vault, and it cannot be recovered if you forget it."),
        createForm);
    explanation->setWordWrap(true);
    createLayout->addRow(explanation);
    createLayout->addRow(tr("&Passphrase:"), m_newPassphrase);
    createLayout->addRow(tr("&Repeat:"), m_repeatPassphrase);
    createLayout->addRow(QString(), m_createButton);
    m_createButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_unlockButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* unlockForm = new QWidget(this);
    auto* unlockLayout = new QFormLayout(unlockForm);
    unlockLayout->addRow(tr("&Passphrase:"), m_passphrase);
    auto* unlockButtons = new QHBoxLayout;
    unlockButtons->addWidget(m_unlockButton);
    unlockButtons->addWidget(m_keyringButton);
    unlockButtons->addStretch(1);
    unlockLayout->addRow(QString(), unlockButtons);

    m_forms->setMaximumWidth(640);
    m_forms->addWidget(createForm);
    m_forms->addWidget(unlockForm);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_heading);
    layout->addWidget(m_path);
    layout->addSpacing(12);
    layout->addWidget(m_forms);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    connect(m_createButton, &QPushButton::clicked, this, &VaultUnlockPage::submitCreate);
    connect(m_unlockButton, &QPushButton::clicked, this, &VaultUnlockPage::submitUnlock);
    connect(m_keyringButton, &QPushButton::clicked, this, [this] {
        showError({});
        if (m_keyringUnlock) {
            m_keyringUnlock();
        }
    });
    connect(m_repeatPassphrase->lineEdit(), &QLineEdit::returnPressed, this, &VaultUnlockPage::submitCreate);
    connect(m_passphrase->lineEdit(), &QLineEdit::returnPressed, this, &VaultUnlockPage::submitUnlock);
    setMode(Mode::Unlock);
}

void VaultUnlockPage::setHandlers(PassphraseHandler create, PassphraseHandler unlock)
{
    m_create = std::move(create);
    m_unlock = std::move(unlock);
}

void VaultUnlockPage::setKeyringHandler(std::function<void()> unlockWithKeyring)
{
    m_keyringUnlock = std::move(unlockWithKeyring);
}

void VaultUnlockPage::setKeyringAvailable(bool available)
{
    m_keyringButton->setVisible(available);
}

void VaultUnlockPage::setMode(Mode mode)
{
    m_mode = mode;
    m_forms->setCurrentIndex(mode == Mode::Create ? 0 : 1);
    m_heading->setText(mode == Mode::Create ? tr("Create your project-secrets vault")
                                            : tr("The vault is locked"));
    m_error->hide();
    (mode == Mode::Create ? m_newPassphrase : m_passphrase)->setFocus();
}

void VaultUnlockPage::setVaultPath(const QString& path, const QString& source)
{
    m_path->setText(tr("Vault: %1 (%2)").arg(path, source));
}

void VaultUnlockPage::setBusy(bool busy, const QString& message)
{
    m_busy->setVisible(busy);
    m_busy->setFormat(message);
    m_forms->setEnabled(!busy);
    if (busy) {
        m_error->hide();
    }
}

void VaultUnlockPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void VaultUnlockPage::showNotice(const QString& message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void VaultUnlockPage::clearFields()
{
    m_newPassphrase->clear();
    m_repeatPassphrase->clear();
    m_passphrase->clear();
}

void VaultUnlockPage::submitCreate()
{
    SecureBuffer first = m_newPassphrase->secret();
    SecureBuffer second = m_repeatPassphrase->secret();
    if (first.isEmpty()) {
        showError(tr("An empty passphrase is not allowed."));
        return;
    }
    if (!first.constantTimeEquals(second.view())) {
        showError(tr("The two passphrases differ."));
        m_repeatPassphrase->clear();
        m_repeatPassphrase->setFocus();
        return;
    }
    second.clear();
    clearFields();
    showNotice({});
    if (m_create) {
        m_create(std::move(first));
    }
}

void VaultUnlockPage::submitUnlock()
{
    SecureBuffer passphrase = m_passphrase->secret();
    if (passphrase.isEmpty()) {
        showError(tr("Enter the vault's passphrase."));
        return;
    }
    m_passphrase->clear();
    showNotice({});
    if (m_unlock) {
        m_unlock(std::move(passphrase));
    }
}

} // namespace sb
