// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every documented state of the application from demo data into
// PNGs (not a test; docs/screenshots/regenerate.sh runs it, and
// TestScreenshotRenderer runs it at 200% in CI):
//   ScreenshotRenderer --theme light|dark [--view NAME]... OUTDIR
// The scale comes from QT_SCALE_FACTOR. Each picture is <view>-<theme>.png,
// the main window at 1280x800 (logical), a dialog drawn over it the way a
// person sees it. Before each picture the visible widgets are checked (a
// label whose text does not fit, a widget smaller than its minimum size
// hint); problems are reported and make the exit code 3.
#include "InspectorFixtures.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "common/JsonText.h"
#include "common/Settings.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "formpreview/FormPreviewWorkspace.h"
#include "formpreview/FormView.h"
#include "formpreview/KeyPairDialog.h"
#include "inspector/BatchPanel.h"
#include "inspector/InspectorWorkspace.h"
#include "inspector/KeysPanel.h"
#include "inspector/StructurePanel.h"
#include "secrets/ProjectSecretsWorkspace.h"
#include "secrets/SecretEditorDialog.h"
#include "secrets/Vault.h"
#include "secrets/VaultKeys.h"
#include "secrets/VaultLocation.h"
#include "widgets/ByteMapWidget.h"
#include "widgets/CodeEditor.h"
#include "widgets/KeyPicker.h"
#include "widgets/SecretField.h"
#include "widgets/SecretTextView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace sb;
using namespace sb::test;

namespace {

const QSize WindowSize(1280, 800);
const QByteArray VaultPassphrase("demo passphrase for the screenshots");
const QString FormClientSecret = QStringLiteral("demo-client-secret-0123456789abcdef");

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(const QString& line)
{
    std::fprintf(stderr, "ScreenshotRenderer: %s\n", qPrintable(line));
}

// One demo vault for every view: projects, MongoDB URLs, JWT secrets with a
// history, Port client secrets and RSA private keys. Demo values only.
bool createDemoVault(const QString& path)
{
    VaultContent content;
    for (const char* project : { "shop-prod", "shop-staging", "analytics", "billing-api", "newsletter" }) {
        (void)content.addProject(QString::fromLatin1(project));
    }
    const auto set
        = [&content](const char* project, const char* name, ProjectSecretType type, QByteArrayView value) {
              return content.setSecret(QString::fromLatin1(project), QString::fromLatin1(name), type, value)
                  .has_value();
          };
    const QByteArray encryptedPem = readData(QStringLiteral("keys/rsa2048.encrypted.pem"));
    const QByteArray keyPassphrase = readData(QStringLiteral("keys/passphrase.txt")).trimmed();
    auto stored = StoredPrivateKey::fromPem(encryptedPem, keyPassphrase);
    if (!stored) {
        complain(stored.error().message);
        return false;
    }
    const bool ok = set("shop-prod", "MONGO_URL", ProjectSecretType::MongoDbUrl,
                        "mongodb+srv://shop_app:n0t-a-real-p%40ssword@cluster0.ab1cd.mongodb.net/"
                        "shop?retryWrites=true&w=majority&appName=shop")
        && set("shop-prod", "JWT_SECRET", ProjectSecretType::JwtSecret, "your-super-secret-key")
        && set("shop-prod", "JWT_SECRET", ProjectSecretType::JwtSecret,
               "tKq3Vw9xN2bL7pR4sD8fG1hJ6kM0nQ5tY2uW9zA3cE7gI1oU4yB8vX6rT0pS2mK4")
        && set("shop-prod", "REPORTS_MONGO_URL", ProjectSecretType::MongoDbUrl,
               "mongodb://reporter:s3cret@203.0.113.20:27017/reports?tls=false&readPreference=secondary")
        && set("shop-prod", "PORT_CLIENT_SECRET", ProjectSecretType::PortClientSecret,
               "demo-client-secret-not-real-0123456789abcdefABCDEF")
        && set("shop-prod", "BACKEND_KEY", ProjectSecretType::RsaPrivateKey, stored->encode().view())
        && set("shop-staging", "MONGO_URL", ProjectSecretType::MongoDbUrl,
               "mongodb://shop:staging@localhost:27017/shop")
        && set("shop-staging", "JWT_SECRET", ProjectSecretType::JwtSecret, "staging-secret")
        && set("shop-staging", "PORT_CLIENT_SECRET", ProjectSecretType::PortClientSecret,
               "staging-client-secret-not-real-0123456789")
        && set("analytics", "MONGO_URL", ProjectSecretType::MongoDbUrl,
               "mongodb+srv://etl:demo@analytics.xy9z.mongodb.net/events")
        && set("billing-api", "LEGACY_KEY", ProjectSecretType::RsaPrivateKey,
               readData(QStringLiteral("keys/rsa1024.pem")));
    if (!ok) {
        complain(QStringLiteral("the demo vault content was refused"));
        return false;
    }
    if (auto created = Vault::create(path, VaultPassphrase, Kdf::minimum(), std::move(content)); !created) {
        complain(created.error().message);
        return false;
    }
    return true;
}

QString describe(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) {
        name += QLatin1Char('#') + widget->objectName();
    }
    if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        name += QStringLiteral(" \"%1\"").arg(label->text().left(60));
    } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        name += QStringLiteral(" \"%1\"").arg(button->text());
    }
    return name;
}

// What a person would see as broken: text that does not fit its label or
// button, a widget squeezed below its minimum size hint.
QStringList layoutProblems(QWidget* root)
{
    QStringList problems;
    if (root->minimumSizeHint().width() > root->width()
        || root->minimumSizeHint().height() > root->height()) {
        problems << QStringLiteral("%1 needs at least %2x%3, has %4x%5")
                        .arg(describe(root))
                        .arg(root->minimumSizeHint().width())
                        .arg(root->minimumSizeHint().height())
                        .arg(root->width())
                        .arg(root->height());
    }
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->window() != root || !widget->isVisibleTo(root)) { // a dialog is checked on its own
            continue;
        }
        const QSize size = widget->size();
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
            const bool fits = label->wordWrap()
                ? label->heightForWidth(size.width()) <= size.height()
                : label->sizeHint().width() <= size.width() && label->sizeHint().height() <= size.height();
            if (!fits) {
                problems << QStringLiteral("%1 is clipped (%2x%3, needs %4x%5)")
                                .arg(describe(label))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(label->sizeHint().width())
                                .arg(label->wordWrap() ? label->heightForWidth(size.width())
                                                       : label->sizeHint().height());
            }
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty()) {
            if (button->sizeHint().width() > size.width()) {
                problems << QStringLiteral("%1 is clipped (%2 wide, needs %3)")
                                .arg(describe(button))
                                .arg(size.width())
                                .arg(button->sizeHint().width());
            }
            continue;
        }
        const QSize minimum = widget->minimumSizeHint();
        if (widget->layout() && minimum.isValid()
            && (minimum.width() > size.width() || minimum.height() > size.height())) {
            problems << QStringLiteral("%1 is %2x%3, below its minimum %4x%5")
                            .arg(describe(widget))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(minimum.width())
                            .arg(minimum.height());
        }
    }
    return problems;
}

// The main window, fresh for each view, at its documented size.
struct Scene
{
    MainWindow window;
    QWidget* dialog = nullptr; // drawn over the window when set

    Scene()
    {
        window.resize(WindowSize);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
    }
    FormPreviewWorkspace* preview() const
    {
        return static_cast<FormPreviewWorkspace*>(window.workspaceWidget(MainWindow::FormPreview));
    }
    InspectorWorkspace* inspector() const
    {
        return static_cast<InspectorWorkspace*>(window.workspaceWidget(MainWindow::Inspector));
    }
    ProjectSecretsWorkspace* secrets() const
    {
        return static_cast<ProjectSecretsWorkspace*>(window.workspaceWidget(MainWindow::ProjectSecrets));
    }
    bool unlock()
    {
        QSignalSpy unlocked(&window.vaultSession(), &VaultSession::unlocked);
        window.vaultSession().unlock(SecureBuffer::copyOf(VaultPassphrase));
        return !unlocked.isEmpty() || unlocked.wait(30000);
    }
    QPixmap picture()
    {
        QPixmap base = window.grab();
        if (dialog) {
            // No window manager draws a frame: a thin border marks the dialog.
            const QPixmap top = dialog->grab();
            QPainter painter(&base);
            const QRect area(
                QPoint((window.width() - dialog->width()) / 2, (window.height() - dialog->height()) / 2),
                dialog->size());
            painter.drawPixmap(area.topLeft(), top);
            painter.setPen(window.palette().color(QPalette::Shadow));
            painter.drawRect(area.adjusted(-1, -1, 0, 0));
        }
        return base;
    }
};

using Setup = std::function<QString(Scene&)>; // returns an error, empty when the state is built

QString fail(const char* what)
{
    return QString::fromLatin1(what);
}

QLineEdit* formLine(FormPreviewWorkspace* w, const QString& name)
{
    w->formView()->ensureBuilt(); // pages off screen are built between events
    return w->findChild<QLineEdit*>(QStringLiteral("input_") + name);
}

QString keysDefinition()
{
    return QStringLiteral(R"({
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
        .arg(QString::fromUtf8(JsonText::quoted(readData(QStringLiteral("keys/rsa2048.pub.pem")))));
}

// The form preview with the keys definition, filled in, keys from the vault.
QString formWithVaultKeys(Scene& scene)
{
    FormPreviewWorkspace* preview = scene.preview();
    scene.window.showWorkspace(MainWindow::FormPreview);
    preview->setDefinitionText(keysDefinition());
    preview->applyDefinition();
    QLineEdit* service = formLine(preview, QStringLiteral("service"));
    QLineEdit* token = formLine(preview, QStringLiteral("token"));
    if (!service || !token) {
        return fail("the keys definition has no service/token input");
    }
    service->setText(QStringLiteral("payments"));
    token->setText(QStringLiteral("a deploy token"));
    if (!scene.unlock()) {
        return fail("the demo vault did not unlock");
    }
    preview->clientSecretPicker()->selectReference(QStringLiteral("shop-prod/PORT_CLIENT_SECRET"));
    preview->privateKeyPicker()->selectReference(QStringLiteral("shop-prod/BACKEND_KEY"));
    return {};
}

QString openInspector(Scene& scene)
{
    scene.window.showWorkspace(MainWindow::Inspector);
    return {};
}

// A client-side object in a webhook body, decrypted with the demo private key.
QString inspectObjectValue(Scene& scene)
{
    openInspector(scene);
    InspectorWorkspace* w = scene.inspector();
    if (!w->keysPanel()->loadPrivateKeyFile(dataPath(QStringLiteral("keys/rsa2048.pem")))) {
        return fail("the demo private key did not load");
    }
    w->setInputText(QString::fromLatin1(webhookBody(
        clientSide(QByteArray(
            R"({"host":"db.internal","user":"deploy","password":"correct horse battery staple"})")),
        "dbCredentials")));
    w->analyseNow();
    if (!w->verdictText().contains(QLatin1String("Decrypted"))) {
        return QStringLiteral("not decrypted: ") + w->verdictText();
    }
    return {};
}

struct View
{
    QString name;
    Setup setup;
};

QList<View> views()
{
    QList<View> all;
    all << View { QStringLiteral("form-preview"), [](Scene& scene) -> QString {
                     // The secret-inputs example filled in, the Properties tab.
                     scene.window.showWorkspace(MainWindow::FormPreview);
                     FormPreviewWorkspace* w = scene.preview();
                     w->loadExample(QStringLiteral(":/examples/secret-inputs.json"));
                     w->setClientSecret(FormClientSecret);
                     QLineEdit* secret = formLine(w, QStringLiteral("mySecretInput"));
                     auto* certificate
                         = w->findChild<QPlainTextEdit*>(QStringLiteral("input_certificateInput"));
                     if (!secret || !certificate) {
                         return fail("the secret-inputs example lacks its inputs");
                     }
                     QTest::keyClicks(secret, QStringLiteral("hunter2"));
                     QTest::keyClicks(certificate, QStringLiteral("-----BEGIN CERTIFICATE-----"));
                     QTest::keyClick(certificate, Qt::Key_Return);
                     QTest::keyClicks(certificate,
                                      QStringLiteral("MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa"));
                     w->findChild<QTabWidget*>(QStringLiteral("outputTabs"))->setCurrentIndex(2);
                     return {};
                 } };
    all << View { QStringLiteral("form-preview-steps"), [](Scene& scene) -> QString {
                     // The multi-step example on its Credentials step, GCP chosen.
                     scene.window.showWorkspace(MainWindow::FormPreview);
                     FormPreviewWorkspace* w = scene.preview();
                     w->loadExample(QStringLiteral(":/examples/multi-step-jq.json"));
                     w->formView()->ensureBuilt();
                     auto* provider = w->findChild<QComboBox*>(QStringLiteral("input_provider"));
                     if (!provider || provider->findText(QStringLiteral("gcp")) < 0) {
                         return fail("the multi-step example has no provider gcp");
                     }
                     provider->setCurrentIndex(provider->findText(QStringLiteral("gcp")));
                     w->formView()->setCurrentStep(2);
                     w->findChild<QTabWidget*>(QStringLiteral("outputTabs"))->setCurrentIndex(3);
                     return {};
                 } };
    all << View { QStringLiteral("form-preview-keys"), formWithVaultKeys };
    all << View { QStringLiteral("form-preview-key-pair"), [](Scene& scene) -> QString {
                     if (QString error = formWithVaultKeys(scene); !error.isEmpty()) {
                         return error;
                     }
                     scene.preview()->showKeyPairDialog();
                     auto* dialog = scene.preview()->findChild<KeyPairDialog*>();
                     if (!dialog) {
                         return fail("no key pair dialog");
                     }
                     QSignalSpy generated(dialog, &KeyPairDialog::generated);
                     dialog->findChild<QComboBox*>(QStringLiteral("keyPairBits"))->setCurrentIndex(0);
                     dialog->generate();
                     if (generated.isEmpty() && !generated.wait(60000)) {
                         return fail("the key pair was not generated");
                     }
                     dialog->findChild<QComboBox*>(QStringLiteral("saveKeyProject"))->setCurrentIndex(0);
                     scene.dialog = dialog;
                     return {};
                 } };
    all << View { QStringLiteral("inspector"), [](Scene& scene) -> QString {
                     // A client-side object in a webhook body: the byte map, the wrapped key.
                     if (QString error = inspectObjectValue(scene); !error.isEmpty()) {
                         return error;
                     }
                     InspectorWorkspace* w = scene.inspector();
                     w->tabs()->setCurrentIndex(InspectorWorkspace::StructureTab);
                     w->structurePanel()->byteMap()->setCurrentBand(1);
                     return {};
                 } };
    all << View { QStringLiteral("inspector-value"), [](Scene& scene) -> QString {
                     // The same value decrypted, revealed and pretty-printed.
                     if (QString error = inspectObjectValue(scene); !error.isEmpty()) {
                         return error;
                     }
                     InspectorWorkspace* w = scene.inspector();
                     w->tabs()->setCurrentIndex(InspectorWorkspace::ValueTab);
                     w->valueView()->setRevealed(true);
                     return {};
                 } };
    all << View { QStringLiteral("inspector-diagnosis"), [](Scene& scene) -> QString {
                     // A client secret with a leading space: the diagnosis says so.
                     openInspector(scene);
                     InspectorWorkspace* w = scene.inspector();
                     w->keysPanel()->setClientSecret(QStringLiteral(" ")
                                                     + QString::fromLatin1(inspectorSecret()));
                     w->setInputText(QString::fromLatin1(portManaged("hunter2")));
                     w->analyseNow();
                     if (w->tabs()->currentIndex() != int(InspectorWorkspace::DiagnosisTab)) {
                         return fail("a wrong secret did not open the diagnosis");
                     }
                     return {};
                 } };
    all << View { QStringLiteral("inspector-batch"), [](Scene& scene) -> QString {
                     // A log of 300 bodies: one from another organisation, one truncated.
                     openInspector(scene);
                     InspectorWorkspace* w = scene.inspector();
                     w->keysPanel()->setClientSecret(QString::fromLatin1(inspectorSecret()));
                     w->setInputText(QString::fromLatin1(mixedBatchLog()));
                     w->analyseNow();
                     BatchInspector* batch = w->batchPanel()->batch();
                     if (batch->isRunning()) {
                         QSignalSpy finished(batch, &BatchInspector::finished);
                         if (!finished.wait(120000)) {
                             return fail("the batch did not finish");
                         }
                     }
                     QTableView* table = w->batchPanel()->table();
                     table->selectRow(36); // line 37: another organisation's secret
                     table->scrollTo(table->model()->index(36, 0), QAbstractItemView::PositionAtCenter);
                     if (!w->verdictText().contains(QLatin1String("Wrong client secret"))) {
                         return QStringLiteral("line 37 is not a wrong secret: ") + w->verdictText();
                     }
                     return {};
                 } };
    all << View { QStringLiteral("inspector-keys"), [](Scene& scene) -> QString {
                     // Keys from the vault decrypt a client-side value.
                     openInspector(scene);
                     if (!scene.unlock()) {
                         return fail("the demo vault did not unlock");
                     }
                     InspectorWorkspace* w = scene.inspector();
                     w->inputEditor()->setPlainText(QString::fromLatin1(clientSide(
                         QByteArray("an API key, decrypted with the vault's key"),
                         *RsaPublicKey::fromPem(readData(QStringLiteral("keys/rsa2048.pub.pem"))))));
                     w->keysPanel()->clientSecretPicker()->selectReference(
                         QStringLiteral("shop-prod/PORT_CLIENT_SECRET"));
                     w->keysPanel()->privateKeyPicker()->selectReference(
                         QStringLiteral("shop-prod/BACKEND_KEY"));
                     w->analyseNow();
                     return {};
                 } };
    const auto secretsAt = [](Scene& scene, const QString& secret) -> QString {
        scene.window.showWorkspace(MainWindow::ProjectSecrets);
        if (!scene.unlock()) {
            return fail("the demo vault did not unlock");
        }
        scene.secrets()->selectProject(QStringLiteral("shop-prod"));
        scene.secrets()->selectSecret(secret);
        return {};
    };
    all << View { QStringLiteral("project-secrets"),
                  [secretsAt](Scene& scene) { return secretsAt(scene, QStringLiteral("MONGO_URL")); } };
    all << View { QStringLiteral("project-secrets-jwt"), [secretsAt](Scene& scene) -> QString {
                     if (QString error = secretsAt(scene, QStringLiteral("JWT_SECRET")); !error.isEmpty()) {
                         return error;
                     }
                     scene.window.findChild<QPushButton*>(QStringLiteral("signToken"))->click();
                     return {};
                 } };
    all << View { QStringLiteral("project-secrets-leak-check"), [secretsAt](Scene& scene) -> QString {
                     if (QString error = secretsAt(scene, QStringLiteral("MONGO_URL")); !error.isEmpty()) {
                         return error;
                     }
                     scene.window.findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentIndex(1);
                     scene.window.findChild<CodeEditor*>(QStringLiteral("leakText"))
                         ->setPlainText(
                             QStringLiteral("2026-01-12T09:14:03Z INFO  connecting to "
                                            "mongodb+srv://shop_app:****@cluster0.ab1cd.mongodb.net/shop\n"
                                            "2026-01-12T09:14:03Z DEBUG auth password=n0t-a-real-p@ssword\n"
                                            "2026-01-12T09:14:04Z DEBUG signing key "
                                            "dEtxM1Z3OXhOMmJMN3BSNHNEOGZHMWhKNmtNMG5RNXRZMnVXOXpBM2NFN2dJMW9V"
                                            "NHlCOHZYNnJUMHBTMm1LNA==\n"
                                            "2026-01-12T09:14:04Z INFO  ready\n"));
                     scene.window.findChild<QPushButton*>(QStringLiteral("runLeakCheck"))->click();
                     return {};
                 } };
    all << View { QStringLiteral("project-secrets-keys"),
                  [secretsAt](Scene& scene) { return secretsAt(scene, QStringLiteral("BACKEND_KEY")); } };
    all << View { QStringLiteral("project-secrets-key-editor"), [secretsAt](Scene& scene) -> QString {
                     if (QString error = secretsAt(scene, QStringLiteral("BACKEND_KEY")); !error.isEmpty()) {
                         return error;
                     }
                     scene.secrets()->addSecret();
                     auto* dialog = scene.secrets()->findChild<SecretEditorDialog*>();
                     if (!dialog) {
                         return fail("no secret editor");
                     }
                     auto* type = dialog->findChild<QComboBox*>(QStringLiteral("secretType"));
                     type->setCurrentIndex(type->findData(int(ProjectSecretType::RsaPrivateKey)));
                     dialog->findChild<QLineEdit*>(QStringLiteral("secretName"))
                         ->setText(QStringLiteral("SIGNING_KEY"));
                     dialog->setPem(readData(QStringLiteral("keys/rsa2048.encrypted.pem")));
                     dialog->findChild<SecretField*>(QStringLiteral("keyPassphrase"))
                         ->setText(
                             QString::fromLatin1(readData(QStringLiteral("keys/passphrase.txt")).trimmed()));
                     scene.dialog = dialog;
                     return {};
                 } };
    return all;
}

} // namespace

int main(int argc, char** argv)
{
    // Reproducible pictures: fresh settings, no user data, no keyring.
    QTemporaryDir scratch;
    qputenv("SECRETBENCH_SETTINGS", scratch.filePath(QStringLiteral("settings.ini")).toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("secretbench"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders SecretBench's documented views into OUTDIR."));
    parser.addHelpOption();
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light or dark (default light)."),
                                   QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption only(QStringLiteral("view"),
                                  QStringLiteral("Render only this view (repeatable)."),
                                  QStringLiteral("name"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("Print the view names and exit."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"),
                                     QStringLiteral("Emptied, then holds the demo vault (default: a new "
                                                    "temporary folder). A fixed one keeps the path shown in "
                                                    "the pictures the same from run to run."),
                                     QStringLiteral("dir"));
    parser.addOptions({ theme, only, list, demoDir });
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Folder for the PNGs."));
    parser.process(app);

    const QList<View> all = views();
    if (parser.isSet(list)) {
        for (const View& view : all) {
            say(view.name);
        }
        return 0;
    }
    const QString themeName = parser.value(theme);
    if ((themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        || parser.positionalArguments().size() != 1) {
        complain(QStringLiteral("usage: ScreenshotRenderer --theme light|dark [--view NAME]... OUTDIR"));
        return 2;
    }
    const QStringList wanted = parser.values(only);
    for (const QString& name : wanted) {
        if (std::none_of(all.begin(), all.end(), [&](const View& v) { return v.name == name; })) {
            complain(QStringLiteral("unknown view %1 (see --list)").arg(name));
            return 2;
        }
    }
    const QDir out(parser.positionalArguments().constFirst());
    if (!QDir().mkpath(out.path())) {
        complain(QStringLiteral("cannot create %1").arg(out.path()));
        return 4;
    }
    QDir demo(parser.isSet(demoDir) ? parser.value(demoDir) : scratch.filePath(QStringLiteral("demo")));
    demo.removeRecursively();
    if (!QDir().mkpath(demo.path())) {
        complain(QStringLiteral("cannot create %1").arg(demo.path()));
        return 4;
    }
    const QString vaultPath = demo.filePath(QStringLiteral("vault.sbvault"));
    if (!createDemoVault(vaultPath)) {
        return 4;
    }
    VaultLocation::setCommandLineOverride(vaultPath);
    Settings::instance().setTheme(themeName == QLatin1String("dark") ? Settings::Theme::Dark
                                                                     : Settings::Theme::Light);
    Theme::apply(Settings::instance().theme());

    int problems = 0;
    for (const View& view : all) {
        if (!wanted.isEmpty() && !wanted.contains(view.name)) {
            continue;
        }
        Scene scene;
        if (const QString error = view.setup(scene); !error.isEmpty()) {
            complain(QStringLiteral("%1: %2").arg(view.name, error));
            return 1;
        }
        QTest::qWait(300); // layouts, highlighters and timers settle as on screen
        QStringList found = layoutProblems(&scene.window);
        if (scene.dialog) {
            found += layoutProblems(scene.dialog);
        }
        for (const QString& problem : found) {
            complain(QStringLiteral("%1: %2").arg(view.name, problem));
        }
        problems += int(found.size());
        const QString file = out.filePath(QStringLiteral("%1-%2.png").arg(view.name, themeName));
        const QPixmap picture = scene.picture();
        if (!picture.save(file, "PNG")) {
            complain(QStringLiteral("cannot write %1").arg(file));
            return 4;
        }
        say(QStringLiteral("%1 %2x%3").arg(file).arg(picture.width()).arg(picture.height()));
    }
    if (problems > 0) {
        complain(QStringLiteral("%1 layout problem(s)").arg(problems));
        return 3;
    }
    return 0;
}
