// Renders the project-secrets workspace with a demo vault, for
// docs/screenshots (not a test). Run under a real X server for real fonts:
//   xvfb-run -a -s "-screen 0 1280x800x24" build/dev/tests/ui/secrets/ProjectSecretsScreenshot OUT.png
//   [mongo|warnings|jwt|leak]
#include "MainWindow.h"
#include "secrets/ProjectSecretsWorkspace.h"
#include "secrets/Vault.h"
#include "secrets/VaultLocation.h"
#include "widgets/CodeEditor.h"

#include <QApplication>
#include <QEventLoop>
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
    if (argc < 2) {
        std::fprintf(stderr, "usage: ProjectSecretsScreenshot OUT.png [mongo|warnings|jwt|leak]\n");
        return 2;
    }
    const QString view = argc > 2 ? QString::fromLatin1(argv[2]) : QStringLiteral("mongo");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sbvault"));
    const QByteArray passphrase("demo passphrase for the screenshot");
    VaultContent content;
    for (const char* project : { "shop-prod", "shop-staging", "analytics", "billing-api", "newsletter" }) {
        (void)content.addProject(QString::fromLatin1(project));
    }
    const auto set
        = [&content](const char* project, const char* name, ProjectSecretType type, const QByteArray& value) {
              (void)content.setSecret(QString::fromLatin1(project), QString::fromLatin1(name), type, value);
          };
    set("shop-prod", "MONGO_URL", ProjectSecretType::MongoDbUrl,
        "mongodb+srv://shop_app:n0t-a-real-p%40ssword@cluster0.ab1cd.mongodb.net/"
        "shop?retryWrites=true&w=majority&appName=shop");
    set("shop-prod", "JWT_SECRET", ProjectSecretType::JwtSecret, "your-super-secret-key");
    set("shop-prod", "JWT_SECRET", ProjectSecretType::JwtSecret,
        "tKq3Vw9xN2bL7pR4sD8fG1hJ6kM0nQ5tY2uW9zA3cE7gI1oU4yB8vX6rT0pS2mK4");
    set("shop-prod", "REPORTS_MONGO_URL", ProjectSecretType::MongoDbUrl,
        "mongodb://reporter:s3cret@203.0.113.20:27017/reports?tls=false&readPreference=secondary");
    set("shop-staging", "MONGO_URL", ProjectSecretType::MongoDbUrl,
        "mongodb://shop:staging@localhost:27017/shop");
    set("shop-staging", "JWT_SECRET", ProjectSecretType::JwtSecret, "staging-secret");
    set("analytics", "MONGO_URL", ProjectSecretType::MongoDbUrl,
        "mongodb+srv://etl:demo@analytics.xy9z.mongodb.net/events");
    if (!Vault::create(path, passphrase, Kdf::minimum(), std::move(content))) {
        return 4;
    }
    VaultLocation::setCommandLineOverride(path);

    MainWindow window;
    window.showWorkspace(MainWindow::ProjectSecrets);
    window.resize(1280, 800);
    window.show();
    auto* workspace = window.findChild<ProjectSecretsWorkspace*>();
    QEventLoop loop;
    QObject::connect(&workspace->session(), &VaultSession::unlocked, &loop, &QEventLoop::quit);
    workspace->session().unlock(SecureBuffer::copyOf(passphrase));
    loop.exec();
    workspace->selectProject(QStringLiteral("shop-prod"));
    const QString secret = view == QLatin1String("jwt") ? QStringLiteral("JWT_SECRET")
        : view == QLatin1String("warnings")             ? QStringLiteral("REPORTS_MONGO_URL")
                                                        : QStringLiteral("MONGO_URL");
    workspace->selectSecret(secret);
    if (view == QLatin1String("jwt")) {
        window.findChild<QPushButton*>(QStringLiteral("signToken"))->click();
    }
    if (view == QLatin1String("leak")) {
        window.findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentIndex(1);
        window.findChild<CodeEditor*>(QStringLiteral("leakText"))
            ->setPlainText(QStringLiteral(
                "2026-01-12T09:14:03Z INFO  connecting to "
                "mongodb+srv://shop_app:****@cluster0.ab1cd.mongodb.net/shop\n"
                "2026-01-12T09:14:03Z DEBUG auth password=n0t-a-real-p@ssword\n"
                "2026-01-12T09:14:04Z DEBUG signing key "
                "dEtxM1Z3OXhOMmJMN3BSNHNEOGZHMWhKNmtNMG5RNXRZMnVXOXpBM2NFN2dJMW9VNHlCOHZYNnJUMHBTMm1LNA==\n"
                "2026-01-12T09:14:04Z INFO  ready\n"));
        window.findChild<QPushButton*>(QStringLiteral("runLeakCheck"))->click();
    }
    QTimer::singleShot(400, &window, [&window, out = QString::fromLocal8Bit(argv[1])] {
        QApplication::exit(window.grab().save(out, "PNG") ? 0 : 4);
    });
    return app.exec();
}
