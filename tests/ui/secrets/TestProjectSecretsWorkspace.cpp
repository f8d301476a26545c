// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../core/secrets/SecretsTestSupport.h"
#include "common/Hardening.h"
#include "common/Settings.h"
#include "secrets/ProjectCompareDialog.h"
#include "secrets/ProjectSecretsWorkspace.h"
#include "secrets/SecretEditorDialog.h"
#include "secrets/SecretHistoryDialog.h"
#include "secrets/SecretTableModel.h"
#include "secrets/SessionLockWatcher.h"
#include "widgets/ClipboardService.h"
#include "widgets/SecretField.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace sb;
using namespace sb::test;

// The project-secrets workspace driven like a person would, offscreen:
// create a vault, add both secret types, replace one, roll it back, lock by
// the inactivity timer (a ManualClock), unlock; plus the session-lock signal
// over a private D-Bus, search, comparison and what locking wipes.
class TestProjectSecretsWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void createAddReplaceRollBackLockUnlock();
    void sessionLockSignalLocks();
    void settingsDriveAutoLockAndSessionLock();
    void searchComparisonAndRemoval();

private:
    void type(QWidget* parent, const QString& fieldName, const QByteArray& text);
    void click(QAction* action);
    void clickOk(QDialog* dialog);
    QAction* action(const QString& name) const;
    QStringList tableNames() const;
    bool unlockWith(const QByteArray& passphrase);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ProjectSecretsWorkspace> m_workspace;
    QProcess m_bus;
    QString m_busMissing;
};

void TestProjectSecretsWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    Hardening::restrictSensitiveLogging(); // as the application does
    QVERIFY(m_dir.isValid());
    // A private session bus, before anything asks Qt for the session bus.
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty()) {
        m_busMissing = QStringLiteral("dbus-daemon or dbus-send is not installed (Debian: dbus, dbus-bin)");
        return;
    }
    m_bus.start(
        daemon,
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address") });
    if (!m_bus.waitForStarted() || !m_bus.waitForReadyRead(10000)) {
        m_busMissing = QStringLiteral("dbus-daemon did not start");
        return;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.readLine().trimmed());
}

void TestProjectSecretsWorkspace::cleanupTestCase()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.kill();
        m_bus.waitForFinished();
    }
}

void TestProjectSecretsWorkspace::init()
{
    Clock::setInstance(&m_clock);
    m_workspace = std::make_unique<ProjectSecretsWorkspace>();
    m_workspace->setKdfParamsForNewVaults(fastestAllowedKdf());
    m_workspace->setDialogHooks(
        [](const QString&, const QString&, const QString&) { return std::optional<QString>(); },
        [](const QString&, const QString&) { return true; });
    m_workspace->resize(1100, 700);
    m_workspace->show();
}

void TestProjectSecretsWorkspace::cleanup()
{
    m_workspace.reset();
    ClipboardService::instance().clearIfOwned();
    Clock::setInstance(nullptr);
}

void TestProjectSecretsWorkspace::type(QWidget* parent, const QString& fieldName, const QByteArray& text)
{
    auto* field = parent->findChild<SecretField*>(fieldName);
    QVERIFY2(field, qPrintable(fieldName));
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), QString::fromUtf8(text));
}

QAction* TestProjectSecretsWorkspace::action(const QString& name) const
{
    auto* found = m_workspace->findChild<QAction*>(name);
    if (!found) {
        qFatal("no action %s", qPrintable(name));
    }
    return found;
}

void TestProjectSecretsWorkspace::click(QAction* action)
{
    // Through the tool button a person would press.
    for (auto* button : m_workspace->findChildren<QToolButton*>()) {
        if (button->defaultAction() == action && button->isVisible()) {
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("the action has no button");
}

void TestProjectSecretsWorkspace::clickOk(QDialog* dialog)
{
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    // Closed dialogs delete themselves later: now, so findChild sees the next one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QStringList TestProjectSecretsWorkspace::tableNames() const
{
    auto* table = m_workspace->findChild<QTableView*>(QStringLiteral("secretTable"));
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        names << table->model()->index(row, SecretTableModel::Name).data().toString();
    }
    return names;
}

bool TestProjectSecretsWorkspace::unlockWith(const QByteArray& passphrase)
{
    // The key is derived on a worker thread: wait for either answer.
    QEventLoop loop;
    bool ok = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_workspace->session(), &VaultSession::unlocked, &loop, [&] {
        ok = true;
        loop.quit();
    });
    connect(&m_workspace->session(), &VaultSession::failed, &loop, &QEventLoop::quit);
    type(m_workspace.get(), QStringLiteral("passphrase"), passphrase);
    QTest::mouseClick(m_workspace->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    timeout.start(30000);
    loop.exec();
    return ok;
}

void TestProjectSecretsWorkspace::createAddReplaceRollBackLockUnlock()
{
    ProjectSecretsWorkspace& w = *m_workspace;
    const QString path = m_dir.filePath(QStringLiteral("gui.sbvault"));
    w.setVaultPath(path);
    w.setDialogHooks([](const QString&, const QString&,
                        const QString&) { return std::optional<QString>(QStringLiteral("shop-prod")); },
                     [](const QString&, const QString&) { return true; });
    auto* createButton = w.findChild<QPushButton*>(QStringLiteral("createButton"));
    auto* error = w.findChild<QLabel*>(QStringLiteral("vaultError"));
    QVERIFY(createButton->isVisible());

    // Create: an empty passphrase and two different ones are refused.
    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY(error->isVisible() && error->text().contains(QStringLiteral("empty")));
    type(&w, QStringLiteral("newPassphrase"), GuiPassphrase);
    type(&w, QStringLiteral("repeatPassphrase"), GuiPassphrase + "x");
    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY(error->text().contains(QStringLiteral("differ")));
    QVERIFY(!QFile::exists(path));
    type(&w, QStringLiteral("newPassphrase"), GuiPassphrase);
    type(&w, QStringLiteral("repeatPassphrase"), GuiPassphrase);
    QSignalSpy unlocked(&w.session(), &VaultSession::unlocked);
    QTest::mouseClick(createButton, Qt::LeftButton);
    QVERIFY(unlocked.wait(30000));
    QVERIFY(QFile::exists(path));

    // A project, then a MongoDB URL typed with an unescaped '@' and fixed in place.
    click(action(QStringLiteral("addProject")));
    QCOMPARE(w.currentProject(), QStringLiteral("shop-prod"));
    click(action(QStringLiteral("addSecret")));
    auto* editor = w.findChild<SecretEditorDialog*>();
    QVERIFY(editor && editor->isVisible());
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("secretName")),
                     QStringLiteral("MONGO_URL"));
    editor->findChild<QComboBox*>(QStringLiteral("secretType"))->setCurrentIndex(0);
    type(editor, QStringLiteral("secretValue"), GuiMongoTyped);
    auto* ok = editor->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    auto* validation = editor->findChild<QLabel*>(QStringLiteral("validation"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(validation->text().contains(QStringLiteral("'@'")));
    QVERIFY(!validation->text().contains(QStringLiteral("Gu1-p")));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("applyFix")), Qt::LeftButton);
    QVERIFY(ok->isEnabled());
    QVERIFY(validation->text().contains(QStringLiteral("mongodb+srv://app_user:****@cluster0.example.net")));
    clickOk(editor);
    QCOMPARE(tableNames(), QStringList { QStringLiteral("MONGO_URL") });
    QCOMPARE(w.currentSecret(), QStringLiteral("MONGO_URL"));
    auto* redacted = w.findChild<QLabel*>(QStringLiteral("redactedUrl"));
    QCOMPARE(redacted->text(),
             QStringLiteral("mongodb+srv://app_user:****@cluster0.example.net/shop?retryWrites=true"));
    auto* table = w.findChild<QTableView*>(QStringLiteral("secretTable"));
    QCOMPARE(table->model()->index(0, SecretTableModel::Value).data().toString(),
             SecretTableModel::Mask.toString());

    // A JWT secret, then its replacement.
    click(action(QStringLiteral("addSecret")));
    editor = w.findChild<SecretEditorDialog*>();
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("secretName")),
                     QStringLiteral("JWT_SECRET"));
    editor->findChild<QComboBox*>(QStringLiteral("secretType"))->setCurrentIndex(1);
    type(editor, QStringLiteral("secretValue"), GuiJwtFirst);
    clickOk(editor);
    QCOMPARE(tableNames(), QStringList({ QStringLiteral("MONGO_URL"), QStringLiteral("JWT_SECRET") }));
    QCOMPARE(w.currentSecret(), QStringLiteral("JWT_SECRET"));
    click(action(QStringLiteral("replaceSecret")));
    editor = w.findChild<SecretEditorDialog*>();
    QCOMPARE(editor->mode(), SecretEditorDialog::Mode::Replace);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("generateValue")), Qt::LeftButton);
    clickOk(editor);
    const ProjectSecret* jwt
        = *w.session().content()->findSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET"));
    QCOMPARE(jwt->versions.size(), size_t(2));
    QCOMPARE(jwt->current().value.size(), 86);
    QCOMPARE(table->model()->index(1, SecretTableModel::Versions).data().toInt(), 2);

    // History: compare masked, then roll back to version 1.
    click(action(QStringLiteral("showHistory")));
    auto* history = w.findChild<SecretHistoryDialog*>();
    QVERIFY(history);
    auto* historyTable = history->findChild<QTableView*>(QStringLiteral("historyTable"));
    QCOMPARE(historyTable->model()->rowCount(), 2);
    historyTable->selectRow(1);
    auto* comparison = history->findChild<QLabel*>(QStringLiteral("historyComparison"));
    QVERIFY2(comparison->text().contains(QStringLiteral("Version 1 → 2: changed (43 -> 86 bytes)")),
             qPrintable(comparison->text()));
    QTest::mouseClick(history->findChild<QPushButton*>(QStringLiteral("rollbackButton")), Qt::LeftButton);
    jwt = *w.session().content()->findSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET"));
    QCOMPARE(jwt->current().number, 3u);
    QCOMPARE(jwt->current().value.view(), QByteArrayView(GuiJwtFirst));
    QCOMPARE(historyTable->model()->rowCount(), 3); // the open history follows

    // Reveal and copy, then the inactivity timer locks everything.
    click(action(QStringLiteral("revealValue")));
    auto* valueField = w.findChild<SecretField*>(QStringLiteral("secretValueField"));
    QVERIFY(valueField->isRevealed());
    QCOMPARE(valueField->text(), QString::fromUtf8(GuiJwtFirst));
    click(action(QStringLiteral("copyValue")));
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(GuiJwtFirst));
    QSignalSpy locked(&w.session(), &VaultSession::locked);
    m_clock.advance(5 * 60 * 1000);
    QCOMPARE(locked.count(), 1);
    QVERIFY(!w.session().content());
    QVERIFY(!valueField->isRevealed());
    QVERIFY(valueField->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(w.findChild<QListView*>(QStringLiteral("projectList"))->model()->rowCount(), 0);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(w.findChildren<QDialog*>().isEmpty());
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("vaultNotice"))->text().contains(QStringLiteral("5 min")));
    QVERIFY(w.findChild<QPushButton*>(QStringLiteral("unlockButton"))->isVisible());

    // Unlock: everything is back, as saved.
    QVERIFY(!unlockWith("not the passphrase"));
    QVERIFY(error->text().contains(QStringLiteral("Wrong passphrase")));
    QVERIFY(unlockWith(GuiPassphrase));
    QCOMPARE(tableNames(), QStringList({ QStringLiteral("MONGO_URL"), QStringLiteral("JWT_SECRET") }));
    const ProjectSecret* mongo
        = *w.session().content()->findSecret(QStringLiteral("shop-prod"), QStringLiteral("MONGO_URL"));
    QCOMPARE(mongo->current().value.view(), QByteArrayView(GuiMongoFixed));
    QCOMPARE((*w.session().content()->findSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET")))
                 ->current()
                 .number,
             3u);
    // The Lock button locks as well.
    click(action(QStringLiteral("lockButton")));
    QVERIFY(!w.session().isUnlocked());
}

void TestProjectSecretsWorkspace::sessionLockSignalLocks()
{
    const QString path = m_dir.filePath(QStringLiteral("dbus.sbvault"));
    QVERIFY(Vault::create(path, GuiPassphrase, fastestAllowedKdf(), sampleContent()));
    m_workspace->setVaultPath(path);
    QVERIFY(unlockWith(GuiPassphrase));
    if (!m_busMissing.isEmpty()) {
        // Without a bus the watcher's signal still locks.
        Q_EMIT m_workspace->sessionLockWatcher()->sessionLocked();
        QVERIFY(!m_workspace->session().isUnlocked());
        QSKIP(qPrintable(QStringLiteral("SKIPPED the D-Bus part: ") + m_busMissing));
    }
    QVERIFY(m_workspace->sessionLockWatcher()->isConnected());
    QSignalSpy locked(&m_workspace->session(), &VaultSession::locked);
    // What KDE's screen locker sends when the screen locks.
    QProcess::execute(QStringLiteral("dbus-send"),
                      { QStringLiteral("--session"), QStringLiteral("--type=signal"),
                        QStringLiteral("/org/freedesktop/ScreenSaver"),
                        QStringLiteral("org.freedesktop.ScreenSaver.ActiveChanged"),
                        QStringLiteral("boolean:true") });
    QVERIFY(locked.wait(10000));
    QCOMPARE(locked.first().first().value<VaultSession::LockReason>(),
             VaultSession::LockReason::SessionLocked);
    QVERIFY(m_workspace->findChild<QLabel*>(QStringLiteral("vaultNotice"))
                ->text()
                .contains(QStringLiteral("session")));
}

void TestProjectSecretsWorkspace::settingsDriveAutoLockAndSessionLock()
{
    Settings& settings = Settings::instance();
    const int savedMinutes = settings.autoLockMinutes();
    const bool savedSessionLock = settings.lockOnSessionLock();
    // The settings dialog and the workspace's own spin box edit one value.
    settings.setAutoLockMinutes(2);
    auto* spin = m_workspace->findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"));
    QCOMPARE(spin->value(), 2);
    QCOMPARE(m_workspace->session().autoLockMinutes(), 2);
    spin->setValue(7);
    QCOMPARE(settings.autoLockMinutes(), 7);
    QCOMPARE(m_workspace->session().autoLockMinutes(), 7);

    const QString path = m_dir.filePath(QStringLiteral("settings.sbvault"));
    QVERIFY(Vault::create(path, GuiPassphrase, fastestAllowedKdf(), sampleContent()));
    m_workspace->setVaultPath(path);
    QVERIFY(unlockWith(GuiPassphrase));
    m_clock.advance(6 * 60 * 1000);
    QVERIFY(m_workspace->session().isUnlocked());
    m_clock.advance(60 * 1000);
    QVERIFY(!m_workspace->session().isUnlocked()); // locked after 7 minutes

    // "Lock on session lock" switched off: the desktop's lock leaves the vault open.
    QVERIFY(unlockWith(GuiPassphrase));
    settings.setLockOnSessionLock(false);
    Q_EMIT m_workspace->sessionLockWatcher()->sessionLocked();
    QVERIFY(m_workspace->session().isUnlocked());
    settings.setLockOnSessionLock(true);
    Q_EMIT m_workspace->sessionLockWatcher()->sessionLocked();
    QVERIFY(!m_workspace->session().isUnlocked());

    settings.setAutoLockMinutes(savedMinutes);
    settings.setLockOnSessionLock(savedSessionLock);
}

void TestProjectSecretsWorkspace::searchComparisonAndRemoval()
{
    const QString path = m_dir.filePath(QStringLiteral("search.sbvault"));
    QVERIFY(Vault::create(path, GuiPassphrase, fastestAllowedKdf(), sampleContent()));
    m_workspace->setVaultPath(path);
    QVERIFY(unlockWith(GuiPassphrase));
    auto* projects = m_workspace->findChild<QListView*>(QStringLiteral("projectList"));
    QCOMPARE(projects->model()->rowCount(), 2);
    auto* search = m_workspace->findChild<QLineEdit*>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("jwt"));
    QCOMPARE(projects->model()->rowCount(), 1); // only shop-prod has a JWT secret
    QCOMPARE(tableNames(), QStringList { QStringLiteral("JWT_SECRET") });
    search->clear();
    QCOMPARE(projects->model()->rowCount(), 2);

    click(action(QStringLiteral("compareProjects")));
    auto* compare = m_workspace->findChild<ProjectCompareDialog*>();
    QVERIFY(compare);
    auto* model = compare->findChild<QTableView*>(QStringLiteral("comparisonTable"))->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("MONGO_URL"));
    QVERIFY(model->index(0, 2).data().toString().contains(
        QStringLiteral("changed: scheme, hosts, username, password")));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("missing in the second project"));
    compare->reject();

    m_workspace->selectProject(QStringLiteral("shop-prod"));
    m_workspace->selectSecret(QStringLiteral("MONGO_URL"));
    click(action(QStringLiteral("removeSecret")));
    QCOMPARE(tableNames(), QStringList { QStringLiteral("JWT_SECRET") });
    click(action(QStringLiteral("removeProject")));
    QCOMPARE(projects->model()->rowCount(), 1);
    auto reopened = Vault::open(path, GuiPassphrase);
    QVERIFY(reopened);
    QCOMPARE(reopened->content().projectNames(), QStringList { QStringLiteral("shop-staging") });
}

QTEST_MAIN(TestProjectSecretsWorkspace)
#include "TestProjectSecretsWorkspace.moc"
