// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyEntryPanel.h"

#include "inspector/KeyFacts.h"
#include "secrets/VaultKeys.h"
#include "widgets/ClipboardService.h"
#include "widgets/SecretField.h"
#include "widgets/SecretTextView.h"
#include "widgets/SeverityStyle.h"

#include "UiResources.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

KeyEntryPanel::KeyEntryPanel(QWidget* parent)
    : QWidget(parent)
    , m_facts(new QLabel(this))
    , m_publicTitle(
          new QLabel(tr("<b>Public key</b> (not secret: the \"key\" of a client-side input)"), this))
    , m_publicKey(new QPlainTextEdit(this))
    , m_copyPublic(new QPushButton(tr("Copy public key"), this))
    , m_pemTitle(new QLabel(tr("<b>Private key</b> (masked; reveal or copy it when you must)"), this))
    , m_pem(new SecretTextView(this))
    , m_passphraseTitle(new QLabel(tr("<b>Passphrase</b> of the private key"), this))
    , m_passphrase(new SecretField(this))
{
    initUiResources();
    setObjectName(QStringLiteral("keyEntryPanel"));
    m_facts->setObjectName(QStringLiteral("keyFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_publicKey->setObjectName(QStringLiteral("publicKeyPem"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setAccessibleName(tr("Public key"));
    m_publicKey->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_publicKey->setMaximumHeight(m_publicKey->fontMetrics().lineSpacing() * 8);
    m_copyPublic->setObjectName(QStringLiteral("copyPublicKey"));
    m_copyPublic->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyPublic->setToolTip(tr("Copy the public key PEM (not secret, not cleared)"));
    m_pem->setObjectName(QStringLiteral("privateKeyView"));
    m_pem->setMaximumHeight(m_publicKey->fontMetrics().lineSpacing() * 12);
    if (auto* text = m_pem->findChild<QPlainTextEdit*>(QStringLiteral("secretText"))) {
        text->setAccessibleName(tr("Private key"));
    }
    m_passphrase->setObjectName(QStringLiteral("keyPassphraseField"));
    m_passphrase->setReadOnly(true);
    m_passphrase->setAccessibleName(tr("Private key passphrase"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_facts);
    layout->addWidget(m_publicTitle);
    layout->addWidget(m_publicKey);
    layout->addWidget(m_copyPublic, 0, Qt::AlignLeft);
    layout->addWidget(m_pemTitle);
    layout->addWidget(m_pem);
    layout->addWidget(m_passphraseTitle);
    layout->addWidget(m_passphrase);
    layout->addStretch();

    connect(m_copyPublic, &QPushButton::clicked, this,
            [this] { ClipboardService::instance().copyText(m_publicKey->toPlainText()); });
    clear();
}

QString KeyEntryPanel::publicKeyPem() const
{
    return m_publicKey->toPlainText();
}

void KeyEntryPanel::setSecret(const ProjectSecret* secret)
{
    clear();
    if (!secret || !isKeyType(secret->type)) {
        return;
    }
    const QByteArrayView value = secret->current().value.view();
    if (secret->type == ProjectSecretType::PortClientSecret) {
        m_facts->setText(keyFactsHtml(clientSecretFacts(value)));
        return;
    }
    auto stored = StoredPrivateKey::decode(value);
    auto key = stored ? stored->key() : Result<RsaPrivateKey>(std::unexpected(stored.error()));
    if (!key) {
        m_facts->setText(keyFactsHtml(KeyFacts {
            tr("RSA private key"), { { tr("Unreadable"), key.error().message, Severity::Error } } }));
        return;
    }
    KeyFacts facts = privateKeyFacts(*key);
    facts.facts.append(
        { tr("Passphrase"),
          stored->isProtected() ? tr("stored with the key") : tr("none (the PEM is not encrypted)"),
          Severity::Info });
    m_facts->setText(keyFactsHtml(facts));
    m_publicKey->setPlainText(QString::fromLatin1(key->publicKey().toPem()));
    for (QWidget* w :
         std::initializer_list<QWidget*> { m_publicTitle, m_publicKey, m_copyPublic, m_pemTitle, m_pem }) {
        w->show();
    }
    m_pem->setSecret(stored->pem.clone());
    if (stored->isProtected()) {
        m_passphrase->setText(QString::fromUtf8(stored->passphrase.view()));
        m_passphraseTitle->show();
        m_passphrase->show();
    }
}

void KeyEntryPanel::clear()
{
    m_facts->clear();
    m_publicKey->clear();
    m_pem->clear();
    m_passphrase->clear();
    for (QWidget* w : std::initializer_list<QWidget*> { m_publicTitle, m_publicKey, m_copyPublic, m_pemTitle,
                                                        m_pem, m_passphraseTitle, m_passphrase }) {
        w->hide();
    }
}

} // namespace sb
