// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "Theme.h"
#include "UiResources.h"
#include "common/Hardening.h"
#include "common/Settings.h"
#include "common/Version.h"
#include "crypto/SelfTest.h"
#include "secrets/VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    sb::Hardening::disableCoreDumps();
    sb::Hardening::restrictSensitiveLogging();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("secretbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("SecretBench"));
    QApplication::setOrganizationName(QStringLiteral("SecretBench"));
    QApplication::setApplicationVersion(QStringLiteral(SECRETBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.secretbench.SecretBench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/secretbench.svg")));

    sb::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("sb::Main", "SecretBench: a workbench for secret inputs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTestOnly(
        QStringLiteral("self-test"),
        QCoreApplication::translate("sb::Main", "Run the crypto self-test and exit (0 when it passes)."));
    parser.addOption(selfTestOnly);
    // For docs/screenshots: render the window to a PNG and exit.
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("sb::Main", "Save a picture of the window to <file> and exit."),
        QStringLiteral("file"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("sb::Main",
                                    "Start in workspace <n>: 1 form preview, 2 inspector, "
                                    "3 project secrets."),
        QStringLiteral("n"));
    const QCommandLineOption vault(
        QStringLiteral("vault"),
        QCoreApplication::translate("sb::Main",
                                    "The project-secrets vault (default: $SECRETBENCH_VAULT, else the "
                                    "application data folder)."),
        QStringLiteral("path"));
    parser.addOption(screenshot);
    parser.addOption(workspace);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("sb::Main",
                                    "An action definition, an encrypted value, a webhook body or log, or "
                                    "a vault to open."),
        QStringLiteral("[file]"));
    parser.addOption(vault);
    parser.process(app);
    if (parser.isSet(vault)) {
        sb::VaultLocation::setCommandLineOverride(parser.value(vault));
    }

    if (auto ok = sb::SelfTest::run(); !ok) {
        std::fprintf(stderr, "secretbench: %s\n", qPrintable(ok.error().message));
        if (!parser.isSet(selfTestOnly)) {
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("sb::Main", "SecretBench cannot start"),
                                  ok.error().message);
        }
        return 1;
    }
    if (parser.isSet(selfTestOnly)) {
        std::fprintf(stdout, "secretbench: %s\n",
                     qPrintable(QCoreApplication::translate("sb::Main", "crypto self-test passed")));
        return 0;
    }

    sb::Theme::apply(sb::Settings::instance().theme());
    QObject::connect(&sb::Settings::instance(), &sb::Settings::changed, &app,
                     [] { sb::Theme::apply(sb::Settings::instance().theme()); });

    sb::MainWindow window;
    if (parser.isSet(workspace)) {
        const int index = parser.value(workspace).toInt() - 1;
        if (index < sb::MainWindow::FormPreview || index > sb::MainWindow::ProjectSecrets) {
            std::fprintf(stderr, "secretbench: %s\n",
                         qPrintable(QCoreApplication::translate("sb::Main", "--workspace takes 1, 2 or 3")));
            return 2;
        }
        window.showWorkspace(static_cast<sb::MainWindow::Workspace>(index));
    }
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openFile(parser.positionalArguments().constFirst(), &error)) {
            std::fprintf(stderr, "secretbench: %s\n", qPrintable(error));
            window.statusBar()->showMessage(error, 15000);
        }
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            QApplication::exit(saved ? 0 : 4);
        });
    }
    return app.exec();
}
