// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeysPanel.h"

#include "inspector/KeyFacts.h"
#include "widgets/CodeEditor.h"
#include "widgets/FocusChain.h"
#include "widgets/KeyPicker.h"
#include "widgets/SecretField.h"
#include "widgets/SeverityStyle.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

namespace {

std::optional<SecureBuffer> askPassphrase(QWidget* parent, const QString& prompt)
{
    bool ok = false;
    QString text = QInputDialog::getText(parent, QObject::tr("Private key passphrase"), prompt,
                                         QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return std::nullopt;
    }
    QByteArray utf8 = text.toUtf8();
    SecureBuffer out = SecureBuffer::copyOf(utf8);
    wipe(utf8);
    return out;
}

} // namespace

KeysPanel::KeysPanel(QWidget* parent)
    : QGroupBox(tr("Keys"), parent)
    , m_secretPicker(new KeyPicker(KeyKind::ClientSecret, this))
    , m_keyPicker(new KeyPicker(KeyKind::PrivateKey, this))
    , m_clientSecret(new SecretField(this))
    , m_secretFile(new QPushButton(tr("From file…"), this))
    , m_keyFile(new QPushButton(tr("Open PEM…"), this))
    , m_keyPaste(new QPushButton(tr("Paste PEM…"), this))
    , m_clientSecretFacts(new QLabel(this))
    , m_privateKeyFacts(new QLabel(this))
    , m_error(new QLabel(this))
    , m_forgetKey(new QPushButton(tr("Forget"), this))
{
    setObjectName(QStringLiteral("keysPanel"));
    m_passphrase = [this](const QString& prompt) { return askPassphrase(this, prompt); };

    m_clientSecret->setObjectName(QStringLiteral("clientSecretField"));
    m_clientSecret->setPlaceholderText(tr("Port client secret (Port-managed, aes256-gcm)"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_secretPicker->setObjectName(QStringLiteral("clientSecretPicker"));
    m_keyPicker->setObjectName(QStringLiteral("privateKeyPicker"));
    m_keyPicker->setOneOffText(tr("One-off private key (opened or pasted here, never stored)"));
    m_secretFile->setObjectName(QStringLiteral("clientSecretFileButton"));
    m_secretFile->setAccessibleName(tr("Load the client secret from a file"));
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_clientSecret, 1);
    secretRow->addWidget(m_secretFile);

    m_keyFile->setObjectName(QStringLiteral("privateKeyFileButton"));
    m_keyPaste->setObjectName(QStringLiteral("privateKeyPasteButton"));
    m_forgetKey->setObjectName(QStringLiteral("privateKeyForgetButton"));
    m_forgetKey->setAccessibleName(tr("Forget the one-off private key"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile);
    keyRow->addWidget(m_keyPaste);
    keyRow->addWidget(m_forgetKey);
    keyRow->addStretch(1);

    for (QLabel* label : { m_clientSecretFacts, m_privateKeyFacts, m_error }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_clientSecretFacts->setObjectName(QStringLiteral("clientSecretFacts"));
    m_privateKeyFacts->setObjectName(QStringLiteral("privateKeyFacts"));
    m_error->setObjectName(QStringLiteral("keysError"));
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(severityColour(Severity::Error).name()));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Client secret</b> (Port-managed)"), this));
    layout->addWidget(m_secretPicker);
    layout->addLayout(secretRow);
    layout->addWidget(m_clientSecretFacts);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("<b>RSA private key</b> (client-side)"), this));
    layout->addWidget(m_keyPicker);
    layout->addLayout(keyRow);
    layout->addWidget(m_privateKeyFacts);
    layout->addWidget(m_error);

    connect(m_clientSecret, &SecretField::textChanged, this, [this](const QString& text) {
        if (m_secretFromFile && text != m_secretFromFileText) {
            m_secretFromFile.reset();
        }
        updateFacts();
        Q_EMIT keysChanged();
    });
    connect(m_secretFile, &QPushButton::clicked, this, &KeysPanel::chooseClientSecretFile);
    connect(m_keyFile, &QPushButton::clicked, this, &KeysPanel::choosePrivateKeyFile);
    connect(m_keyPaste, &QPushButton::clicked, this, &KeysPanel::pastePrivateKey);
    connect(m_forgetKey, &QPushButton::clicked, this, &KeysPanel::forgetPrivateKey);
    for (KeyPicker* picker : { m_secretPicker, m_keyPicker }) {
        connect(picker, &KeyPicker::unlockRequested, this, &KeysPanel::vaultUnlockRequested);
        connect(picker, &KeyPicker::selectionChanged, this, [this] {
            const bool oneOffSecret = m_secretPicker->isOneOff();
            const bool oneOffKey = m_keyPicker->isOneOff();
            m_clientSecret->setEnabled(oneOffSecret);
            m_secretFile->setEnabled(oneOffSecret);
            m_keyFile->setEnabled(oneOffKey);
            m_keyPaste->setEnabled(oneOffKey);
            updateFacts();
            Q_EMIT keysChanged();
        });
    }
    FocusChain::inOrder(QList<QWidget*> { m_secretPicker->comboBox(), m_secretPicker->unlockButton(),
                                          m_clientSecret, m_secretFile, m_keyPicker->comboBox(),
                                          m_keyPicker->unlockButton(), m_keyFile, m_keyPaste, m_forgetKey });
    updateFacts();
}

DiagnosisKeys KeysPanel::keys() const
{
    DiagnosisKeys keys;
    if (!m_secretPicker->isOneOff()) {
        // The stored bytes exactly: the diagnosis looks at them as they are.
        if (auto secret = m_secretPicker->clientSecret()) {
            keys.clientSecret = std::move(*secret);
        }
    } else if (m_secretFromFile) {
        keys.clientSecret = m_secretFromFile->clone();
    } else if (!m_clientSecret->text().isEmpty()) {
        keys.clientSecret = m_clientSecret->secret();
    }
    keys.privateKey = privateKey();
    return keys;
}

std::optional<RsaPrivateKey> KeysPanel::privateKey() const
{
    if (m_keyPicker->isOneOff()) {
        return m_privateKey;
    }
    auto key = m_keyPicker->privateKey();
    return key ? std::optional<RsaPrivateKey>(std::move(*key)) : std::nullopt;
}

void KeysPanel::setVaultSession(VaultSession* session)
{
    m_secretPicker->setSession(session);
    m_keyPicker->setSession(session);
}

void KeysPanel::setClientSecret(const QString& text)
{
    m_clientSecret->setText(text);
}

Status KeysPanel::loadClientSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return fail(ErrorKind::FileError, file.errorString());
    }
    QByteArray bytes = file.readAll();
    m_secretFromFile = SecureBuffer::copyOf(bytes);
    // The field shows the text; the exact bytes (trailing line break and all) go to the diagnosis.
    QString text = QString::fromUtf8(bytes);
    wipe(bytes);
    m_secretFromFileText = text;
    m_secretFromFileText.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    m_error->hide();
    m_clientSecret->setText(m_secretFromFileText);
    updateFacts();
    Q_EMIT keysChanged();
    return {};
}

Status KeysPanel::loadPrivateKeyPem(QByteArrayView pem, const QString& origin)
{
    auto key = RsaPrivateKey::fromPem(pem);
    for (int attempt = 0; !key && attempt < 3
         && (key.error().kind == ErrorKind::PassphraseRequired
             || key.error().kind == ErrorKind::WrongPassphrase);
         ++attempt) {
        const QString prompt = key.error().kind == ErrorKind::WrongPassphrase
            ? tr("Wrong passphrase. Passphrase for %1:").arg(origin)
            : tr("The private key %1 is encrypted. Passphrase:").arg(origin);
        std::optional<SecureBuffer> passphrase = m_passphrase(prompt);
        if (!passphrase) {
            showError(tr("The private key was not loaded: it is encrypted and no passphrase was given."));
            return fail(ErrorKind::PassphraseRequired, tr("No passphrase given."));
        }
        key = RsaPrivateKey::fromPem(pem, passphrase->view());
    }
    if (!key) {
        showError(key.error().message);
        return std::unexpected(key.error());
    }
    m_privateKey = std::move(*key);
    m_privateKeyOrigin = origin;
    m_error->hide();
    updateFacts();
    Q_EMIT keysChanged();
    return {};
}

Status KeysPanel::loadPrivateKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return fail(ErrorKind::FileError, file.errorString());
    }
    QByteArray pem = file.readAll();
    Status result = loadPrivateKeyPem(pem, QFileInfo(path).fileName());
    wipe(pem);
    return result;
}

void KeysPanel::forgetPrivateKey()
{
    m_privateKey.reset();
    m_privateKeyOrigin.clear();
    updateFacts();
    Q_EMIT keysChanged();
}

void KeysPanel::chooseClientSecretFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Client secret file"));
    if (!path.isEmpty()) {
        (void)loadClientSecretFile(path);
    }
}

void KeysPanel::choosePrivateKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("RSA private key"), QString(),
                                                      tr("PEM files (*.pem *.key);;All files (*)"));
    if (!path.isEmpty()) {
        (void)loadPrivateKeyFile(path);
    }
}

void KeysPanel::pastePrivateKey()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Paste an RSA private key"));
    auto* editor = new CodeEditor(&dialog);
    editor->setObjectName(QStringLiteral("pemEditor"));
    editor->setAccessibleName(tr("Private key (PEM)"));
    editor->setPlaceholderText(QStringLiteral("-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The key stays in memory only; it is never written to disk."), &dialog));
    layout->addWidget(editor);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(620, 420);
    if (dialog.exec() == QDialog::Accepted) {
        QByteArray pem = editor->toPlainText().toUtf8();
        (void)loadPrivateKeyPem(pem, tr("pasted key"));
        wipe(pem);
    }
    editor->clear();
}

void KeysPanel::updateFacts()
{
    const DiagnosisKeys k = keys();
    if (k.clientSecret) {
        m_clientSecretFacts->setText(keyFactsHtml(clientSecretFacts(k.clientSecret->view())));
        m_clientSecretFacts->show();
    } else {
        m_clientSecretFacts->setText(QString());
        m_clientSecretFacts->hide();
    }
    if (const std::optional<RsaPrivateKey> key = k.privateKey) {
        KeyFacts facts = privateKeyFacts(*key);
        facts.facts.prepend({ tr("Loaded from"),
                              m_keyPicker->isOneOff()
                                  ? m_privateKeyOrigin
                                  : tr("the vault: %1").arg(m_keyPicker->selectedReference()),
                              Severity::Info });
        m_privateKeyFacts->setText(keyFactsHtml(facts));
    } else {
        m_privateKeyFacts->setText(tr("<i>No private key loaded.</i>"));
    }
    m_forgetKey->setEnabled(m_keyPicker->isOneOff() && m_privateKey.has_value());
}

void KeysPanel::showError(const QString& message)
{
    m_error->setText(message.toHtmlEscaped());
    m_error->show();
}

} // namespace sb
