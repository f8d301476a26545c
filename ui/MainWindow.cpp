#include "MainWindow.h"

#include "PlaceholderPage.h"
#include "common/Version.h"
#include "secrets/ProjectSecretsWorkspace.h"

#include "UiResources.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

#include <openssl/crypto.h>

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

    addWorkspace(
        QStringLiteral(":/icons/form-preview.svg"), tr("Form preview"),
        new PlaceholderPage(
            tr("Form preview"),
            tr("Load a Port action definition and see its form exactly as Port renders it: single-line "
               "secrets masked with asterisks, <code>multi-line</code> secrets unmasked in a large "
               "editor, object secrets as JSON. The definition is linted as you type, and the encrypted "
               "request your backend would receive is built and can be sent to a local backend."),
            this));
    addWorkspace(
        QStringLiteral(":/icons/inspector.svg"), tr("Envelope inspector"),
        new PlaceholderPage(
            tr("Envelope inspector"),
            tr("Paste an encrypted value or a whole webhook body and see its structure byte by byte: IV, "
               "wrapped key, ciphertext and tag. Decrypt it offline with a client secret or an RSA "
               "private key, and get a precise diagnosis when it fails. Until then, "
               "<code>secretbench-cli inspect</code> and <code>secretbench-cli decrypt</code> do this "
               "from a terminal."),
            this));
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
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = { tr("&Form preview"), tr("Envelope &inspector"), tr("Project &secrets") };
    for (int i = 0; i < names.size(); ++i) {
        QAction* action
            = view->addAction(names[i], this, [this, i] { showWorkspace(static_cast<Workspace>(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SecretBench"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SecretBench"),
                       tr("<h3>SecretBench %1</h3><p>A workbench for secret inputs.</p>"
                          "<p>Qt %2<br>%3</p>")
                           .arg(QStringLiteral(SECRETBENCH_VERSION), QString::fromLatin1(qVersion()),
                                QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
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
