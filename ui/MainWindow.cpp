// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "FormatsReference.h"
#include "PlaceholderPage.h"
#include "SettingsDialog.h"
#include "common/FileKind.h"
#include "common/Settings.h"
#include "common/Version.h"
#include "common/Versions.h"
#include "formpreview/FormPreviewWorkspace.h"
#include "inspector/InspectorWorkspace.h"
#include "secrets/Keyring.h"
#include "secrets/ProjectSecretsWorkspace.h"
#include "secrets/VaultSession.h"

#include "UiResources.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>

namespace sb {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_keyring(new Keyring(QStringLiteral("SecretBench"), this))
    , m_vaultSession(new VaultSession(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    initUiResources();
    setWindowTitle(tr("SecretBench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/secretbench.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("workspaceList"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setSpacing(4);
    m_navigation->setFixedWidth(190);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));

    m_vaultSession->setKeyring(m_keyring);
    m_vaultSession->setRememberPassphrase(Settings::instance().rememberPassphraseInKeyring());
    connect(&Settings::instance(), &Settings::changed, m_vaultSession, [this] {
        m_vaultSession->setRememberPassphrase(Settings::instance().rememberPassphraseInKeyring());
    });
    connect(m_vaultSession, &VaultSession::passphraseForgotten, this, [this] {
        statusBar()->showMessage(tr("The vault passphrase was removed from the system keyring."), 8000);
    });
    connect(m_vaultSession, &VaultSession::keyringFailed, this,
            [this](const Error& error) { statusBar()->showMessage(error.message, 12000); });

    auto* preview = new FormPreviewWorkspace(this);
    auto* inspector = new InspectorWorkspace(this);
    preview->setVaultSession(m_vaultSession);
    inspector->setVaultSession(m_vaultSession);
    connect(preview, &FormPreviewWorkspace::vaultUnlockRequested, this,
            [this] { requestVaultUnlock(FormPreview); });
    connect(inspector, &InspectorWorkspace::vaultUnlockRequested, this,
            [this] { requestVaultUnlock(Inspector); });
    addWorkspace(QStringLiteral(":/icons/form-preview.svg"), tr("Form preview"), preview);
    addWorkspace(QStringLiteral(":/icons/inspector.svg"), tr("Envelope inspector"), inspector);
    addWorkspace(QStringLiteral(":/icons/project-secrets.svg"), tr("Project secrets"),
                 new ProjectSecretsWorkspace(this, m_vaultSession));
    connect(m_vaultSession, &VaultSession::unlocked, this, [this] {
        if (m_returnAfterUnlock) {
            showWorkspace(*std::exchange(m_returnAfterUnlock, std::nullopt));
        }
    });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != ProjectSecrets) {
            m_returnAfterUnlock.reset(); // the user went elsewhere on their own
        }
    });
    m_navigation->setCurrentRow(FormPreview);

    createMenus();
    statusBar()->showMessage(tr("Crypto self-test passed."), 5000);
    setAcceptDrops(true);
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    // The workspaces use the session: they go first, with the vault locked.
    m_vaultSession->lock(VaultSession::LockReason::Closing);
    delete takeCentralWidget();
}

void MainWindow::requestVaultUnlock(Workspace from)
{
    auto* secrets = static_cast<ProjectSecretsWorkspace*>(workspaceWidget(ProjectSecrets));
    showWorkspace(ProjectSecrets);
    m_returnAfterUnlock = from;
    secrets->unlockWithKeyringIfRemembered();
}

void MainWindow::addWorkspace(const QString& iconPath, const QString& title, QWidget* widget)
{
    auto* item = new QListWidgetItem(QIcon(iconPath), title, m_navigation);
    item->setSizeHint(QSize(0, 44));
    m_stack->addWidget(widget);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = { tr("&Form preview"), tr("Envelope &inspector"), tr("Project &secrets") };
    for (int i = 0; i < names.size(); ++i) {
        QAction* action
            = view->addAction(names[i], this, [this, i] { showWorkspace(static_cast<Workspace>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* preferences = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    // The current workspace's own menu, before Help: its actions and shortcuts.
    const QStringList workspaceMenus = { tr("&Definition"), tr("&Inspector"), tr("&Secrets") };
    for (int i = 0; i < m_stack->count(); ++i) {
        auto* menu = new QMenu(workspaceMenus.value(i), this);
        menu->setObjectName(QStringLiteral("workspaceMenu%1").arg(i + 1));
        menu->addActions(m_stack->widget(i)->actions());
        m_workspaceMenus << menu;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    QAction* reference = help->addAction(tr("&Formats reference"), this, &MainWindow::showFormatsReference);
    reference->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About SecretBench"), this, &MainWindow::showAbout);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateWorkspaceMenu);
    updateWorkspaceMenu();
}

void MainWindow::updateWorkspaceMenu()
{
    // Only the shown workspace's menu is in the menu bar, so that only its
    // shortcuts are live (workspaces share some, such as Ctrl+O).
    for (QMenu* menu : std::as_const(m_workspaceMenus)) {
        menuBar()->removeAction(menu->menuAction());
    }
    if (QMenu* current = m_workspaceMenus.value(m_stack->currentIndex())) {
        menuBar()->insertMenu(m_helpMenu->menuAction(), current);
    }
}

void MainWindow::showAbout()
{
    QString libraries;
    for (const auto& [name, version] : Versions::libraries()) {
        libraries += QStringLiteral("%1 %2<br>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    }
    QMessageBox::about(
        this, tr("About SecretBench"),
        tr("<h3>SecretBench %1</h3>"
           "<p>A workbench for secret inputs: Port form preview, envelope inspector and project "
           "secrets.</p><p>%2</p>")
            .arg(QStringLiteral(SECRETBENCH_VERSION), libraries));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(Settings::instance(), this);
    dialog.setForgetPassphraseAvailable(m_vaultSession->remembersPassphrase());
    connect(&dialog, &SettingsDialog::forgetPassphraseRequested, m_vaultSession,
            &VaultSession::forgetStoredPassphrase);
    dialog.exec();
}

void MainWindow::showFormatsReference()
{
    if (!m_reference) {
        m_reference = new FormatsReference(this);
    }
    m_reference->show();
    m_reference->raise();
    m_reference->activateWindow();
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    auto failed = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failed(tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    // Enough to recognise any kind; the workspace reads the file itself.
    const QByteArray head = file.read(4 * 1024 * 1024);
    switch (detectFileKind(head)) {
    case FileKind::Definition: {
        showWorkspace(FormPreview);
        QString reason;
        auto* preview = static_cast<FormPreviewWorkspace*>(workspaceWidget(FormPreview));
        return preview->openFile(path, &reason) || failed(reason);
    }
    case FileKind::Envelope:
    case FileKind::Body: {
        showWorkspace(Inspector);
        auto* inspector = static_cast<InspectorWorkspace*>(workspaceWidget(Inspector));
        const Status loaded = inspector->loadInputFile(path);
        return loaded || failed(loaded.error().message);
    }
    case FileKind::Vault:
        return openVault(path, error);
    case FileKind::Unknown:
        break;
    }
    return failed(
        tr("%1 is not an action definition, an encrypted value, a webhook body or log, or a SecretBench "
           "vault.")
            .arg(QFileInfo(path).fileName()));
}

bool MainWindow::openVault(const QString& path, QString* error)
{
    auto* secrets = static_cast<ProjectSecretsWorkspace*>(workspaceWidget(ProjectSecrets));
    // Switching to another vault locks the open one (its key and content are wiped).
    if (QFileInfo(secrets->session().path()) != QFileInfo(path)) {
        secrets->setVaultPath(QFileInfo(path).absoluteFilePath());
    }
    showWorkspace(ProjectSecrets);
    Q_UNUSED(error);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) {
            continue;
        }
        QString error;
        if (!openFile(url.toLocalFile(), &error)) {
            statusBar()->showMessage(error, 10000);
        }
        event->acceptProposedAction();
        return;
    }
}

void MainWindow::showWorkspace(Workspace workspace)
{
    m_navigation->setCurrentRow(workspace);
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return static_cast<Workspace>(m_stack->currentIndex());
}

QWidget* MainWindow::workspaceWidget(Workspace workspace) const
{
    return m_stack->widget(workspace);
}

} // namespace sb
