// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretDetailsPanel.h"

#include "JwtPanel.h"
#include "KeyEntryPanel.h"
#include "MongoUrlPanel.h"
#include "widgets/ClipboardService.h"
#include "widgets/SecretField.h"
#include "widgets/SecretTextView.h"

#include "UiResources.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb {

SecretDetailsPanel::SecretDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_reference(new QLabel(this))
    , m_copyReference(new QPushButton(this))
    , m_value(new SecretField(this))
    , m_meta(new QLabel(this))
    , m_typePanels(new QStackedWidget(this))
    , m_mongo(new MongoUrlPanel(this))
    , m_jwt(new JwtPanel(this))
    , m_keys(new KeyEntryPanel(this))
    , m_empty(new QLabel(tr("Select a secret to see its details."), this))
{
    initUiResources();
    setObjectName(QStringLiteral("secretDetails"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyReference->setObjectName(QStringLiteral("copyReferenceDetail"));
    m_copyReference->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyReference->setToolTip(tr("Copy the reference (not secret, not cleared)"));
    m_copyReference->setAccessibleName(tr("Copy reference"));
    m_value->setObjectName(QStringLiteral("secretValueField"));
    m_value->setReadOnly(true);
    m_value->setAccessibleName(tr("Secret value"));
    m_meta->setObjectName(QStringLiteral("secretMeta"));
    m_meta->setWordWrap(true);
    m_typePanels->addWidget(m_empty);
    m_typePanels->addWidget(m_mongo);
    m_typePanels->addWidget(m_jwt);
    m_typePanels->addWidget(m_keys);

    auto* referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_reference, 1);
    referenceRow->addWidget(m_copyReference);
    auto* form = new QFormLayout;
    form->addRow(tr("Reference:"), referenceRow);
    form->addRow(tr("Value:"), m_value);
    m_valueLabel = form->labelForField(m_value);
    form->addRow(QString(), m_meta);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_typePanels, 1);

    connect(m_copyReference, &QPushButton::clicked, this,
            [this] { ClipboardService::instance().copyText(m_reference->text()); });
    connect(m_jwt, &JwtPanel::generateRequested, this, &SecretDetailsPanel::generateRequested);
    clear();
}

void SecretDetailsPanel::setSecret(const QString& project, const ProjectSecret* secret)
{
    if (!secret) {
        clear();
        return;
    }
    m_title->setText(tr("%1 — %2").arg(secret->name, secretTypeTitle(secret->type)));
    m_reference->setText(secret->reference());
    m_copyReference->setEnabled(true);
    m_value->setRevealed(false);
    m_value->setText(QString::fromUtf8(secret->current().value.view()));
    m_value->setEnabled(true);
    m_meta->setText(
        tr("In %1 · version %2 · set %3 · created %4")
            .arg(project)
            .arg(secret->current().number)
            .arg(QLocale().toString(secret->current().updated().toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(secret->createdMs).toLocalTime(),
                                    QLocale::ShortFormat)));
    // A private key's value is a PEM (and its passphrase): shown in the key panel, not in one line.
    const bool pem = secret->type == ProjectSecretType::RsaPrivateKey;
    m_value->setVisible(!pem);
    m_valueLabel->setVisible(!pem);
    if (pem) {
        m_value->clear();
    }
    m_mongo->clear();
    m_jwt->clear();
    m_keys->clear();
    switch (secret->type) {
    case ProjectSecretType::MongoDbUrl:
        m_mongo->setUrl(secret->current().value.clone());
        m_typePanels->setCurrentWidget(m_mongo);
        break;
    case ProjectSecretType::JwtSecret:
        m_jwt->setSecret(secret->current().value.clone());
        m_typePanels->setCurrentWidget(m_jwt);
        break;
    case ProjectSecretType::PortClientSecret:
    case ProjectSecretType::RsaPrivateKey:
        m_keys->setSecret(secret);
        m_typePanels->setCurrentWidget(m_keys);
        break;
    }
}

void SecretDetailsPanel::clear()
{
    m_title->setText(tr("No secret selected"));
    m_reference->clear();
    m_copyReference->setEnabled(false);
    m_value->clear(); // also masks it again
    m_value->setEnabled(false);
    m_meta->clear();
    m_mongo->clear();
    m_jwt->clear();
    m_keys->clear();
    m_value->show();
    m_valueLabel->show();
    m_typePanels->setCurrentWidget(m_empty);
}

void SecretDetailsPanel::revealValue()
{
    if (m_value->isVisible() || !m_keys->privateKeyView()->hasSecret()) {
        m_value->setRevealed(true);
    } else {
        m_keys->privateKeyView()->setRevealed(true);
    }
}

} // namespace sb
