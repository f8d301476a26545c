// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPicker.h"

#include "secrets/VaultSession.h"
#include "widgets/VaultKeyModel.h"

#include "UiResources.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

KeyPicker::KeyPicker(KeyKinds kinds, QWidget* parent)
    : QWidget(parent)
    , m_kinds(kinds)
    , m_model(new VaultKeyModel(this))
    , m_combo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock…"), this))
{
    initUiResources();
    setObjectName(QStringLiteral("keyPicker"));
    const bool secrets = kinds == KeyKinds(KeyKind::ClientSecret);
    const bool privateKeys = kinds == KeyKinds(KeyKind::PrivateKey);
    m_combo->setObjectName(QStringLiteral("keySource"));
    m_combo->setModel(m_model);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->setAccessibleName(secrets           ? tr("Client secret source")
                                   : privateKeys ? tr("Private key source")
                                                 : tr("Key source"));
    m_status->setObjectName(QStringLiteral("keyPickerStatus"));
    m_status->setWordWrap(true);
    m_unlock->setObjectName(QStringLiteral("keyPickerUnlock"));
    m_unlock->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    m_unlock->setAccessibleName(tr("Unlock the vault"));
    m_unlock->setToolTip(tr("Unlock the vault to use the keys kept in it"));
    m_model->setOneOffText(secrets           ? tr("One-off client secret (typed here, never stored)")
                               : privateKeys ? tr("One-off private keys only (loaded here, never stored)")
                                             : tr("One-off key (given here, never stored)"));

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_unlock);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addLayout(statusRow);
    setFocusProxy(m_combo);

    // Long entries are cut in the closed list: its tooltip and the open list show them whole.
    const auto showEntryToolTip = [this] {
        m_combo->setToolTip(tr("A key kept in the vault (Project secrets), or a one-off key that is never "
                               "stored.\n%1")
                                .arg(m_combo->currentData(Qt::ToolTipRole).toString()));
    };
    connect(m_combo, &QComboBox::currentIndexChanged, this, showEntryToolTip);
    showEntryToolTip();
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_combo->view()->setMinimumWidth(m_combo->view()->sizeHintForColumn(0)); });
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing) {
            m_wanted = selectedReference();
            announce();
        }
    });
    connect(m_unlock, &QPushButton::clicked, this, &KeyPicker::unlockRequested);
    refresh();
}

void KeyPicker::setSession(VaultSession* session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &VaultSession::stateChanged, this, &KeyPicker::refresh);
        connect(session, &VaultSession::contentChanged, this, &KeyPicker::refresh);
        connect(session, &QObject::destroyed, this, &KeyPicker::refresh, Qt::QueuedConnection);
    }
    refresh();
}

void KeyPicker::setOneOffText(const QString& text)
{
    m_model->setOneOffText(text);
}

bool KeyPicker::isOneOff() const
{
    return m_combo->currentIndex() <= 0;
}

QString KeyPicker::selectedReference() const
{
    return m_combo->currentData(VaultKeyModel::ReferenceRole).toString();
}

bool KeyPicker::selectReference(const QString& reference)
{
    const int row = m_model->rowOf(reference);
    if (row < 0) {
        return false;
    }
    select(row);
    return true;
}

void KeyPicker::selectOneOff()
{
    select(0);
}

void KeyPicker::select(int row)
{
    m_combo->setCurrentIndex(row);
    m_wanted = selectedReference();
    announce();
}

void KeyPicker::announce()
{
    if (selectedIdentity() != m_announced) {
        m_announced = selectedIdentity();
        Q_EMIT selectionChanged();
    }
}

QString KeyPicker::selectedIdentity() const
{
    const VaultKeyInfo* info = m_model->key(m_combo->currentIndex());
    return info ? info->reference() + QLatin1Char('|') + info->digest + info->fingerprint : QString();
}

std::optional<VaultKeyInfo> KeyPicker::selectedInfo() const
{
    const VaultKeyInfo* info = m_model->key(m_combo->currentIndex());
    return info ? std::optional<VaultKeyInfo>(*info) : std::nullopt;
}

Result<const ProjectSecret*> KeyPicker::selectedSecret() const
{
    if (isOneOff()) {
        return fail(ErrorKind::NotFound, tr("No key of the vault is chosen."));
    }
    if (!m_session || !m_session->content()) {
        return fail(ErrorKind::VaultLocked, tr("The vault is locked."));
    }
    auto found = findVaultKey(*m_session->content(), selectedReference(), m_kinds);
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->secret;
}

Result<SecureBuffer> KeyPicker::clientSecret() const
{
    auto secret = selectedSecret();
    if (!secret) {
        return std::unexpected(secret.error());
    }
    return clientSecretOf(**secret);
}

Result<RsaPrivateKey> KeyPicker::privateKey() const
{
    auto secret = selectedSecret();
    if (!secret) {
        return std::unexpected(secret.error());
    }
    if (m_openedKey && m_openedFor == selectedIdentity()) {
        return *m_openedKey;
    }
    auto key = privateKeyOf(**secret);
    if (key) {
        m_openedKey = *key;
        m_openedFor = selectedIdentity();
    }
    return key;
}

QString KeyPicker::statusText() const
{
    return m_status->text();
}

void KeyPicker::refresh()
{
    const VaultSession::State state = m_session ? m_session->state() : VaultSession::State::NoVault;
    const VaultContent* content = m_session ? m_session->content() : nullptr;
    m_refreshing = true;
    m_model->setKeys(content ? listVaultKeys(*content, m_kinds) : QList<VaultKeyInfo>());
    // The model was reset: choose again, the user's entry if it is (still, or again) there.
    const int row = m_model->rowOf(m_wanted);
    m_combo->setCurrentIndex(std::max(row, 0));
    m_refreshing = false;

    QString status;
    bool offerUnlock = false;
    const QString kind = m_kinds == KeyKinds(KeyKind::ClientSecret) ? tr("client secrets")
        : m_kinds == KeyKinds(KeyKind::PrivateKey)                  ? tr("private keys")
                                                                    : tr("keys");
    if (!m_session) {
        status.clear();
    } else {
        switch (state) {
        case VaultSession::State::NoVault:
            status = tr("No vault yet: %1 kept in Project secrets appear here.").arg(kind);
            break;
        case VaultSession::State::Locked:
            status = tr("The vault is locked: unlock it to use the %1 kept in it.").arg(kind);
            offerUnlock = true;
            break;
        case VaultSession::State::Busy:
            status = tr("Unlocking the vault…");
            break;
        case VaultSession::State::Unlocked:
            if (m_model->keys().isEmpty()) {
                status = tr("The vault has no %1 yet: add them in Project secrets.").arg(kind);
            } else if (!m_wanted.isEmpty() && row < 0) {
                status = tr("%1 is no longer in the vault.").arg(m_wanted);
            }
            break;
        }
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_unlock->setVisible(offerUnlock);
    m_combo->setEnabled(m_model->rowCount() > 1);
    if (selectedIdentity() != m_openedFor) {
        m_openedKey.reset();
        m_openedFor.clear();
    }
    // Another entry, another value of the same entry, or locked: whoever uses it reads it again.
    announce();
}

} // namespace sb
