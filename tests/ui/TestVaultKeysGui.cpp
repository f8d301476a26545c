// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/secrets/SecretsTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Hardening.h"
#include "common/Settings.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "formpreview/FormPreviewWorkspace.h"
#include "formpreview/FormView.h"
#include "formpreview/KeyPairDialog.h"
#include "inspector/InspectorWorkspace.h"
#include "inspector/KeysPanel.h"
#include "secrets/KeyEntryPanel.h"
#include "secrets/ProjectSecretsWorkspace.h"
#include "secrets/SecretEditorDialog.h"
#include "secrets/VaultKeys.h"
#include "secrets/VaultLocation.h"
#include "secrets/VaultSession.h"
#include "widgets/ClipboardService.h"
#include "widgets/CodeEditor.h"
#include "widgets/KeyPicker.h"
#include "widgets/SecretField.h"
#include "widgets/SecretTextView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sb;
using namespace sb::test;

// Keys in one place, driven through the real main window: the form preview and
// the inspector pick their keys from the one vault session, locking in project
// secrets takes them away everywhere, a key pair generated in the form preview
// is saved in the vault, project secrets adds, shows, reveals and copies the
// two key types, and the passphrase is remembered in the system keyring.
// The keyring cases run in TestVaultKeysGuiService (run-with-keyring.sh, a
// real Secret Service); the plain run checks the "no keyring" message.
class TestVaultKeysGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pickersFollowTheSharedSession();
    void formPreviewUsesVaultKeys();
    void inspectorUsesVaultKeys();
    void lockingTakesKeysAwayEverywhere();
    void generateKeyPairAndSaveIt();
    void projectSecretsClientSecret();
    void projectSecretsPrivateKey();
    void keyringRemembersThePassphrase();
    void noKeyringIsAClearMessage();

private:
    static bool haveKeyring()
    {
        return qEnvironmentVariable("SECRETBENCH_TEST_KEYRING") == QLatin1String("1");
    }
    bool unlockThroughProjectSecrets(MainWindow& window);
    static bool waitForState(VaultSession& session, VaultSession::State state);
    static void typeInto(QWidget* parent, const QString& fieldName, const QByteArray& text);
    FormPreviewWorkspace* preview(MainWindow& w) const
    {
        return static_cast<FormPreviewWorkspace*>(w.workspaceWidget(MainWindow::FormPreview));
    }
    InspectorWorkspace* inspector(MainWindow& w) const
    {
        return static_cast<InspectorWorkspace*>(w.workspaceWidget(MainWindow::Inspector));
    }
    ProjectSecretsWorkspace* secrets(MainWindow& w) const
    {
        return static_cast<ProjectSecretsWorkspace*>(w.workspaceWidget(MainWindow::ProjectSecrets));
    }

    QTemporaryDir m_dir;
    QString m_vault;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QByteArray ClientSecretValue("vault-kept-port-client-secret-0123456789abcdef");
QByteArray keyFile(const QString& name)
{
    return readData(QStringLiteral("keys/") + name);
}
QByteArray keyPassphrase()
{
    return keyFile(QStringLiteral("passphrase.txt")).trimmed();
}
QString definitionWith(const QByteArray& publicPem)
{
    return QStringLiteral(R"({"properties": {
  "token": {"type": "string", "encryption": "aes256-gcm"},
  "apiKey": {"type": "string", "encryption": {"algorithm": "client-side", "key": %1}}
}})")
        .arg(QString::fromUtf8(JsonText::quoted(publicPem)));
}
} // namespace

void TestVaultKeysGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Hardening::restrictSensitiveLogging();
    QVERIFY(m_dir.isValid());
}

void TestVaultKeysGui::init()
{
    // A fresh vault for every case: prod has a client secret and an encrypted
    // RSA-2048 key (its passphrase stored with it), staging a client secret too.
    m_vault
        = m_dir.filePath(QStringLiteral("%1.sbvault").arg(QString::fromLatin1(QTest::currentTestFunction())));
    VaultContent content = sampleContent();
    QVERIFY(content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET"),
                              ProjectSecretType::PortClientSecret, ClientSecretValue));
    auto stored
        = StoredPrivateKey::fromPem(keyFile(QStringLiteral("rsa2048.encrypted.pem")), keyPassphrase());
    QVERIFY(stored);
    QVERIFY(content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("BACKEND_KEY"),
                              ProjectSecretType::RsaPrivateKey, stored->encode().view()));
    QVERIFY(content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("STAGING_CLIENT_SECRET"),
                              ProjectSecretType::PortClientSecret, "staging-client-secret-0123456789abcdef"));
    QVERIFY(Vault::create(m_vault, VaultPassphrase, fastestAllowedKdf(), std::move(content)));
    VaultLocation::setCommandLineOverride(m_vault);
    Settings::instance().setRememberPassphraseInKeyring(false);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestVaultKeysGui::cleanup()
{
    m_window.reset();
    ClipboardService::instance().clearIfOwned();
    Settings::instance().setRememberPassphraseInKeyring(false);
}

bool TestVaultKeysGui::waitForState(VaultSession& session, VaultSession::State state)
{
    QSignalSpy changed(&session, &VaultSession::stateChanged);
    while (session.state() != state) {
        if (!changed.wait(30000)) {
            return false;
        }
    }
    return true;
}

void TestVaultKeysGui::typeInto(QWidget* parent, const QString& fieldName, const QByteArray& text)
{
    auto* field = parent->findChild<SecretField*>(fieldName);
    QVERIFY2(field, qPrintable(fieldName));
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), QString::fromUtf8(text));
}

bool TestVaultKeysGui::unlockThroughProjectSecrets(MainWindow& window)
{
    // The one unlock flow: the project-secrets unlock page.
    if (window.currentWorkspace() != MainWindow::ProjectSecrets) {
        return false;
    }
    typeInto(secrets(window), QStringLiteral("passphrase"), VaultPassphrase);
    QTest::mouseClick(secrets(window)->findChild<QPushButton*>(QStringLiteral("unlockButton")),
                      Qt::LeftButton);
    return waitForState(window.vaultSession(), VaultSession::State::Unlocked);
}

void TestVaultKeysGui::pickersFollowTheSharedSession()
{
    MainWindow& w = *m_window;
    // One session: every workspace sees it.
    QCOMPARE(&secrets(w)->session(), &w.vaultSession());
    KeyPicker* formSecret = preview(w)->clientSecretPicker();
    KeyPicker* formKey = preview(w)->privateKeyPicker();
    KeyPicker* inspectorSecret = inspector(w)->keysPanel()->clientSecretPicker();
    KeyPicker* inspectorKey = inspector(w)->keysPanel()->privateKeyPicker();
    for (KeyPicker* picker : { formSecret, formKey, inspectorSecret, inspectorKey }) {
        QCOMPARE(picker->session(), &w.vaultSession());
        QVERIFY2(picker->statusText().contains(QLatin1String("locked")), qPrintable(picker->statusText()));
        QVERIFY(picker->isOneOff());
        QCOMPARE(picker->comboBox()->count(), 1);
    }
    // "Unlock…" in the form preview: project secrets' unlock page, then back.
    QCOMPARE(w.currentWorkspace(), MainWindow::FormPreview);
    QVERIFY(formSecret->unlockButton()->isVisible());
    QTest::mouseClick(formSecret->unlockButton(), Qt::LeftButton);
    QCOMPARE(w.currentWorkspace(), MainWindow::ProjectSecrets);
    QVERIFY(unlockThroughProjectSecrets(w));
    QCOMPARE(w.currentWorkspace(), MainWindow::FormPreview);
    // Listed by project/name with facts, never the key.
    QCOMPARE(formSecret->comboBox()->count(), 3); // one-off + two client secrets
    QCOMPARE(formKey->comboBox()->count(), 2); // one-off + one private key
    QCOMPARE(inspectorSecret->comboBox()->count(), 3);
    const QString listed = formSecret->comboBox()->itemText(1);
    QVERIFY2(listed.startsWith(QLatin1String("shop-prod/PORT_CLIENT_SECRET")), qPrintable(listed));
    QVERIFY(listed.contains(QStringLiteral("%1 bytes").arg(ClientSecretValue.size())));
    QVERIFY(!listed.contains(QString::fromLatin1(ClientSecretValue)));
    const QString fingerprint
        = RsaPublicKey::fromPem(keyFile(QStringLiteral("rsa2048.pub.pem")))->fingerprint();
    QVERIFY2(formKey->comboBox()->itemText(1).contains(fingerprint.left(23)),
             qPrintable(formKey->comboBox()->itemText(1)));
    // The closed list cuts long entries; its tooltip names the chosen one whole.
    QVERIFY(formKey->selectReference(QStringLiteral("shop-prod/BACKEND_KEY")));
    QVERIFY2(formKey->comboBox()->toolTip().contains(fingerprint),
             qPrintable(formKey->comboBox()->toolTip()));
    formKey->selectOneOff();
    for (KeyPicker* picker : { formSecret, formKey }) {
        QVERIFY(!picker->unlockButton()->isVisible());
        QVERIFY(picker->statusText().isEmpty());
    }
    // A change elsewhere in the vault is not a new key for the workspaces; a
    // new value of the chosen entry is.
    QVERIFY(formSecret->selectReference(QStringLiteral("shop-prod/PORT_CLIENT_SECRET")));
    QSignalSpy changes(formSecret, &KeyPicker::selectionChanged);
    QVERIFY(w.vaultSession().apply(
        [](VaultContent& content) -> Status { return content.addProject(QStringLiteral("unrelated")); }));
    QCOMPARE(changes.count(), 0);
    const QByteArray rotated("a-rotated-port-client-secret-value-0123456789abcdef");
    QVERIFY(w.vaultSession().apply([&](VaultContent& content) -> Status {
        auto set = content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET"),
                                     ProjectSecretType::PortClientSecret, rotated);
        return set ? Status {} : Status(std::unexpected(set.error()));
    }));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(formSecret->clientSecret()->view(), QByteArrayView(rotated));
}

void TestVaultKeysGui::formPreviewUsesVaultKeys()
{
    MainWindow& w = *m_window;
    FormPreviewWorkspace* p = preview(w);
    p->setDefinitionText(definitionWith(keyFile(QStringLiteral("rsa2048.pub.pem"))));
    p->applyDefinition();
    p->formView()->ensureBuilt();
    QTest::keyClicks(p->findChild<QLineEdit*>(QStringLiteral("input_token")),
                     QStringLiteral("port-managed value"));
    QTest::keyClicks(p->findChild<QLineEdit*>(QStringLiteral("input_apiKey")),
                     QStringLiteral("client-side value"));
    // No client secret yet: the Port-managed secret is left out.
    QVERIFY(p->findChild<QLabel*>(QStringLiteral("buildStatus"))
                ->text()
                .contains(QLatin1String("client secret")));
    QTest::mouseClick(p->clientSecretPicker()->unlockButton(), Qt::LeftButton);
    QVERIFY(unlockThroughProjectSecrets(w));
    QVERIFY(p->clientSecretPicker()->selectReference(QStringLiteral("shop-prod/PORT_CLIENT_SECRET")));
    QVERIFY(!p->findChild<SecretField*>(QStringLiteral("clientSecretField"))->isEnabled()); // one-off off
    QVERIFY2(
        p->findChild<QLabel*>(QStringLiteral("buildStatus"))->text().contains(QLatin1String("Request ready")),
        qPrintable(p->findChild<QLabel*>(QStringLiteral("buildStatus"))->text()));
    // Decrypt back: the private key of the client-side input comes from the vault too.
    QCOMPARE(p->decryptBack(), 0);
    auto* table = p->findChild<QTableWidget*>(QStringLiteral("decryptTable"));
    QVERIFY(table);
    bool cannotCheck = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        cannotCheck = cannotCheck || table->item(row, 3)->text().contains(QLatin1String("Cannot check"));
    }
    QVERIFY(cannotCheck);
    QVERIFY(p->privateKeyPicker()->selectReference(
        QStringLiteral("BACKEND_KEY").prepend(QStringLiteral("shop-prod/"))));
    QCOMPARE(p->decryptBack(), 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY2(table->item(row, 3)->text().contains(QLatin1String("Round-trips")),
                 qPrintable(table->item(row, 3)->text()));
    }
    QVERIFY(p->findChild<QLabel*>(QStringLiteral("keyStatus"))
                ->text()
                .contains(QLatin1String("shop-prod/PORT_CLIENT_SECRET from the vault")));
    // What Port sends decrypts with the vault's client secret, outside the app too.
    auto cipher = PortManagedCipher::fromClientSecret(ClientSecretValue);
    QVERIFY(cipher);
    QVERIFY(!p->lastBuild().secrets.empty());
}

void TestVaultKeysGui::inspectorUsesVaultKeys()
{
    MainWindow& w = *m_window;
    w.showWorkspace(MainWindow::Inspector);
    InspectorWorkspace* i = inspector(w);
    auto cipher = PortManagedCipher::fromClientSecret(ClientSecretValue);
    const QByteArray envelope = encodeEnvelopeText(*cipher->encrypt("from the vault"));
    i->inputEditor()->setPlainText(QString::fromLatin1(envelope));
    i->analyseNow();
    QVERIFY(!i->verdictText().contains(QLatin1String("Decrypted")));
    QTest::mouseClick(i->keysPanel()->clientSecretPicker()->unlockButton(), Qt::LeftButton);
    QVERIFY(unlockThroughProjectSecrets(w));
    QCOMPARE(w.currentWorkspace(), MainWindow::Inspector);
    QVERIFY(i->keysPanel()->clientSecretPicker()->selectReference(
        QStringLiteral("PORT_CLIENT_SECRET").prepend(QStringLiteral("shop-prod/"))));
    i->analyseNow();
    QVERIFY2(i->verdictText().contains(QLatin1String("Decrypted")), qPrintable(i->verdictText()));
    QVERIFY(!i->findChild<QLabel*>(QStringLiteral("clientSecretFacts"))
                 ->text()
                 .contains(QString::fromLatin1(ClientSecretValue)));
    // A client-side value with the vault's RSA key (its stored passphrase opens it).
    auto encryptor
        = ClientSideEncryptor::create(*RsaPublicKey::fromPem(keyFile(QStringLiteral("rsa2048.pub.pem"))));
    const QByteArray clientSide = encodeEnvelopeText(*encryptor->encrypt("client-side, vault key"));
    i->inputEditor()->setPlainText(QString::fromLatin1(clientSide));
    QVERIFY(i->keysPanel()->privateKeyPicker()->selectReference(QStringLiteral("shop-prod/BACKEND_KEY")));
    i->analyseNow();
    QVERIFY2(i->verdictText().contains(QLatin1String("Decrypted")), qPrintable(i->verdictText()));
    QVERIFY(i->findChild<QLabel*>(QStringLiteral("privateKeyFacts"))
                ->text()
                .contains(QLatin1String("the vault: shop-prod/BACKEND_KEY")));
    QVERIFY(i->findChild<SecretTextView*>(QStringLiteral("valueView"))->hasSecret());
}

void TestVaultKeysGui::lockingTakesKeysAwayEverywhere()
{
    MainWindow& w = *m_window;
    InspectorWorkspace* i = inspector(w);
    FormPreviewWorkspace* p = preview(w);
    auto cipher = PortManagedCipher::fromClientSecret(ClientSecretValue);
    i->inputEditor()->setPlainText(QString::fromLatin1(encodeEnvelopeText(*cipher->encrypt("locked away"))));
    w.requestVaultUnlock(MainWindow::Inspector);
    QVERIFY(unlockThroughProjectSecrets(w));
    QVERIFY(i->keysPanel()->clientSecretPicker()->selectReference(
        QStringLiteral("shop-prod/PORT_CLIENT_SECRET")));
    QVERIFY(p->clientSecretPicker()->selectReference(QStringLiteral("shop-prod/PORT_CLIENT_SECRET")));
    i->analyseNow();
    QVERIFY(i->verdictText().contains(QLatin1String("Decrypted")));
    QVERIFY(!p->clientSecretInUse().isEmpty());

    // Lock from project secrets (its Lock button).
    w.showWorkspace(MainWindow::ProjectSecrets);
    QAction* lock = secrets(w)->findChild<QAction*>(QStringLiteral("lockButton"));
    QVERIFY(lock);
    lock->trigger();
    QCOMPARE(w.vaultSession().state(), VaultSession::State::Locked);
    for (KeyPicker* picker : { p->clientSecretPicker(), p->privateKeyPicker(),
                               i->keysPanel()->clientSecretPicker(), i->keysPanel()->privateKeyPicker() }) {
        QVERIFY2(picker->statusText().contains(QLatin1String("locked")), qPrintable(picker->statusText()));
        QVERIFY(picker->isOneOff());
        QCOMPARE(picker->comboBox()->count(), 1);
        QVERIFY(!picker->clientSecret());
    }
    QVERIFY(p->clientSecretInUse().isEmpty());
    QVERIFY(!i->keysPanel()->keys().clientSecret);
    i->analyseNow();
    QVERIFY2(!i->verdictText().contains(QLatin1String("Decrypted")), qPrintable(i->verdictText()));
    QVERIFY(p->findChild<SecretField*>(QStringLiteral("clientSecretField"))->isEnabled());

    // Unlocked again, the entries chosen before come back.
    w.requestVaultUnlock(MainWindow::Inspector);
    QVERIFY(unlockThroughProjectSecrets(w));
    QCOMPARE(i->keysPanel()->clientSecretPicker()->selectedReference(),
             QStringLiteral("shop-prod/PORT_CLIENT_SECRET"));
    i->analyseNow();
    QVERIFY(i->verdictText().contains(QLatin1String("Decrypted")));
}

void TestVaultKeysGui::generateKeyPairAndSaveIt()
{
    MainWindow& w = *m_window;
    FormPreviewWorkspace* p = preview(w);
    p->setDefinitionText(QStringLiteral(
        R"({"properties": {"apiKey": {"type": "string", "encryption": {"algorithm": "client-side", "key": "replace me"}}}})"));
    p->applyDefinition();
    auto* button = p->findChild<QPushButton*>(QStringLiteral("generateKeyPairButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = p->findChild<KeyPairDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    auto* input = dialog->findChild<QComboBox*>(QStringLiteral("keyPairInput"));
    QCOMPARE(input->count(), 1);
    auto* bits = dialog->findChild<QComboBox*>(QStringLiteral("keyPairBits"));
    QCOMPARE(bits->count(), 3);
    bits->setCurrentIndex(bits->findData(2048));
    QSignalSpy generated(dialog, &KeyPairDialog::generated);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("keyPairGenerate")), Qt::LeftButton);
    QVERIFY(generated.wait(60000));
    QVERIFY(generated.first().first().toBool());
    // The public key is in the definition now, and the form encrypts and decrypts back with it.
    QVERIFY(p->generatedKey().has_value());
    const QByteArray publicPem = p->generatedKey()->publicKey().toPem();
    QVERIFY(p->definitionText().contains(QString::fromUtf8(JsonText::quoted(publicPem))));
    p->formView()->ensureBuilt();
    QTest::keyClicks(p->findChild<QLineEdit*>(QStringLiteral("input_apiKey")), QStringLiteral("generated"));
    QCOMPARE(p->decryptBack(), 0);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("keyPairStatus"))
                ->text()
                .contains(QLatin1String("apiKey")));

    // Save the private half: the vault is locked, so the dialog offers to unlock.
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveKeyButton"));
    auto* unlock = dialog->findChild<QPushButton*>(QStringLiteral("saveKeyUnlock"));
    QVERIFY(!save->isEnabled());
    QVERIFY(unlock->isVisible());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(unlockThroughProjectSecrets(w));
    auto* project = dialog->findChild<QComboBox*>(QStringLiteral("saveKeyProject"));
    project->setCurrentIndex(project->findText(QStringLiteral("shop-staging")));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("saveKeyName"));
    QCOMPARE(name->text(), QStringLiteral("APIKEY_PRIVATE_KEY"));
    QVERIFY(save->isEnabled());
    const QString generatedFingerprint = p->generatedKey()->publicKey().fingerprint();
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(
        dialog->findChild<QLabel*>(QStringLiteral("saveKeyStatus"))->text().contains(QLatin1String("Saved")),
        qPrintable(dialog->findChild<QLabel*>(QStringLiteral("saveKeyStatus"))->text()));
    // In the vault (on disk too), and offered by the pickers.
    auto stored = w.vaultSession().content()->findSecret(QStringLiteral("shop-staging"),
                                                         QStringLiteral("APIKEY_PRIVATE_KEY"));
    QVERIFY(stored);
    QCOMPARE((*stored)->type, ProjectSecretType::RsaPrivateKey);
    QCOMPARE(privateKeyOf(**stored)->publicKey().fingerprint(), generatedFingerprint);
    // Saved, the key is the vault's: picked from it, no longer a one-off copy,
    // and the Save button cannot store it twice.
    QVERIFY(!p->generatedKey().has_value());
    QVERIFY(!save->isEnabled());
    QCOMPARE(p->privateKeyPicker()->selectedReference(), QStringLiteral("shop-staging/APIKEY_PRIVATE_KEY"));
    QCOMPARE(p->privateKeysInUse().size(), 1);
    auto reopened = Vault::open(m_vault, VaultPassphrase);
    QVERIFY(reopened
            && reopened->content().findSecret(QStringLiteral("shop-staging"),
                                              QStringLiteral("APIKEY_PRIVATE_KEY")));
    QVERIFY(inspector(w)->keysPanel()->privateKeyPicker()->selectReference(
        QStringLiteral("shop-staging/APIKEY_PRIVATE_KEY")));
    // Locking takes it away here too.
    w.vaultSession().lock(VaultSession::LockReason::Manual);
    QVERIFY(p->privateKeysInUse().isEmpty());
    dialog->close();
}

void TestVaultKeysGui::projectSecretsClientSecret()
{
    MainWindow& w = *m_window;
    w.showWorkspace(MainWindow::ProjectSecrets);
    QVERIFY(unlockThroughProjectSecrets(w));
    ProjectSecretsWorkspace* s = secrets(w);
    s->selectProject(QStringLiteral("shop-staging"));
    s->addSecret();
    auto* dialog = s->findChild<SecretEditorDialog*>();
    QVERIFY(dialog);
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("secretType"));
    type->setCurrentIndex(type->findData(int(ProjectSecretType::PortClientSecret)));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secretName")),
                     QStringLiteral("CLIENT_SECRET"));
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    auto* validation = dialog->findChild<QLabel*>(QStringLiteral("validation"));
    // A client ID pasted by mistake: flagged with the 32-byte rule, refused.
    typeInto(dialog, QStringLiteral("secretValue"), "0f7b3c1e-2a4d-4e5f");
    QVERIFY(!ok->isEnabled());
    QVERIFY2(validation->text().contains(QLatin1String("First-32-bytes rule")),
             qPrintable(validation->text()));
    QVERIFY(validation->text().contains(QLatin1String("not satisfied")));
    const QByteArray value("a-real-looking-port-client-secret-for-the-gui-0123456789");
    typeInto(dialog, QStringLiteral("secretValue"), value);
    QVERIFY(ok->isEnabled());
    QVERIFY(validation->text().contains(QLatin1String("satisfied")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(s->currentSecret(), QStringLiteral("CLIENT_SECRET"));
    // Details: facts, masked value; reveal and copy like the other types.
    auto* facts = s->findChild<QLabel*>(QStringLiteral("keyFacts"));
    QVERIFY(facts->text().contains(QStringLiteral("%1 bytes").arg(value.size())));
    QVERIFY(!facts->text().contains(QString::fromLatin1(value)));
    auto* field = s->findChild<SecretField*>(QStringLiteral("secretValueField"));
    QVERIFY(field->isVisible());
    QCOMPARE(field->lineEdit()->echoMode(), QLineEdit::Password);
    s->revealValue();
    QCOMPARE(field->lineEdit()->echoMode(), QLineEdit::Normal);
    s->copyValue();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(value));
    QVERIFY(ClipboardService::instance().holdsOurSecret());
    // The pickers offer it at once.
    QCOMPARE(preview(w)->clientSecretPicker()->comboBox()->count(), 4);
}

void TestVaultKeysGui::projectSecretsPrivateKey()
{
    MainWindow& w = *m_window;
    w.showWorkspace(MainWindow::ProjectSecrets);
    QVERIFY(unlockThroughProjectSecrets(w));
    ProjectSecretsWorkspace* s = secrets(w);
    s->selectProject(QStringLiteral("shop-staging"));
    s->addSecret();
    auto* dialog = s->findChild<SecretEditorDialog*>();
    auto* type = dialog->findChild<QComboBox*>(QStringLiteral("secretType"));
    type->setCurrentIndex(type->findData(int(ProjectSecretType::RsaPrivateKey)));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secretName")),
                     QStringLiteral("SIGNING_KEY"));
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    auto* validation = dialog->findChild<QLabel*>(QStringLiteral("validation"));
    auto* passphrase = dialog->findChild<SecretField*>(QStringLiteral("keyPassphrase"));
    QVERIFY(!dialog->findChild<SecretField*>(QStringLiteral("secretValue"))->isVisible());
    QVERIFY(!ok->isEnabled());
    // An EC key is not an RSA key.
    dialog->setPem(keyFile(QStringLiteral("ec256.pem")));
    QVERIFY(!ok->isEnabled());
    // 1024 bits: stored, with a warning.
    dialog->setPem(keyFile(QStringLiteral("rsa1024.pem")));
    QVERIFY(ok->isEnabled());
    QVERIFY2(validation->text().contains(QLatin1String("below the 2048 bits")),
             qPrintable(validation->text()));
    // Encrypted: the passphrase is asked for, checked, and stored with the key.
    dialog->setPem(keyFile(QStringLiteral("rsa2048.pkcs1.encrypted.pem")));
    QVERIFY(passphrase->isVisible());
    QVERIFY(!ok->isEnabled());
    typeInto(dialog, QStringLiteral("keyPassphrase"), "wrong");
    QVERIFY(!ok->isEnabled());
    typeInto(dialog, QStringLiteral("keyPassphrase"), keyPassphrase());
    QVERIFY(ok->isEnabled());
    const QString fingerprint
        = RsaPublicKey::fromPem(keyFile(QStringLiteral("rsa2048.pub.pem")))->fingerprint();
    QVERIFY(validation->text().contains(fingerprint));
    QVERIFY(validation->text().contains(QLatin1String("2048")));
    QVERIFY(!validation->text().contains(QLatin1String("BEGIN")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(s->currentSecret(), QStringLiteral("SIGNING_KEY"));

    // Details: public key and fingerprint shown; the private key masked until revealed.
    auto* panel = s->findChild<KeyEntryPanel*>();
    QVERIFY(panel->publicKeyPem().startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")));
    QVERIFY(s->findChild<QLabel*>(QStringLiteral("keyFacts"))->text().contains(fingerprint));
    QVERIFY(!s->findChild<SecretField*>(QStringLiteral("secretValueField"))->isVisible());
    SecretTextView* pem = panel->privateKeyView();
    QVERIFY(pem->hasSecret() && !pem->isRevealed());
    QVERIFY(!pem->displayedText().contains(QLatin1String("BEGIN")));
    s->revealValue();
    QVERIFY(pem->isRevealed());
    QVERIFY(pem->displayedText().contains(QLatin1String("BEGIN RSA PRIVATE KEY")));
    QCOMPARE(panel->passphraseField()->text(), QString::fromLatin1(keyPassphrase()));
    // Copy value copies the PEM exactly, without the stored passphrase.
    s->copyValue();
    QCOMPARE(QApplication::clipboard()->text().toUtf8(),
             keyFile(QStringLiteral("rsa2048.pkcs1.encrypted.pem")));
    QVERIFY(ClipboardService::instance().holdsOurSecret());
    ClipboardService::instance().clearIfOwned();
}

void TestVaultKeysGui::keyringRemembersThePassphrase()
{
    if (!haveKeyring()) {
        QSKIP("SKIPPED: no Secret Service here (dbus-run-session and gnome-keyring-daemon are needed; the "
              "TestVaultKeysGuiService run has them)");
    }
    Settings::instance().setRememberPassphraseInKeyring(true);
    QVERIFY(m_window->vaultSession().remembersPassphrase());
    QSignalSpy stored(&m_window->vaultSession(), &VaultSession::passphraseStored);
    m_window->showWorkspace(MainWindow::ProjectSecrets);
    QVERIFY(unlockThroughProjectSecrets(*m_window));
    QVERIFY(stored.wait(20000));

    // The next start: opening project secrets unlocks with the keyring, nothing typed.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QCOMPARE(m_window->vaultSession().state(), VaultSession::State::Locked);
    m_window->showWorkspace(MainWindow::ProjectSecrets);
    QVERIFY(waitForState(m_window->vaultSession(), VaultSession::State::Unlocked));

    // A picker's Unlock… after a lock uses it too, and comes back.
    m_window->vaultSession().lock();
    m_window->showWorkspace(MainWindow::Inspector);
    QTest::mouseClick(inspector(*m_window)->keysPanel()->clientSecretPicker()->unlockButton(),
                      Qt::LeftButton);
    QVERIFY(waitForState(m_window->vaultSession(), VaultSession::State::Unlocked));
    QCOMPARE(m_window->currentWorkspace(), MainWindow::Inspector);

    // Turning the setting off removes it: the next unlock asks again.
    QSignalSpy forgotten(&m_window->vaultSession(), &VaultSession::passphraseForgotten);
    Settings::instance().setRememberPassphraseInKeyring(false);
    QVERIFY(forgotten.wait(20000));
    m_window->vaultSession().lock();
    QSignalSpy failed(&m_window->vaultSession(), &VaultSession::keyringFailed);
    m_window->vaultSession().setRememberPassphrase(true); // as if it were on again, with nothing stored
    m_window->showWorkspace(MainWindow::ProjectSecrets);
    auto* keyringButton = secrets(*m_window)->findChild<QPushButton*>(QStringLiteral("keyringUnlockButton"));
    QVERIFY(keyringButton->isVisible());
    QTest::mouseClick(keyringButton, Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    auto* error = secrets(*m_window)->findChild<QLabel*>(QStringLiteral("vaultError"));
    QVERIFY2(error->text().contains(QLatin1String("No passphrase is stored")), qPrintable(error->text()));
    QCOMPARE(m_window->vaultSession().state(), VaultSession::State::Locked);
}

void TestVaultKeysGui::noKeyringIsAClearMessage()
{
    if (haveKeyring()) {
        QSKIP("SKIPPED here: the plain TestVaultKeysGui run (no session bus) checks this case");
    }
    Settings::instance().setRememberPassphraseInKeyring(true);
    QSignalSpy failed(&m_window->vaultSession(), &VaultSession::keyringFailed);
    m_window->showWorkspace(MainWindow::ProjectSecrets);
    QVERIFY(failed.wait(20000));
    auto* error = secrets(*m_window)->findChild<QLabel*>(QStringLiteral("vaultError"));
    QVERIFY2(error->isVisible() && error->text().contains(QLatin1String("No system keyring is available")),
             qPrintable(error->text()));
    QVERIFY(error->text().contains(QLatin1String("Enter the passphrase")));
    // Asking still works.
    QVERIFY(unlockThroughProjectSecrets(*m_window));
}

QTEST_MAIN(TestVaultKeysGui)
#include "TestVaultKeysGui.moc"
