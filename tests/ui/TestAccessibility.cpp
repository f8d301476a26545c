// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader checks over the real main window: every
// focusable input of every workspace (each tab page, each vault state) and of
// the dialogs has an accessible name, icon-only buttons have tooltips, and Tab
// walks the inputs in reading order (top to bottom, then left to right, pane
// by pane) round the whole window without getting stuck or visiting anything
// hidden. Then the menus: each workspace's actions, their shortcuts (no two
// live ones alike), and that a shortcut reaches the shown workspace only.
// SB_A11Y_DUMP=1 prints every view's widgets and tab chain.
#include "MainWindow.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "formpreview/FormPreviewWorkspace.h"
#include "inspector/InspectorWorkspace.h"
#include "inspector/KeysPanel.h"
#include "secrets/ProjectSecretsWorkspace.h"
#include "secrets/Vault.h"
#include "secrets/VaultLocation.h"
#include "widgets/ClipboardService.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <functional>

using namespace sb;

namespace {

const QByteArray ClientSecret("accessibility-test-client-secret-0123456789");
const QByteArray VaultPassphrase("accessibility test passphrase");

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
    if (qobject_cast<QComboBox*>(w)) {
        // On Linux a combo box's accessible "name" is its current item; the
        // name proper is the accessible name or the label whose buddy it is.
        name = w->accessibleName();
        for (QLabel* label : w->window()->findChildren<QLabel*>()) {
            if (name.isEmpty() && label->buddy() == w) {
                name = label->text().remove(QLatin1Char('&'));
            }
        }
    }
    return name;
}

QString describe(QWidget* w)
{
    if (!w) {
        return QStringLiteral("(nothing)");
    }
    return QStringLiteral("%1#%2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), accessibleName(w));
}

// A group of exclusive radio buttons is one stop: the checked one (arrow keys move within).
bool isUncheckedRadioOfAGroup(QWidget* w)
{
    auto* radio = qobject_cast<QRadioButton*>(w);
    if (!radio || radio->isChecked()) {
        return false;
    }
    if (QButtonGroup* group = radio->group()) {
        return group->exclusive() && group->checkedButton();
    }
    const auto siblings = radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly);
    return radio->autoExclusive()
        && std::any_of(siblings.begin(), siblings.end(), [](QRadioButton* r) { return r->isChecked(); });
}

// What Qt's focus chain stops at (QApplicationPrivate::focusNextPrevChild_helper).
bool isTabStop(QWidget* w, QWidget* window)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isVisibleTo(window)
        && w->isEnabled() && !isUncheckedRadioOfAGroup(w);
}

bool containsTabStop(QWidget* w, QWidget* window)
{
    const auto children = w->findChildren<QWidget*>();
    return std::any_of(children.begin(), children.end(),
                       [window](QWidget* c) { return !c->isWindow() && isTabStop(c, window); });
}

struct Box
{
    QWidget* widget;
    QRect rect;
};

// Reading order of laid-out siblings (an XY cut): split into bands at
// horizontal gaps, top to bottom; a band with no horizontal gap is split at
// vertical gaps, left to right; recursively.
void readingOrder(QList<Box> boxes, QList<Box>& out)
{
    if (boxes.size() <= 1) {
        out += boxes;
        return;
    }
    constexpr int Overlap = 4; // tab bars overlap their page's frame by a pixel or two
    auto split = [&boxes](bool columns) {
        std::stable_sort(boxes.begin(), boxes.end(), [columns](const Box& a, const Box& b) {
            return columns ? a.rect.left() < b.rect.left() : a.rect.top() < b.rect.top();
        });
        QList<QList<Box>> groups;
        int end = 0;
        for (const Box& box : boxes) {
            const int start = columns ? box.rect.left() : box.rect.top();
            const int stop = columns ? box.rect.right() : box.rect.bottom();
            if (groups.isEmpty() || start > end - Overlap) {
                groups.append({ box });
                end = stop;
            } else {
                groups.last().append(box);
                end = std::max(end, stop);
            }
        }
        return groups;
    };
    for (const bool columns : { false, true }) {
        const QList<QList<Box>> groups = split(columns);
        if (groups.size() > 1) {
            for (const QList<Box>& group : groups) {
                readingOrder(group, out);
            }
            return;
        }
    }
    out += boxes; // overlapping both ways: by top edge
}

// The tab stops under `container` in reading order, pane by pane: each child
// widget is a pane whose tab stops come together.
void expectedOrder(QWidget* container, QWidget* window, QList<QWidget*>& out)
{
    QList<Box> boxes;
    for (QObject* object : container->children()) {
        auto* w = qobject_cast<QWidget*>(object);
        if (w && !w->isWindow() && w->isVisibleTo(window)
            && (isTabStop(w, window) || containsTabStop(w, window))) {
            boxes.append({ w, w->geometry() });
        }
    }
    QList<Box> ordered;
    readingOrder(boxes, ordered);
    for (const Box& box : ordered) {
        if (isTabStop(box.widget, window)) {
            out << box.widget;
        }
        expectedOrder(box.widget, window, out);
    }
}

// Every focusable widget a person can see, enabled or not.
QList<QWidget*> focusableWidgets(QWidget* window)
{
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isWindow() && w->window() == window && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && !w->focusProxy() && w->isVisibleTo(window)) {
            out << w;
        }
    }
    return out;
}

QStringList described(const QList<QWidget*>& widgets)
{
    QStringList out;
    for (QWidget* w : widgets) {
        out << describe(w);
    }
    return out;
}

// Names, tooltips of icon-only buttons and the tab chain of what a window
// shows now. Returns what is wrong, or nothing.
QString checkView(QWidget* window, const QString& view)
{
    QApplication::processEvents();
    QStringList problems;
    for (QWidget* w : focusableWidgets(window)) {
        if (accessibleName(w).isEmpty()) {
            problems << QStringLiteral("no accessible name: %1").arg(describe(w));
        }
        auto* button = qobject_cast<QAbstractButton*>(w);
        const auto* tool = qobject_cast<QToolButton*>(w);
        const bool iconOnly = button
            && (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly));
        if (iconOnly && button->toolTip().isEmpty()) {
            problems << QStringLiteral("icon-only button without a tooltip: %1").arg(describe(w));
        }
    }
    QList<QWidget*> expected;
    expectedOrder(window, window, expected);
    QList<QWidget*> visited;
    if (!expected.isEmpty()) {
        // A full round: from the first stop back to it.
        expected.first()->setFocus(Qt::TabFocusReason);
        visited << QApplication::focusWidget();
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget();
        }
        expected << expected.first();
    }
    const QStringList expectedText = described(expected);
    const QStringList visitedText = described(visited);
    if (visitedText != expectedText) {
        qsizetype first = 0;
        while (first < expectedText.size() && first < visitedText.size()
               && expectedText[first] == visitedText[first]) {
            ++first;
        }
        problems << QStringLiteral(
                        "tab order differs at stop %1 after %2:\n    expected: %3\n    visited:  %4")
                        .arg(first)
                        .arg(first > 0 ? expectedText[first - 1] : QString(),
                             expectedText.mid(first, 8).join(QStringLiteral("\n              ")),
                             visitedText.mid(first, 8).join(QStringLiteral("\n              ")));
    }
    if (qEnvironmentVariableIsSet("SB_A11Y_CHAIN")) {
        for (QWidget* w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
            if (w->focusPolicy() != Qt::NoFocus) {
                qInfo().noquote() << "  chain" << describe(w) << w->isVisibleTo(window) << w->focusProxy();
            }
        }
    }
    if (qEnvironmentVariableIsSet("SB_A11Y_DUMP")) {
        qInfo().noquote() << "====" << view << "\n  " << expectedText.join(QStringLiteral("\n   "));
    }
    if (problems.isEmpty()) {
        return {};
    }
    // QTest cuts long failure messages: the whole story goes to the log.
    const QString report = view + QStringLiteral(": ") + problems.join(QStringLiteral("\n"));
    qWarning().noquote() << report;
    return report;
}

// checkView for every page of every tab widget shown under `root`.
QString checkEveryTab(QWidget* window, QWidget* root, const QString& view)
{
    QString problems = checkView(window, view);
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisibleTo(window)) {
            continue;
        }
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i != shown) {
                tabs->setCurrentIndex(i);
                const QString more = checkView(
                    window,
                    QStringLiteral("%1, tab %2").arg(view, tabs->tabText(i).remove(QLatin1Char('&'))));
                problems += more.isEmpty() || problems.isEmpty() ? more : QStringLiteral("\n") + more;
            }
        }
        tabs->setCurrentIndex(shown);
    }
    return problems;
}

// An action's shortcut can fire when one of the widgets showing it is visible
// (through a menu: the menu's own place).
bool isLive(QAction* action)
{
    for (QObject* object : action->associatedObjects()) {
        if (auto* menu = qobject_cast<QMenu*>(object)) {
            if (isLive(menu->menuAction())) {
                return true;
            }
        } else if (auto* widget = qobject_cast<QWidget*>(object); widget && widget->isVisible()) {
            return true;
        }
    }
    return false;
}

QString shortcutText(const QKeySequence& shortcut)
{
    return shortcut.toString(QKeySequence::PortableText);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void formPreview();
    void inspector();
    void projectSecretsWithoutVault();
    void projectSecretsLocked();
    void projectSecretsUnlocked();
    void dialogs();
    void workspaceMenus_data();
    void workspaceMenus();
    void noTwoLiveShortcutsAlike();
    void shortcutsReachTheShownWorkspaceOnly();
    void shortcutsSurviveTextFields();
    void tooltipsNameShortcuts();

private:
    std::unique_ptr<MainWindow> openWindow(MainWindow::Workspace workspace);
    ProjectSecretsWorkspace* unlock(MainWindow& window);
    // Runs `check` on the modal dialog `open` shows, then closes it.
    QString checkModal(const std::function<void()>& open, const std::function<QString(QDialog*)>& check);

    QTemporaryDir m_dir;
    QString m_vault;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.filePath(QStringLiteral("a11y.sbvault"));
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("shop-prod")));
    QVERIFY(content.addProject(QStringLiteral("shop-staging")));
    QVERIFY(content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("MONGO_URL"),
                              ProjectSecretType::MongoDbUrl, "mongodb://app:pw@localhost:27017/shop"));
    QVERIFY(content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET"),
                              ProjectSecretType::JwtSecret, "an accessibility test jwt secret, 43 chars"));
    QVERIFY(Vault::create(m_vault, VaultPassphrase, Kdf::minimum(), std::move(content)));
}

void TestAccessibility::cleanup()
{
    ClipboardService::instance().clearIfOwned();
    VaultLocation::setCommandLineOverride(QString());
}

std::unique_ptr<MainWindow> TestAccessibility::openWindow(MainWindow::Workspace workspace)
{
    if (VaultLocation::commandLineOverride().isEmpty()) {
        VaultLocation::setCommandLineOverride(m_vault);
    }
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->showWorkspace(workspace);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get())) {
        qWarning("the main window did not become active");
    }
    return window;
}

ProjectSecretsWorkspace* TestAccessibility::unlock(MainWindow& window)
{
    auto* secrets = static_cast<ProjectSecretsWorkspace*>(window.workspaceWidget(MainWindow::ProjectSecrets));
    secrets->session().unlock(SecureBuffer::copyOf(VaultPassphrase));
    if (!QTest::qWaitFor([secrets] { return secrets->session().isUnlocked(); }, 20000)) {
        return nullptr;
    }
    return secrets;
}

QString TestAccessibility::checkModal(const std::function<void()>& open,
                                      const std::function<QString(QDialog*)>& check)
{
    QString problems = QStringLiteral("no dialog opened");
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        (void)QTest::qWaitForWindowActive(dialog);
        problems = check(dialog);
        dialog->reject();
    });
    open();
    return problems;
}

void TestAccessibility::formPreview()
{
    auto window = openWindow(MainWindow::FormPreview);
    auto* preview = static_cast<FormPreviewWorkspace*>(window->workspaceWidget(MainWindow::FormPreview));
    QString problems = checkEveryTab(window.get(), preview, QStringLiteral("form preview"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // A multi-step form (Back and Next) and a client-side input.
    for (const QString& example : { QStringLiteral(":/examples/multi-step-jq.json"),
                                    QStringLiteral(":/examples/client-side-secret.json") }) {
        preview->loadExample(example);
        problems = checkView(window.get(), example);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

void TestAccessibility::inspector()
{
    auto window = openWindow(MainWindow::Inspector);
    auto* inspector = static_cast<InspectorWorkspace*>(window->workspaceWidget(MainWindow::Inspector));
    QString problems = checkEveryTab(window.get(), inspector, QStringLiteral("inspector, empty"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // Decrypted: the value view, the structure and the private key controls come alive.
    auto cipher = PortManagedCipher::fromClientSecret(ClientSecret);
    QVERIFY(cipher);
    inspector->keysPanel()->setClientSecret(QString::fromLatin1(ClientSecret));
    inspector->setInputText(QString::fromLatin1(encodeEnvelopeText(*cipher->encrypt("hunter2"))));
    problems = checkEveryTab(window.get(), inspector, QStringLiteral("inspector, decrypted"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestAccessibility::projectSecretsWithoutVault()
{
    VaultLocation::setCommandLineOverride(m_dir.filePath(QStringLiteral("not-yet.sbvault")));
    auto window = openWindow(MainWindow::ProjectSecrets);
    const QString problems = checkView(window.get(), QStringLiteral("project secrets, no vault"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestAccessibility::projectSecretsLocked()
{
    auto window = openWindow(MainWindow::ProjectSecrets);
    const QString problems = checkView(window.get(), QStringLiteral("project secrets, locked"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestAccessibility::projectSecretsUnlocked()
{
    auto window = openWindow(MainWindow::ProjectSecrets);
    ProjectSecretsWorkspace* secrets = unlock(*window);
    QVERIFY(secrets);
    secrets->selectProject(QStringLiteral("shop-prod"));
    secrets->selectSecret(QStringLiteral("MONGO_URL"));
    QString problems = checkEveryTab(window.get(), secrets, QStringLiteral("project secrets, a MongoDB URL"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    secrets->selectSecret(QStringLiteral("JWT_SECRET"));
    problems = checkView(window.get(), QStringLiteral("project secrets, a JWT secret"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestAccessibility::dialogs()
{
    auto window = openWindow(MainWindow::ProjectSecrets);
    const auto checkDialog = [](QDialog* dialog) { return checkView(dialog, dialog->objectName()); };
    const auto trigger = [&window](const QString& text) {
        return [&window, text] {
            for (QAction* action : window->findChildren<QAction*>()) {
                if (action->text().remove(QLatin1Char('&')) == text) {
                    action->trigger();
                    return;
                }
            }
            QFAIL(qPrintable(text));
        };
    };
    QString problems = checkModal(trigger(QStringLiteral("Settings…")), checkDialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    trigger(QStringLiteral("Formats reference"))();
    auto* reference = window->findChild<QDialog*>(QStringLiteral("formatsReference"));
    QVERIFY(reference && QTest::qWaitForWindowActive(reference));
    problems = checkView(reference, reference->objectName());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    reference->close();

    // The project-secrets dialogs open window-modal and stay open.
    ProjectSecretsWorkspace* secrets = unlock(*window);
    QVERIFY(secrets);
    secrets->selectProject(QStringLiteral("shop-prod"));
    secrets->selectSecret(QStringLiteral("MONGO_URL"));
    for (const auto& open : { std::function<void()>([secrets] { secrets->addSecret(); }),
                              std::function<void()>([secrets] { secrets->replaceSecret(); }),
                              std::function<void()>([secrets] { secrets->showHistory(); }),
                              std::function<void()>([secrets] { secrets->compareProjects(); }) }) {
        open();
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog && QTest::qWaitForWindowActive(dialog));
        problems = checkDialog(dialog);
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The form preview's fixture export and the inspector's pasted key.
    window->showWorkspace(MainWindow::FormPreview);
    problems = checkModal(
        [&window] { window->findChild<QToolButton*>(QStringLiteral("exportFixtureButton"))->click(); },
        checkDialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    window->showWorkspace(MainWindow::Inspector);
    problems = checkModal(
        [&window] { window->findChild<QPushButton*>(QStringLiteral("privateKeyPasteButton"))->click(); },
        [](QDialog* dialog) { return checkView(dialog, QStringLiteral("paste a private key")); });
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestAccessibility::workspaceMenus_data()
{
    QTest::addColumn<int>("workspace");
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QStringList>("entries"); // "text\tshortcut"
    const auto p = [](QKeySequence::StandardKey key) { return shortcutText(QKeySequence(key)); };
    QTest::newRow("form preview") << int(MainWindow::FormPreview) << QStringLiteral("Definition")
                                  << QStringList { QStringLiteral("Open…\t") + p(QKeySequence::Open),
                                                   QStringLiteral("Save\t") + p(QKeySequence::Save),
                                                   QStringLiteral("Save as…\tCtrl+Shift+S"),
                                                   QStringLiteral("Open recent\t"),
                                                   QStringLiteral("Examples\t"),
                                                   QStringLiteral("Export fixture…\t"),
                                                   QStringLiteral("-"),
                                                   QStringLiteral("Decrypt back\tCtrl+Shift+D"),
                                                   QStringLiteral("Send\tCtrl+Return") };
    QTest::newRow("inspector") << int(MainWindow::Inspector) << QStringLiteral("Inspector")
                               << QStringList { QStringLiteral("Open file…\t") + p(QKeySequence::Open),
                                                QStringLiteral("Paste input\tCtrl+Shift+V"),
                                                QStringLiteral("Clear input\t"),
                                                QStringLiteral("-"),
                                                QStringLiteral("Decrypt\tCtrl+Shift+D"),
                                                QStringLiteral("Encrypt\tCtrl+Shift+E"),
                                                QStringLiteral("-"),
                                                QStringLiteral("Reveal value\tCtrl+R"),
                                                QStringLiteral("Copy value\tCtrl+Shift+C"),
                                                QStringLiteral("Export batch results…\t") };
    QTest::newRow("project secrets") << int(MainWindow::ProjectSecrets) << QStringLiteral("Secrets")
                                     << QStringList { QStringLiteral("Lock the vault\tCtrl+L"),
                                                      QStringLiteral("Change passphrase…\t"),
                                                      QStringLiteral("Find…\t") + p(QKeySequence::Find),
                                                      QStringLiteral("-"),
                                                      QStringLiteral("Add project…\tCtrl+Shift+N"),
                                                      QStringLiteral("Rename project…\t"),
                                                      QStringLiteral("Remove project…\t"),
                                                      QStringLiteral("Compare projects…\t"),
                                                      QStringLiteral("-"),
                                                      QStringLiteral("Add secret…\tCtrl+N"),
                                                      QStringLiteral("Replace value…\tCtrl+Shift+E"),
                                                      QStringLiteral("Rename secret…\tF2"),
                                                      QStringLiteral("Remove secret…\t"),
                                                      QStringLiteral("-"),
                                                      QStringLiteral("Copy value\tCtrl+Shift+C"),
                                                      QStringLiteral("Copy reference\t"),
                                                      QStringLiteral("Reveal value\tCtrl+R"),
                                                      QStringLiteral("History…\tCtrl+H") };
}

void TestAccessibility::workspaceMenus()
{
    QFETCH(int, workspace);
    QFETCH(QString, menu);
    QFETCH(QStringList, entries);
    auto window = openWindow(static_cast<MainWindow::Workspace>(workspace));
    // The menu bar holds the shown workspace's menu, before Help, and no other workspace's.
    QStringList titles;
    QMenu* found = nullptr;
    for (QAction* action : window->menuBar()->actions()) {
        titles << action->text().remove(QLatin1Char('&'));
        if (titles.last() == menu) {
            found = action->menu();
        }
    }
    const QStringList expectedTitles = { QStringLiteral("File"), QStringLiteral("View"),
                                         QStringLiteral("Edit"), menu, QStringLiteral("Help") };
    QCOMPARE(titles, expectedTitles);
    QVERIFY(found);
    QStringList listed;
    for (QAction* action : found->actions()) {
        listed << (action->isSeparator() ? QStringLiteral("-")
                                         : action->text().remove(QLatin1Char('&')) + QLatin1Char('\t')
                           + shortcutText(action->shortcut()));
    }
    QCOMPARE(listed, entries);
}

void TestAccessibility::noTwoLiveShortcutsAlike()
{
    auto window = openWindow(MainWindow::FormPreview);
    QVERIFY(unlock(*window));
    for (int workspace = 0; workspace < 3; ++workspace) {
        window->showWorkspace(static_cast<MainWindow::Workspace>(workspace));
        QApplication::processEvents();
        QHash<QString, QString> owners;
        QStringList clashes;
        int live = 0;
        for (QAction* action : window->findChildren<QAction*>()) {
            if (action->shortcut().isEmpty() || !isLive(action)) {
                continue;
            }
            ++live;
            if (qEnvironmentVariableIsSet("SB_A11Y_DUMP")) {
                qInfo().noquote() << workspace << action->text() << shortcutText(action->shortcut());
            }
            const QString key = shortcutText(action->shortcut());
            const QString name = action->text().remove(QLatin1Char('&'));
            if (owners.contains(key)) {
                clashes << QStringLiteral("%1: %2 and %3").arg(key, owners.value(key), name);
            }
            owners.insert(key, name);
        }
        // The global ones (6) and the workspace's own.
        QVERIFY2(live >= 10, qPrintable(QString::number(live)));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }
}

void TestAccessibility::shortcutsReachTheShownWorkspaceOnly()
{
    auto window = openWindow(MainWindow::Inspector);
    auto* decryptBack = window->findChild<QAction*>(QStringLiteral("decryptBackButtonAction"));
    auto* decrypt = window->findChild<QAction*>(QStringLiteral("decryptAction"));
    QVERIFY(decryptBack && decrypt);
    QSignalSpy backs(decryptBack, &QAction::triggered);
    QSignalSpy decrypts(decrypt, &QAction::triggered);
    // Also while typing in a text field.
    auto* secretEdit
        = window->workspaceWidget(MainWindow::Inspector)->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    secretEdit->setFocus();
    QTest::keyClick(secretEdit, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(decrypts.count(), 1);
    QCOMPARE(backs.count(), 0);
    window->showWorkspace(MainWindow::FormPreview);
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(decrypts.count(), 1);
    QCOMPARE(backs.count(), 1);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("outputTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("decryptTab"));

    // Ctrl+Return presses Send, on its tab.
    auto* preview = static_cast<FormPreviewWorkspace*>(window->workspaceWidget(MainWindow::FormPreview));
    preview->setSendUrl(QStringLiteral("ftp://example.com/"));
    QSignalSpy sent(preview, &FormPreviewWorkspace::sendFinished);
    QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("sendTab"));
    QVERIFY(
        window->findChild<QLabel*>(QStringLiteral("sendStatus"))->text().contains(QStringLiteral("ftp:")));

    // Ctrl+F finds in project secrets once unlocked; Ctrl+L locks.
    window->showWorkspace(MainWindow::ProjectSecrets);
    ProjectSecretsWorkspace* secrets = unlock(*window);
    QVERIFY(secrets);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("search"));
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!secrets->session().isUnlocked());
}

void TestAccessibility::shortcutsSurviveTextFields()
{
    // A focused line edit or text editor claims the keys it edits with (Ctrl+C,
    // Ctrl+Z, Ctrl+A...) before any shortcut: no workspace shortcut may be one.
    auto window = openWindow(MainWindow::FormPreview);
    QLineEdit line;
    QPlainTextEdit text;
    QStringList taken;
    int checked = 0;
    for (int workspace = 0; workspace < 3; ++workspace) {
        for (QAction* action :
             window->workspaceWidget(static_cast<MainWindow::Workspace>(workspace))->actions()) {
            if (action->shortcut().isEmpty()) {
                continue;
            }
            const QKeyCombination combination = action->shortcut()[0];
            for (QWidget* editor : { static_cast<QWidget*>(&line), static_cast<QWidget*>(&text) }) {
                QKeyEvent override(QEvent::ShortcutOverride, combination.key(),
                                   combination.keyboardModifiers());
                override.ignore();
                QApplication::sendEvent(editor, &override);
                if (override.isAccepted()) {
                    taken << QStringLiteral("%1 by %2")
                                 .arg(shortcutText(action->shortcut()),
                                      QString::fromLatin1(editor->metaObject()->className()));
                }
            }
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
    QVERIFY2(taken.isEmpty(), qPrintable(taken.join(QStringLiteral(", "))));
}

void TestAccessibility::tooltipsNameShortcuts()
{
    auto window = openWindow(MainWindow::FormPreview);
    int checked = 0;
    for (int workspace = 0; workspace < 3; ++workspace) {
        QWidget* widget = window->workspaceWidget(static_cast<MainWindow::Workspace>(workspace));
        for (QAction* action : widget->actions()) {
            if (action->shortcut().isEmpty()) {
                continue;
            }
            const QString suffix
                = QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
            QVERIFY2(action->toolTip().endsWith(suffix), qPrintable(action->toolTip()));
            // A button the action presses says the same.
            const QString buttonName = action->objectName().chopped(6); // "...Action"
            if (action->objectName().endsWith(QLatin1String("Action"))) {
                if (auto* button = widget->findChild<QAbstractButton*>(buttonName)) {
                    QCOMPARE(button->toolTip(), action->toolTip());
                }
            }
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
    auto* send = window->findChild<QPushButton*>(QStringLiteral("sendButton"));
    QCOMPARE(send->toolTip(), QStringLiteral("Send (Ctrl+Return)"));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
