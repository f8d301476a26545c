// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptPanel.h"

#include "common/JsonText.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "crypto/SecretValue.h"
#include "inspector/KeyFacts.h"
#include "inspector/KeysPanel.h"
#include "widgets/ClipboardService.h"
#include "widgets/CodeEditor.h"
#include "widgets/SeverityStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sb {

EncryptPanel::EncryptPanel(KeysPanel* keys, QWidget* parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_portManaged(new QRadioButton(tr("Port-managed (aes256-gcm)"), this))
    , m_clientSide(new QRadioButton(tr("Client-side (RSA public key)"), this))
    , m_type(new QComboBox(this))
    , m_input(new CodeEditor(this))
    , m_asBody(new QCheckBox(tr("Wrap in a webhook body (payload.properties.secret)"), this))
    , m_output(new QLineEdit(this))
    , m_keyLabel(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("encryptPanel"));
    m_portManaged->setObjectName(QStringLiteral("encryptPortManaged"));
    m_clientSide->setObjectName(QStringLiteral("encryptClientSide"));
    m_portManaged->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_portManaged);
    group->addButton(m_clientSide);
    m_type->setObjectName(QStringLiteral("encryptType"));
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("string"));
    m_type->addItem(tr("object (JSON)"));
    m_input->setObjectName(QStringLiteral("encryptInput"));
    m_input->setAccessibleName(tr("Test value"));
    m_input->setPlaceholderText(tr("The test value: text, or JSON for an object input"));
    m_asBody->setObjectName(QStringLiteral("encryptAsBody"));
    m_output->setObjectName(QStringLiteral("encryptOutput"));
    m_output->setAccessibleName(tr("Encrypted value"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyLabel->setObjectName(QStringLiteral("encryptKeyLabel"));
    m_keyLabel->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("encryptError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(severityColour(Severity::Error).name()));

    auto* publicKey = new QPushButton(tr("Public key…"), this);
    publicKey->setObjectName(QStringLiteral("encryptPublicKeyButton"));
    auto* encryptButton = new QPushButton(tr("Encrypt"), this);
    encryptButton->setObjectName(QStringLiteral("encryptButton"));
    encryptButton->setDefault(true);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("encryptCopyButton"));
    auto* inspect = new QPushButton(tr("Inspect it"), this);
    inspect->setObjectName(QStringLiteral("encryptInspectButton"));

    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_portManaged);
    formatRow->addWidget(m_clientSide);
    formatRow->addWidget(publicKey);
    formatRow->addStretch(1);
    formatRow->addWidget(new QLabel(tr("Type:"), this));
    formatRow->addWidget(m_type);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(copy);
    outputRow->addWidget(inspect);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_asBody);
    actions->addStretch(1);
    actions->addWidget(encryptButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(formatRow);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_input, 1);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addLayout(outputRow);

    // Buttons made after the fields, in reading order.
    setTabOrder(m_clientSide, publicKey);
    setTabOrder(m_asBody, encryptButton);
    connect(encryptButton, &QPushButton::clicked, this, &EncryptPanel::encrypt);
    connect(publicKey, &QPushButton::clicked, this, &EncryptPanel::choosePublicKey);
    // An envelope is ciphertext, not a secret: a plain copy.
    connect(copy, &QPushButton::clicked, this,
            [this] { ClipboardService::instance().copyText(m_output->text()); });
    connect(inspect, &QPushButton::clicked, this, [this] {
        if (!m_output->text().isEmpty()) {
            Q_EMIT inspectRequested(m_output->text());
        }
    });
    connect(m_portManaged, &QRadioButton::toggled, this, &EncryptPanel::updateKeyLabel);
    connect(m_keys, &KeysPanel::keysChanged, this, &EncryptPanel::updateKeyLabel);
    updateKeyLabel();
}

QString EncryptPanel::output() const
{
    return m_output->text();
}

Status EncryptPanel::loadPublicKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return fail(ErrorKind::FileError, file.errorString());
    }
    auto key = RsaPublicKey::fromPem(file.readAll());
    if (!key) {
        m_error->setText(key.error().message);
        return std::unexpected(key.error());
    }
    m_publicKey = std::move(*key);
    m_clientSide->setChecked(true);
    m_error->clear();
    updateKeyLabel();
    return {};
}

void EncryptPanel::choosePublicKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("RSA public key"), QString(),
                                                      tr("PEM files (*.pem *.pub);;All files (*)"));
    if (!path.isEmpty()) {
        (void)loadPublicKeyFile(path);
    }
}

void EncryptPanel::updateKeyLabel()
{
    if (m_portManaged->isChecked()) {
        const DiagnosisKeys keys = m_keys->keys();
        m_keyLabel->setText(keys.clientSecret
                                ? tr("With the client secret from the keys panel (its first 32 bytes).")
                                : tr("Enter the client secret in the keys panel."));
        return;
    }
    if (m_publicKey) {
        QStringList facts;
        for (const KeyFact& fact : publicKeyFacts(*m_publicKey).facts) {
            facts << QStringLiteral("%1: %2").arg(fact.label, fact.value);
        }
        m_keyLabel->setText(tr("With the public key opened here. %1.").arg(facts.join(QStringLiteral("; "))));
    } else if (m_keys->privateKey()) {
        m_keyLabel->setText(
            tr("With the public half of the loaded private key (RSA-%1).").arg(m_keys->privateKey()->bits()));
    } else {
        m_keyLabel->setText(tr("Open a public key, or load a private key in the keys panel."));
    }
}

bool EncryptPanel::encrypt()
{
    m_error->clear();
    m_output->clear();
    const SecretType type = m_type->currentIndex() == 1 ? SecretType::Object : SecretType::String;
    QByteArray typed = m_input->toPlainText().toUtf8();
    auto plaintext = plaintextForValue(type, typed);
    wipe(typed);
    if (!plaintext) {
        m_error->setText(plaintext.error().message);
        return false;
    }
    Result<QByteArray> envelope = fail(ErrorKind::Usage, tr("No key."));
    if (m_portManaged->isChecked()) {
        const DiagnosisKeys keys = m_keys->keys();
        if (!keys.clientSecret) {
            m_error->setText(tr("Enter the client secret in the keys panel first."));
            return false;
        }
        auto cipher = PortManagedCipher::fromClientSecret(keys.clientSecret->view());
        envelope = cipher ? cipher->encrypt(plaintext->view())
                          : Result<QByteArray>(std::unexpected(cipher.error()));
    } else {
        std::optional<RsaPublicKey> key = m_publicKey;
        if (!key && m_keys->privateKey()) {
            key = m_keys->privateKey()->publicKey();
        }
        if (!key) {
            m_error->setText(tr("Open a public key, or load a private key in the keys panel."));
            return false;
        }
        auto encryptor = ClientSideEncryptor::create(*key);
        envelope = encryptor ? encryptor->encrypt(plaintext->view())
                             : Result<QByteArray>(std::unexpected(encryptor.error()));
    }
    if (!envelope) {
        m_error->setText(envelope.error().message);
        return false;
    }
    const QByteArray text = encodeEnvelopeText(*envelope);
    if (m_asBody->isChecked()) {
        m_output->setText(QString::fromLatin1(
            "{\"payload\":{\"properties\":{\"secret\":" + JsonText::quoted(text) + "}}}"));
    } else {
        m_output->setText(QString::fromLatin1(text));
    }
    return true;
}

} // namespace sb
