// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "UiResources.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"

#include <QTemporaryDir>

#include <QFile>

#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

using namespace sb;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeWorkspaces();
    void navigationSwitchesWorkspace();
    void shortcutsSwitchWorkspace();
    void formatsReferenceOpens();
    void menusHaveShortcuts();
    void translationsAreCompiledIn();
    void openFileRoutesByContent_data();
    void openFileRoutesByContent();
    void openFileRefusesUnknownContent();
};

void TestMainWindow::threeWorkspaces()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.findChild<QListWidget*>(QStringLiteral("workspaceList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Form preview"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Envelope inspector"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("Project secrets"));
    QVERIFY(!list->item(0)->icon().isNull());
    QCOMPARE(window.currentWorkspace(), MainWindow::FormPreview);
}

void TestMainWindow::navigationSwitchesWorkspace()
{
    MainWindow window;
    window.show();
    auto* list = window.findChild<QListWidget*>(QStringLiteral("workspaceList"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
    list->setCurrentRow(2);
    QCOMPARE(stack->currentIndex(), 2);
    QCOMPARE(window.currentWorkspace(), MainWindow::ProjectSecrets);
}

void TestMainWindow::shortcutsSwitchWorkspace()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentWorkspace(), MainWindow::Inspector);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentWorkspace(), MainWindow::ProjectSecrets);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentWorkspace(), MainWindow::FormPreview);
}

void TestMainWindow::formatsReferenceOpens()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* reference = window.findChild<QDialog*>(QStringLiteral("formatsReference"));
    QVERIFY(reference);
    QVERIFY(reference->isVisible());
    const QString text = reference->findChild<QTextBrowser*>(QStringLiteral("referenceText"))->toPlainText();
    QVERIFY(text.contains(QStringLiteral("16-byte IV")));
    QVERIFY(text.contains(QStringLiteral("MGF1-SHA-256")));
}

void TestMainWindow::menusHaveShortcuts()
{
    MainWindow window;
    QStringList withShortcut;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (!action->isSeparator() && !action->shortcut().isEmpty()) {
                withShortcut << action->text().remove(QLatin1Char('&'));
            }
        }
    }
    QVERIFY2(withShortcut.contains(QStringLiteral("Settings…")),
             qPrintable(withShortcut.join(QLatin1Char(','))));
    QVERIFY(withShortcut.contains(QStringLiteral("Quit")));
    QVERIFY(withShortcut.contains(QStringLiteral("Formats reference")));
}

void TestMainWindow::translationsAreCompiledIn()
{
    // The build runs lrelease and embeds the result; the app loads it at start.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/secretbench_en.qm")));
    QVERIFY(installTranslations(*QCoreApplication::instance()));
    // English plural forms come from the translation: "1 second", "30 seconds".
    QCOMPARE(QCoreApplication::translate("sb::SecretField", "Show the value (hidden again after %n seconds)",
                                         nullptr, 1),
             QStringLiteral("Show the value (hidden again after 1 second)"));
    QCOMPARE(QCoreApplication::translate("sb::SecretField", "Show the value (hidden again after %n seconds)",
                                         nullptr, 30),
             QStringLiteral("Show the value (hidden again after 30 seconds)"));
}

void TestMainWindow::openFileRoutesByContent_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("workspace");
    auto cipher = PortManagedCipher::fromClientSecret("main-window-client-secret-0123456789");
    const QByteArray envelope = encodeEnvelopeText(*cipher->encrypt("v"));
    QTest::newRow("definition") << QByteArray("{\"properties\":{\"password\":{\"type\":\"string\","
                                              "\"encryption\":\"aes256-gcm\"}}}")
                                << int(MainWindow::FormPreview);
    QTest::newRow("envelope") << envelope << int(MainWindow::Inspector);
    QTest::newRow("body") << "{\"payload\":{\"properties\":{\"password\":\"" + envelope + "\"}}}"
                          << int(MainWindow::Inspector);
    QTest::newRow("vault") << QByteArray("SBVAULT\0\x01\x00 header of a vault", 28)
                           << int(MainWindow::ProjectSecrets);
}

void TestMainWindow::openFileRoutesByContent()
{
    QFETCH(QByteArray, content);
    QFETCH(int, workspace);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.txt")); // the name says nothing
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    MainWindow window;
    window.showWorkspace(workspace == MainWindow::ProjectSecrets ? MainWindow::FormPreview
                                                                 : MainWindow::ProjectSecrets);
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    QCOMPARE(int(window.currentWorkspace()), workspace);
}

void TestMainWindow::openFileRefusesUnknownContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("shopping list: milk, eggs");
    file.close();
    MainWindow window;
    QString error;
    QVERIFY(!window.openFile(path, &error));
    QVERIFY(error.contains(QStringLiteral("notes.txt")));
    QVERIFY(!window.openFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QStringLiteral("Cannot open")));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
