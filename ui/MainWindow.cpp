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
#include "secrets/ProjectSecretsWorkspace.h"

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

    addWorkspace(QStringLiteral(":/icons/form-preview.svg"), tr("Form preview"),
                 new FormPreviewWorkspace(this));
    addWorkspace(QStringLiteral(":/icons/inspector.svg"), tr("Envelope inspector"),
                 new InspectorWorkspace(this));
    addWorkspace(QStringLiteral(":/icons/project-secrets.svg"), tr("Project secrets"),
                 new ProjectSecretsWorkspace(this));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(FormPreview);

    createMenus();
    statusBar()->showMessage(tr("Crypto self-test passed."), 5000);
    setAcceptDrops(true);
    resize(1100, 720);
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
    showWorkspace(ProjectSecrets);
    if (error) {
        *error = tr("%1 is a vault, and the project secrets workspace is not available yet.")
                     .arg(QFileInfo(path).fileName());
    }
    return false;
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
