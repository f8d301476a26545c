// Renders the views of "keys in one place" for docs/screenshots (not a test).
// Run under a real X server for real fonts:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/dev/tests/ui/KeysScreenshot OUT.png VIEW
// VIEW: form-preview | form-preview-locked | inspector | project-secrets | editor | keypair
#include "MainWindow.h"
#include "TestSupport.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "formpreview/FormPreviewWorkspace.h"
#include "formpreview/FormView.h"
#include "formpreview/KeyPairDialog.h"
#include "inspector/InspectorWorkspace.h"
#include "inspector/KeysPanel.h"
#include "secrets/ProjectSecretsWorkspace.h"
#include "secrets/SecretEditorDialog.h"
#include "secrets/Vault.h"
#include "secrets/VaultKeys.h"
#include "secrets/VaultLocation.h"
#include "widgets/CodeEditor.h"
#include "widgets/KeyPicker.h"
#include "widgets/SecretField.h"

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace sb;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: KeysScreenshot OUT.png VIEW\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString view = QString::fromLatin1(argv[2]);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sbvault"));
    const QByteArray passphrase("demo passphrase for the screenshot");
    const QByteArray encryptedPem = test::readData(QStringLiteral("keys/rsa2048.encrypted.pem"));
    const QByteArray keyPassphrase = test::readData(QStringLiteral("keys/passphrase.txt")).trimmed();
    VaultContent content;
    for (const char* project : { "shop-prod", "shop-staging", "billing-api" }) {
        (void)content.addProject(QString::fromLatin1(project));
    }
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("MONGO_URL"), ProjectSecretType::MongoDbUrl,
                            "mongodb+srv://shop_app:n0t-a-real-p%40ssword@cluster0.ab1cd.mongodb.net/shop");
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("PORT_CLIENT_SECRET"),
                            ProjectSecretType::PortClientSecret, "demo-client-secret-not-real-0123456789abcdefABCDEF");
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("BACKEND_KEY"),
                            ProjectSecretType::RsaPrivateKey,
                            StoredPrivateKey::fromPem(encryptedPem, keyPassphrase)->encode().view());
    (void)content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("PORT_CLIENT_SECRET"),
                            ProjectSecretType::PortClientSecret, "staging-client-secret-not-real-0123456789");
    (void)content.setSecret(QStringLiteral("billing-api"), QStringLiteral("LEGACY_KEY"),
                            ProjectSecretType::RsaPrivateKey, test::readData(QStringLiteral("keys/rsa1024.pem")));
    if (!Vault::create(path, passphrase, Kdf::minimum(), std::move(content))) {
        return 4;
    }
    VaultLocation::setCommandLineOverride(path);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    const auto unlock = [&] {
        QEventLoop loop;
        QObject::connect(&window.vaultSession(), &VaultSession::unlocked, &loop, &QEventLoop::quit);
        window.vaultSession().unlock(SecureBuffer::copyOf(passphrase));
        loop.exec();
    };
    QWidget* grabbed = &window;
    auto* preview = static_cast<FormPreviewWorkspace*>(window.workspaceWidget(MainWindow::FormPreview));
    auto* inspector = static_cast<InspectorWorkspace*>(window.workspaceWidget(MainWindow::Inspector));
    auto* secrets = static_cast<ProjectSecretsWorkspace*>(window.workspaceWidget(MainWindow::ProjectSecrets));
    const QString definition = QStringLiteral(R"({
  "identifier": "deploy_with_api_key",
  "title": "Deploy with an API key",
  "trigger": {"type": "self-service", "operation": "DAY-2", "userInputs": {
    "properties": {
      "service": {"type": "string", "title": "Service"},
      "token": {"type": "string", "title": "Deploy token", "encryption": "aes256-gcm"},
      "apiKey": {"type": "string", "title": "API key", "encryption": {"algorithm": "client-side", "key": %1}}
    },
    "required": ["service", "token"]}}
})")
                                   .arg(QString::fromUtf8(JsonText::quoted(
                                       test::readData(QStringLiteral("keys/rsa2048.pub.pem")))));
    if (view.startsWith(QLatin1String("form-preview")) || view == QLatin1String("keypair")) {
        window.showWorkspace(MainWindow::FormPreview);
        preview->setDefinitionText(definition);
        preview->applyDefinition();
        preview->formView()->ensureBuilt();
        if (auto* service = preview->findChild<QLineEdit*>(QStringLiteral("input_service"))) {
            service->setText(QStringLiteral("payments"));
        }
        if (auto* token = preview->findChild<QLineEdit*>(QStringLiteral("input_token"))) {
            token->setText(QStringLiteral("a deploy token"));
        }
        if (view != QLatin1String("form-preview-locked")) {
            unlock();
            preview->clientSecretPicker()->selectReference(QStringLiteral("shop-prod/PORT_CLIENT_SECRET"));
            preview->privateKeyPicker()->selectReference(QStringLiteral("shop-prod/BACKEND_KEY"));
        }
        if (view == QLatin1String("keypair")) {
            preview->showKeyPairDialog();
            auto* dialog = preview->findChild<KeyPairDialog*>();
            QEventLoop loop;
            QObject::connect(dialog, &KeyPairDialog::generated, &loop, &QEventLoop::quit);
            dialog->findChild<QComboBox*>(QStringLiteral("keyPairBits"))->setCurrentIndex(0);
            dialog->generate();
            loop.exec();
            dialog->findChild<QComboBox*>(QStringLiteral("saveKeyProject"))->setCurrentIndex(0);
            grabbed = dialog;
        }
    } else if (view == QLatin1String("inspector")) {
        window.showWorkspace(MainWindow::Inspector);
        unlock();
        auto encryptor = ClientSideEncryptor::create(
            *RsaPublicKey::fromPem(test::readData(QStringLiteral("keys/rsa2048.pub.pem"))));
        inspector->inputEditor()->setPlainText(
            QString::fromLatin1(encodeEnvelopeText(*encryptor->encrypt("an API key, decrypted with the vault's key"))));
        inspector->keysPanel()->clientSecretPicker()->selectReference(QStringLiteral("shop-prod/PORT_CLIENT_SECRET"));
        inspector->keysPanel()->privateKeyPicker()->selectReference(QStringLiteral("shop-prod/BACKEND_KEY"));
        inspector->analyseNow();
    } else if (view == QLatin1String("project-secrets") || view == QLatin1String("editor")) {
        window.showWorkspace(MainWindow::ProjectSecrets);
        unlock();
        secrets->selectProject(QStringLiteral("shop-prod"));
        secrets->selectSecret(QStringLiteral("BACKEND_KEY"));
        if (view == QLatin1String("editor")) {
            secrets->addSecret();
            auto* dialog = secrets->findChild<SecretEditorDialog*>();
            auto* type = dialog->findChild<QComboBox*>(QStringLiteral("secretType"));
            type->setCurrentIndex(type->findData(int(ProjectSecretType::RsaPrivateKey)));
            dialog->findChild<QLineEdit*>(QStringLiteral("secretName"))->setText(QStringLiteral("SIGNING_KEY"));
            dialog->setPem(encryptedPem);
            dialog->findChild<SecretField*>(QStringLiteral("keyPassphrase"))
                ->setText(QString::fromLatin1(keyPassphrase));
            dialog->adjustSize();
            grabbed = dialog;
        }
    } else {
        std::fprintf(stderr, "unknown view\n");
        return 2;
    }
    QTimer::singleShot(500, grabbed, [grabbed, out] { QApplication::exit(grabbed->grab().save(out, "PNG") ? 0 : 4); });
    return app.exec();
}
