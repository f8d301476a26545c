// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSecretsWorkspace.h"

#include "LeakCheckPanel.h"
#include "ProjectCompareDialog.h"
#include "ProjectListModel.h"
#include "SecretDetailsPanel.h"
#include "SecretEditorDialog.h"
#include "SecretHistoryDialog.h"
#include "SecretTableModel.h"
#include "SessionLockWatcher.h"
#include "UserActivityFilter.h"
#include "VaultUnlockPage.h"
#include "common/Settings.h"
#include "secrets/Jwt.h"
#include "secrets/VaultKeys.h"
#include "secrets/VaultLocation.h"
#include "widgets/ClipboardService.h"
#include "widgets/FocusChain.h"
#include "widgets/SecretField.h"
#include "widgets/WorkspaceActions.h"

#include "UiResources.h"
#include "widgets/SeverityStyle.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

QStringList secretNames(const Project& project)
{
    QStringList names;
    for (const ProjectSecret& s : project.secrets) {
        names << s.name;
    }
    return names;
}

Status statusOf(const Result<SetOutcome>& result, SetOutcome* outcome = nullptr)
{
    if (!result) {
        return std::unexpected(result.error());
    }
    if (outcome) {
        *outcome = *result;
    }
    return {};
}

} // namespace

ProjectSecretsWorkspace::ProjectSecretsWorkspace(QWidget* parent, VaultSession* session)
    : QWidget(parent)
    , m_session(session ? session : new VaultSession(this))
    , m_lockWatcher(new SessionLockWatcher(this))
    , m_activity(new UserActivityFilter(this))
{
    initUiResources();
    setObjectName(QStringLiteral("projectSecretsWorkspace"));
    buildUi();

    connect(m_session, &VaultSession::stateChanged, this, &ProjectSecretsWorkspace::onStateChanged);
    connect(m_session, &VaultSession::locked, this, &ProjectSecretsWorkspace::onLocked);
    connect(m_session, &VaultSession::contentChanged, this, &ProjectSecretsWorkspace::onContentChanged);
    connect(m_session, &VaultSession::reloaded, this, [this] {
        showInfo(tr(
            "Another program (secretbench-cli or a second window) changed the vault; it has been reloaded."));
    });
    connect(m_session, &VaultSession::failed, this, [this](const Error& error) {
        if (m_session->isUnlocked()) {
            showInfo(error.message, true);
        } else {
            m_unlockPage->showError(error.message);
        }
    });
    connect(m_session, &VaultSession::unlocked, this, [this] { m_unlockPage->showError({}); });
    connect(m_session, &VaultSession::keyringFailed, this, [this](const Error& error) {
        if (m_session->isUnlocked()) {
            showInfo(error.message, true);
        } else {
            m_unlockPage->showNotice({});
            m_unlockPage->showError(error.kind == ErrorKind::NotFound
                                        ? tr("No passphrase is stored in the system keyring for this vault: "
                                             "enter it (it is stored when the vault opens).")
                                        : tr("%1 Enter the passphrase.").arg(error.message));
        }
    });
    connect(m_session, &VaultSession::rememberPassphraseChanged, m_unlockPage,
            [this] { m_unlockPage->setKeyringAvailable(m_session->remembersPassphrase()); });
    connect(m_session, &VaultSession::passphraseStored, this,
            [this] { showInfo(tr("The vault passphrase is stored in the system keyring.")); });
    m_unlockPage->setKeyringHandler([this] {
        m_unlockPage->showNotice(tr("Reading the passphrase from the system keyring…"));
        m_session->unlockWithKeyring();
    });
    m_unlockPage->setHandlers(
        [this](SecureBuffer passphrase) { m_session->create(std::move(passphrase), m_kdfParams); },
        [this](SecureBuffer passphrase) { m_session->unlock(std::move(passphrase)); });
    connect(m_lockWatcher, &SessionLockWatcher::sessionLocked, this, [this] {
        if (Settings::instance().lockOnSessionLock()) {
            m_session->lock(VaultSession::LockReason::SessionLocked);
        }
    });
    connect(m_activity, &UserActivityFilter::activity, m_session, &VaultSession::noteActivity);
    connect(m_details, &SecretDetailsPanel::generateRequested, this,
            &ProjectSecretsWorkspace::replaceWithGenerated);

    // The auto-lock delay and the KDF target live in Settings; the spin box
    // here and the settings dialog edit the same value.
    auto applySettings = [this] {
        const Settings& settings = Settings::instance();
        const QSignalBlocker blocker(m_autoLock);
        m_autoLock->setValue(settings.autoLockMinutes());
        m_session->setAutoLockMinutes(settings.autoLockMinutes());
        m_session->setKdfTargetMilliseconds(settings.kdfTargetMilliseconds());
    };
    applySettings();
    connect(&Settings::instance(), &Settings::changed, this, applySettings);
    connect(m_autoLock, &QSpinBox::valueChanged, this,
            [](int minutes) { Settings::instance().setAutoLockMinutes(minutes); });
    setVaultPath(VaultLocation::resolve());
}

ProjectSecretsWorkspace::~ProjectSecretsWorkspace()
{
    m_session->lock(VaultSession::LockReason::Closing);
}

void ProjectSecretsWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Opening the vault tries the keyring first, once; after a lock the user
    // chooses (the button on the unlock page), so locking stays locking.
    if (!m_triedKeyring) {
        m_triedKeyring = true;
        unlockWithKeyringIfRemembered();
    }
}

void ProjectSecretsWorkspace::unlockWithKeyringIfRemembered()
{
    m_triedKeyring = true;
    if (m_session->state() != VaultSession::State::Locked) {
        return;
    }
    if (m_session->remembersPassphrase()) {
        m_unlockPage->showNotice(tr("Reading the passphrase from the system keyring…"));
        m_session->unlockWithKeyring();
    } else {
        m_unlockPage->setFocus();
    }
}

void ProjectSecretsWorkspace::changePassphrase()
{
    if (!m_session->isUnlocked()) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("changePassphraseDialog"));
    dialog.setWindowTitle(tr("Change the vault passphrase"));
    auto* first = new SecretField(&dialog);
    first->setObjectName(QStringLiteral("newVaultPassphrase"));
    first->setCopyVisible(false);
    first->setAccessibleName(tr("New passphrase"));
    auto* second = new SecretField(&dialog);
    second->setObjectName(QStringLiteral("repeatVaultPassphrase"));
    second->setCopyVisible(false);
    second->setAccessibleName(tr("Repeat the new passphrase"));
    auto* problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("passphraseProblem"));
    problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    auto* form = new QFormLayout(&dialog);
    auto* note = new QLabel(tr("The vault is saved under the new passphrase at once. %1 keeps the previous "
                               "file, still under the old passphrase, until the next save.")
                                .arg(Vault::backupPath(QFileInfo(m_session->path()).fileName())),
                            &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&New passphrase:"), first);
    form->addRow(tr("&Repeat:"), second);
    form->addRow(problem);
    form->addRow(buttons);
    const auto check = [first, second, problem, buttons] {
        const SecureBuffer a = first->secret();
        const SecureBuffer b = second->secret();
        const bool same = !a.isEmpty() && a.constantTimeEquals(b.view());
        problem->setText(a.isEmpty()               ? QString()
                             : b.isEmpty() || same ? QString()
                                                   : tr("The two passphrases differ."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(same);
    };
    connect(first, &SecretField::textChanged, &dialog, check);
    connect(second, &SecretField::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    const bool accepted = dialog.exec() == QDialog::Accepted && m_session->isUnlocked();
    SecureBuffer passphrase = first->secret();
    first->clear();
    second->clear();
    if (!accepted) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = m_session->changePassphrase(std::move(passphrase));
    QApplication::restoreOverrideCursor();
    showInfo(changed ? tr("The vault passphrase was changed.") : changed.error().message, !changed);
}

QAction* ProjectSecretsWorkspace::addAction(QWidget* bar,
                                            const QString& objectName,
                                            const QString& text,
                                            const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(tip);
    bar->addAction(action);
    return action;
}

void ProjectSecretsWorkspace::buildUi()
{
    m_pages = new QStackedWidget(this);
    m_unlockPage = new VaultUnlockPage(this);

    auto* main = new QWidget(this);
    main->setObjectName(QStringLiteral("vaultView"));
    m_vaultLabel = new QLabel(main);
    m_vaultLabel->setObjectName(QStringLiteral("vaultLabel"));
    m_vaultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search = new QLineEdit(main);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search projects and secrets"));
    m_search->setPlaceholderText(tr("Search projects and secrets"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_autoLock = new QSpinBox(main);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setAccessibleName(tr("Auto-lock"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("never"));
    m_autoLock->setToolTip(tr("Lock after this long without keyboard or mouse activity"));
    auto* lockButton = new QToolBar(main);
    QAction* lockAction
        = addAction(lockButton, QStringLiteral("lockButton"), tr("Lock"), tr("Lock the vault now"));
    lockAction->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    m_lock = lockAction;
    lockButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(lockAction, &QAction::triggered, this, &ProjectSecretsWorkspace::lock);
    m_changePassphrase = addAction(lockButton, QStringLiteral("changePassphrase"), tr("Passphrase…"),
                                   tr("Change the vault passphrase"));
    connect(m_changePassphrase, &QAction::triggered, this, &ProjectSecretsWorkspace::changePassphrase);

    auto* top = new QHBoxLayout;
    top->addWidget(m_vaultLabel, 1);
    top->addWidget(m_search);
    top->addWidget(new QLabel(tr("Auto-lock:"), main));
    top->addWidget(m_autoLock);
    top->addWidget(lockButton);

    m_info = new QLabel(main);
    m_info->setObjectName(QStringLiteral("infoBar"));
    m_info->setWordWrap(true);
    m_info->hide();

    // Projects
    auto* projectsPane = new QWidget(main);
    m_projects = new QListView(projectsPane);
    m_projects->setObjectName(QStringLiteral("projectList"));
    m_projects->setAccessibleName(tr("Projects"));
    m_projects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_projectModel = new ProjectListModel(this);
    m_projects->setModel(m_projectModel);
    // A 2x2 grid of buttons: one row would overflow the narrow pane.
    auto* projectButtons = new QWidget(projectsPane);
    projectButtons->setObjectName(QStringLiteral("projectButtons"));
    QAction* addProjectAction
        = addAction(projectButtons, QStringLiteral("addProject"), tr("Add"), tr("Add a project"));
    m_renameProject
        = addAction(projectButtons, QStringLiteral("renameProject"), tr("Rename"), tr("Rename the project"));
    m_removeProject = addAction(projectButtons, QStringLiteral("removeProject"), tr("Remove"),
                                tr("Remove the project and its secrets"));
    m_compare = addAction(projectButtons, QStringLiteral("compareProjects"), tr("Compare…"),
                          tr("Compare two projects' secrets without showing them"));
    auto* grid = new QGridLayout(projectButtons);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<QAction*> projectActions = projectButtons->actions();
    for (int i = 0; i < projectActions.size(); ++i) {
        auto* button = new QToolButton(projectButtons);
        button->setDefaultAction(projectActions[i]);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(button, i / 2, i % 2);
    }
    auto* projectsLayout = new QVBoxLayout(projectsPane);
    projectsLayout->setContentsMargins(0, 0, 0, 0);
    auto* projectsTitle = new QLabel(tr("<b>Projects</b>"), projectsPane);
    projectsLayout->addWidget(projectsTitle);
    projectsLayout->addWidget(m_projects, 1);
    projectsLayout->addWidget(projectButtons);

    // Secrets
    auto* secretsPane = new QWidget(main);
    auto* secretBar = new QToolBar(secretsPane);
    secretBar->setObjectName(QStringLiteral("secretToolBar"));
    auto* valueBar = new QToolBar(secretsPane);
    valueBar->setObjectName(QStringLiteral("valueToolBar"));
    m_addSecret
        = addAction(secretBar, QStringLiteral("addSecret"), tr("Add"),
                    tr("Add a MongoDB URL, a JWT secret, a Port client secret or an RSA private key"));
    m_secretActions << addAction(secretBar, QStringLiteral("replaceSecret"), tr("Replace value"),
                                 tr("Replace the value; the old one stays in the history"))
                    << addAction(secretBar, QStringLiteral("renameSecret"), tr("Rename"),
                                 tr("Rename; the history stays"))
                    << addAction(secretBar, QStringLiteral("removeSecret"), tr("Remove"),
                                 tr("Remove the secret and its history"));
    m_secretActions << addAction(valueBar, QStringLiteral("copyValue"), tr("Copy value"),
                                 tr("Copy the value; the clipboard is cleared after %1 s")
                                     .arg(ClipboardService::instance().clearTimeout()))
                    << addAction(valueBar, QStringLiteral("copyReference"), tr("Copy reference"),
                                 tr("Copy {{ secrets.NAME }} for a workflow node"))
                    << addAction(valueBar, QStringLiteral("revealValue"), tr("Reveal"),
                                 tr("Show the value for %1 s").arg(SecretField::DefaultRevealSeconds))
                    << addAction(valueBar, QStringLiteral("showHistory"), tr("History…"),
                                 tr("Earlier values: compare them and roll back"));
    m_secretActions[3]->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_secretActions[5]->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
    valueBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    valueBar->setIconSize(QSize(16, 16));
    m_secrets = new QTableView(secretsPane);
    m_secrets->setObjectName(QStringLiteral("secretTable"));
    m_secrets->setAccessibleName(tr("Secrets"));
    // Tab leaves the table (arrow keys move within it): no keyboard trap.
    m_secrets->setTabKeyNavigation(false);
    m_secretModel = new SecretTableModel(this);
    m_secrets->setModel(m_secretModel);
    m_secrets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_secrets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_secrets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secrets->verticalHeader()->hide();
    m_secrets->setWordWrap(false);
    m_secrets->verticalHeader()->setDefaultSectionSize(m_secrets->fontMetrics().height() + 10);
    m_secrets->horizontalHeader()->setStretchLastSection(true);
    for (const int column : { int(SecretTableModel::Name), int(SecretTableModel::Type),
                              int(SecretTableModel::Value), int(SecretTableModel::Updated) }) {
        m_secrets->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_secrets->setIconSize(QSize(16, 16));
    auto* secretsLayout = new QVBoxLayout(secretsPane);
    secretsLayout->setContentsMargins(0, 0, 0, 0);
    secretsLayout->addWidget(secretBar);
    secretsLayout->addWidget(valueBar);
    secretsLayout->addWidget(m_secrets, 1);

    // Details and leak check
    m_tabs = new QTabWidget(main);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_details = new SecretDetailsPanel(m_tabs);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setAccessibleName(tr("Secret details"));
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_leakCheck = new LeakCheckPanel(m_tabs);
    FocusChain::moveBefore({ scroll }, m_leakCheck); // the scroll area before the details it holds
    m_tabs->addTab(scroll, tr("Secret"));
    m_tabs->addTab(m_leakCheck, tr("Leak check"));

    auto* splitter = new QSplitter(Qt::Horizontal, main);
    splitter->setObjectName(QStringLiteral("secretsSplitter"));
    splitter->addWidget(projectsPane);
    splitter->addWidget(secretsPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 5);
    splitter->setSizes({ 160, 500, 420 });

    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->addLayout(top);
    mainLayout->addWidget(m_info);
    mainLayout->addWidget(splitter, 1);

    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(main);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    createMenuEntries(addProjectAction);
    connect(addProjectAction, &QAction::triggered, this, &ProjectSecretsWorkspace::addProject);
    connect(m_renameProject, &QAction::triggered, this, &ProjectSecretsWorkspace::renameProject);
    connect(m_removeProject, &QAction::triggered, this, &ProjectSecretsWorkspace::removeProject);
    connect(m_compare, &QAction::triggered, this, &ProjectSecretsWorkspace::compareProjects);
    connect(m_addSecret, &QAction::triggered, this, &ProjectSecretsWorkspace::addSecret);
    connect(m_secretActions[0], &QAction::triggered, this, &ProjectSecretsWorkspace::replaceSecret);
    connect(m_secretActions[1], &QAction::triggered, this, &ProjectSecretsWorkspace::renameSecret);
    connect(m_secretActions[2], &QAction::triggered, this, &ProjectSecretsWorkspace::removeSecret);
    connect(m_secretActions[3], &QAction::triggered, this, &ProjectSecretsWorkspace::copyValue);
    connect(m_secretActions[4], &QAction::triggered, this, &ProjectSecretsWorkspace::copyReference);
    connect(m_secretActions[5], &QAction::triggered, this, &ProjectSecretsWorkspace::revealValue);
    connect(m_secretActions[6], &QAction::triggered, this, &ProjectSecretsWorkspace::showHistory);
    connect(m_projects->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectSecretsWorkspace::onProjectSelected);
    connect(m_secrets->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectSecretsWorkspace::onSecretSelected);
    connect(m_secrets, &QTableView::doubleClicked, this, &ProjectSecretsWorkspace::replaceSecret);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString project = currentProject();
        const QString secret = currentSecret();
        m_projectModel->setFilter(text);
        selectProject(project);
        selectSecret(secret);
    });
    updateActions();
}

void ProjectSecretsWorkspace::createMenuEntries(QAction* addProjectAction)
{
    // The tool buttons keep their short labels; the menu says what each acts on.
    const auto entry = [this](QAction* action, const QString& text, const QKeySequence& shortcut = {}) {
        action->setIconText(action->text());
        action->setText(text);
        WorkspaceActions::setShortcut(action, shortcut, action->toolTip());
        WorkspaceActions::add(this, action);
    };
    entry(m_lock, tr("&Lock the vault"), QKeySequence(Qt::CTRL | Qt::Key_L));
    entry(m_changePassphrase, tr("Change &passphrase…"));
    m_find = new QAction(tr("&Find…"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    entry(m_find, m_find->text(), QKeySequence::Find);
    WorkspaceActions::addSeparator(this);
    entry(addProjectAction, tr("Add &project…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    entry(m_renameProject, tr("Rena&me project…"));
    entry(m_removeProject, tr("Remove project…"));
    entry(m_compare, tr("C&ompare projects…"));
    WorkspaceActions::addSeparator(this);
    entry(m_addSecret, tr("&Add secret…"), QKeySequence(Qt::CTRL | Qt::Key_N));
    entry(m_secretActions[0], tr("R&eplace value…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    entry(m_secretActions[1], tr("Re&name secret…"), QKeySequence(Qt::Key_F2));
    entry(m_secretActions[2], tr("Remove secret…"));
    WorkspaceActions::addSeparator(this);
    entry(m_secretActions[3], tr("&Copy value"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    entry(m_secretActions[4], tr("Copy re&ference"));
    entry(m_secretActions[5], tr("&Reveal value"), QKeySequence(Qt::CTRL | Qt::Key_R));
    entry(m_secretActions[6], tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H));
}

void ProjectSecretsWorkspace::setVaultPath(const QString& path)
{
    m_session->setPath(path);
    m_unlockPage->setVaultPath(path, VaultLocation::sourceOf());
    m_vaultLabel->setText(tr("Vault: %1").arg(path));
    onStateChanged(m_session->state());
}

void ProjectSecretsWorkspace::setDialogHooks(TextPrompt prompt, Confirmation confirm)
{
    m_prompt = std::move(prompt);
    m_confirm = std::move(confirm);
}

std::optional<QString>
ProjectSecretsWorkspace::prompt(const QString& title, const QString& label, const QString& initial)
{
    if (m_prompt) {
        return m_prompt(title, label, initial);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

bool ProjectSecretsWorkspace::confirm(const QString& title, const QString& text)
{
    if (m_confirm) {
        return m_confirm(title, text);
    }
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void ProjectSecretsWorkspace::onStateChanged(VaultSession::State state)
{
    switch (state) {
    case VaultSession::State::NoVault:
        m_unlockPage->setMode(VaultUnlockPage::Mode::Create);
        m_unlockPage->setBusy(false);
        m_pages->setCurrentWidget(m_unlockPage);
        break;
    case VaultSession::State::Locked:
        m_unlockPage->setMode(VaultUnlockPage::Mode::Unlock);
        m_unlockPage->setKeyringAvailable(m_session->remembersPassphrase());
        m_unlockPage->setBusy(false);
        m_pages->setCurrentWidget(m_unlockPage);
        break;
    case VaultSession::State::Busy:
        m_unlockPage->setBusy(true,
                              m_unlockPage->mode() == VaultUnlockPage::Mode::Create
                                  ? tr("Measuring this machine and deriving the key…")
                                  : tr("Deriving the key (Argon2id)…"));
        break;
    case VaultSession::State::Unlocked:
        m_unlockPage->setBusy(false);
        m_unlockPage->showNotice({});
        m_pages->setCurrentIndex(1);
        m_info->hide();
        break;
    }
}

void ProjectSecretsWorkspace::onLocked(VaultSession::LockReason reason)
{
    // Views of values first, then the models that point into the content.
    for (QDialog* dialog : findChildren<QDialog*>()) {
        dialog->reject();
        dialog->deleteLater();
    }
    m_details->clear();
    m_leakCheck->clear();
    m_secretModel->clear();
    m_projectModel->setContent(nullptr);
    ClipboardService::instance().clearIfOwned();
    updateActions();
    switch (reason) {
    case VaultSession::LockReason::Inactivity:
        m_unlockPage->showNotice(
            tr("Locked after %1 min without activity.").arg(m_session->autoLockMinutes()));
        break;
    case VaultSession::LockReason::SessionLocked:
        m_unlockPage->showNotice(tr("Locked because the desktop session was locked."));
        break;
    case VaultSession::LockReason::Manual:
    case VaultSession::LockReason::Closing:
        m_unlockPage->showNotice(tr("Locked."));
        break;
    }
}

void ProjectSecretsWorkspace::onContentChanged()
{
    const QString project = currentProject();
    const QString secret = currentSecret();
    m_projectModel->setContent(m_session->content());
    m_leakCheck->setContent(m_session->content());
    selectProject(project.isEmpty() ? m_projectModel->projectName(0) : project);
    selectSecret(secret);
    // Open views point into the content: refresh them or close them.
    for (auto* history : findChildren<SecretHistoryDialog*>()) {
        const Project* p = m_session->content()->project(history->project());
        const ProjectSecret* s = p ? p->secret(history->secretName()) : nullptr;
        if (s) {
            history->setSecret(history->project(), s);
        } else {
            history->setSecret({}, nullptr);
            history->reject();
        }
    }
    for (auto* compare : findChildren<ProjectCompareDialog*>()) {
        compare->setContent(m_session->content());
    }
    updateActions();
}

QString ProjectSecretsWorkspace::currentProject() const
{
    return m_projectModel->projectName(m_projects->currentIndex().row());
}

QString ProjectSecretsWorkspace::currentSecret() const
{
    return m_secretModel->secretName(m_secrets->currentIndex().row());
}

void ProjectSecretsWorkspace::selectProject(const QString& name)
{
    const int row = m_projectModel->rowOf(name);
    if (row < 0) {
        m_projects->setCurrentIndex({});
        onProjectSelected();
        return;
    }
    const QModelIndex index = m_projectModel->index(row);
    if (m_projects->currentIndex() == index) {
        onProjectSelected(); // same row, new content
    } else {
        m_projects->setCurrentIndex(index);
    }
}

void ProjectSecretsWorkspace::selectSecret(const QString& name)
{
    const int row = m_secretModel->rowOf(name);
    if (row < 0) {
        m_secrets->setCurrentIndex({});
        onSecretSelected();
        return;
    }
    const QModelIndex index = m_secretModel->index(row, SecretTableModel::Name);
    if (m_secrets->currentIndex() == index) {
        onSecretSelected();
    } else {
        m_secrets->setCurrentIndex(index);
    }
}

void ProjectSecretsWorkspace::onProjectSelected()
{
    const int row = m_projects->currentIndex().row();
    const QString secret = currentSecret();
    m_secretModel->setProject(m_session->content(), m_projectModel->projectName(row),
                              m_projectModel->visibleSecrets(row));
    selectSecret(secret.isEmpty() ? m_secretModel->secretName(0) : secret);
    updateActions();
}

const ProjectSecret* ProjectSecretsWorkspace::selectedSecret() const
{
    return m_secretModel->secret(m_secrets->currentIndex().row());
}

void ProjectSecretsWorkspace::onSecretSelected()
{
    m_details->setSecret(currentProject(), selectedSecret());
    updateActions();
}

void ProjectSecretsWorkspace::updateActions()
{
    const bool unlocked = m_session->isUnlocked();
    m_changePassphrase->setEnabled(unlocked);
    const bool project = unlocked && !currentProject().isEmpty();
    const bool secret = project && selectedSecret();
    m_lock->setEnabled(unlocked);
    m_find->setEnabled(unlocked);
    m_addSecret->setEnabled(project);
    m_renameProject->setEnabled(project);
    m_removeProject->setEnabled(project);
    m_compare->setEnabled(unlocked && m_session->content() && m_session->content()->projects().size() >= 2);
    for (QAction* action : std::as_const(m_secretActions)) {
        action->setEnabled(secret);
    }
}

void ProjectSecretsWorkspace::showInfo(const QString& text, bool error)
{
    m_info->setText(text);
    m_info->setStyleSheet(error ? QStringLiteral("color: %1").arg(severityColour(Severity::Error).name())
                                : QString());
    m_info->setVisible(!text.isEmpty());
}

bool ProjectSecretsWorkspace::apply(const std::function<Status(VaultContent&)>& change, const QString& done)
{
    auto applied = m_session->apply(change);
    if (!applied) {
        showInfo(applied.error().message, true);
        return false;
    }
    if (!done.isEmpty()) {
        showInfo(done);
    }
    return true;
}

void ProjectSecretsWorkspace::addProject()
{
    const auto name = prompt(tr("Add a project"), tr("Project name:"));
    if (!name || !m_session->isUnlocked()) {
        return;
    }
    if (apply([&name](VaultContent& c) { return c.addProject(*name); }, tr("Added project %1.").arg(*name))) {
        selectProject(*name);
    }
}

void ProjectSecretsWorkspace::renameProject()
{
    const QString old = currentProject();
    if (old.isEmpty()) {
        return;
    }
    const auto name = prompt(tr("Rename a project"), tr("New name for %1:").arg(old), old);
    if (!name || *name == old || !m_session->isUnlocked()) {
        return;
    }
    if (apply([&](VaultContent& c) { return c.renameProject(old, *name); })) {
        selectProject(*name);
    }
}

void ProjectSecretsWorkspace::removeProject()
{
    const QString name = currentProject();
    const Project* project = m_session->content() ? m_session->content()->project(name) : nullptr;
    if (!project) {
        return;
    }
    const QString text = tr("Remove the project %1 and its secrets (%2), with their history? Workflows that "
                            "refer to them will fail.")
                             .arg(name)
                             .arg(project->secrets.size());
    if (!confirm(tr("Remove a project"), text) || !m_session->isUnlocked()) {
        return;
    }
    apply([&name](VaultContent& c) { return c.removeProject(name); }, tr("Removed project %1.").arg(name));
}

void ProjectSecretsWorkspace::compareProjects()
{
    auto* dialog = new ProjectCompareDialog(this);
    dialog->setContent(m_session->content(), currentProject());
    dialog->open();
}

void ProjectSecretsWorkspace::addSecret()
{
    const QString project = currentProject();
    const Project* p = m_session->content() ? m_session->content()->project(project) : nullptr;
    if (!p) {
        return;
    }
    auto* dialog = new SecretEditorDialog(SecretEditorDialog::Mode::Add, project, this);
    dialog->setExistingNames(secretNames(*p));
    connect(dialog, &QDialog::accepted, this, [this, dialog, project] {
        const QString name = dialog->name();
        const ProjectSecretType type = dialog->type();
        const SecureBuffer value = dialog->value();
        if (apply(
                [&](VaultContent& c) { return statusOf(c.setSecret(project, name, type, value.view())); },
                tr("Added %1; workflows refer to it as %2.").arg(name, ProjectSecret::referenceFor(name)))) {
            selectProject(project);
            selectSecret(name);
        }
    });
    dialog->open();
}

void ProjectSecretsWorkspace::renameSecret()
{
    const ProjectSecret* secret = selectedSecret();
    if (!secret) {
        return;
    }
    const QString project = currentProject();
    auto* dialog = new SecretEditorDialog(SecretEditorDialog::Mode::Rename, project, this);
    dialog->setExistingNames(secretNames(*m_session->content()->project(project)));
    dialog->setSecret(secret->name, secret->type);
    const QString old = secret->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, project, old] {
        const QString name = dialog->name();
        if (name != old
            && apply([&](VaultContent& c) { return c.renameSecret(project, old, name); },
                     tr("Renamed; update the workflows that use %1 to %2.")
                         .arg(ProjectSecret::referenceFor(old), ProjectSecret::referenceFor(name)))) {
            selectSecret(name);
        }
    });
    dialog->open();
}

void ProjectSecretsWorkspace::replaceSecret()
{
    const ProjectSecret* secret = selectedSecret();
    if (!secret) {
        return;
    }
    const QString project = currentProject();
    auto* dialog = new SecretEditorDialog(SecretEditorDialog::Mode::Replace, project, this);
    dialog->setSecret(secret->name, secret->type);
    connect(dialog, &QDialog::accepted, this, [this, dialog, project] {
        const QString name = dialog->name();
        const ProjectSecretType type = dialog->type();
        const SecureBuffer value = dialog->value();
        SetOutcome outcome = SetOutcome::Unchanged;
        if (apply([&](VaultContent& c) {
                return statusOf(c.setSecret(project, name, type, value.view()), &outcome);
            })) {
            showInfo(outcome == SetOutcome::Unchanged
                         ? tr("%1 already had this value.").arg(name)
                         : tr("Replaced %1; the previous value is in its history. Every "
                              "workflow using %2 gets the new value.")
                               .arg(name, ProjectSecret::referenceFor(name)));
            selectSecret(name);
        }
    });
    dialog->open();
}

void ProjectSecretsWorkspace::replaceWithGenerated(int randomBytes)
{
    const ProjectSecret* secret = selectedSecret();
    if (!secret || secret->type != ProjectSecretType::JwtSecret) {
        return;
    }
    const QString project = currentProject();
    const QString name = secret->name;
    if (!confirm(
            tr("Generate a new JWT secret"),
            tr("Replace %1 with %2 new random bytes? Tokens signed with the current secret will no longer "
               "verify; the current value stays in the history.")
                .arg(name)
                .arg(randomBytes))
        || !m_session->isUnlocked()) {
        return;
    }
    auto generated = Jwt::generateSecret(randomBytes);
    if (!generated) {
        showInfo(generated.error().message, true);
        return;
    }
    apply(
        [&](VaultContent& c) {
            return statusOf(c.setSecret(project, name, ProjectSecretType::JwtSecret, generated->view()));
        },
        tr("Generated a new secret for %1.").arg(name));
}

void ProjectSecretsWorkspace::removeSecret()
{
    const ProjectSecret* secret = selectedSecret();
    if (!secret) {
        return;
    }
    const QString project = currentProject();
    const QString name = secret->name;
    if (!confirm(
            tr("Remove a secret"),
            tr("Remove %1 and its history? Workflows that use %2 will fail.").arg(name, secret->reference()))
        || !m_session->isUnlocked()) {
        return;
    }
    apply([&](VaultContent& c) { return c.removeSecret(project, name); }, tr("Removed %1.").arg(name));
}

void ProjectSecretsWorkspace::copyValue()
{
    if (const ProjectSecret* secret = selectedSecret()) {
        // A private key copies as its PEM; its passphrase is copied from the details.
        auto stored = secret->type == ProjectSecretType::RsaPrivateKey
            ? StoredPrivateKey::decode(secret->current().value.view())
            : Result<StoredPrivateKey>(std::unexpected(Error { ErrorKind::Usage, {} }));
        ClipboardService::instance().copySecret(
            QString::fromUtf8(stored ? stored->pem.view() : secret->current().value.view()));
        showInfo(tr("Copied the value of %1; the clipboard is cleared in %2 s.")
                     .arg(secret->name)
                     .arg(ClipboardService::instance().clearTimeout()));
    }
}

void ProjectSecretsWorkspace::copyReference()
{
    if (const ProjectSecret* secret = selectedSecret()) {
        ClipboardService::instance().copyText(secret->reference());
        showInfo(tr("Copied %1.").arg(secret->reference()));
    }
}

void ProjectSecretsWorkspace::revealValue()
{
    if (selectedSecret()) {
        m_tabs->setCurrentIndex(0);
        m_details->revealValue();
    }
}

void ProjectSecretsWorkspace::showHistory()
{
    const ProjectSecret* secret = selectedSecret();
    if (!secret) {
        return;
    }
    auto* dialog = new SecretHistoryDialog(this);
    dialog->setSecret(currentProject(), secret);
    connect(dialog, &SecretHistoryDialog::rollbackRequested, this,
            [this](const QString& project, const QString& name, quint32 version) {
                if (confirm(tr("Roll back"),
                            tr("Make version %1 of %2 the current value again? The current value "
                               "stays in the history.")
                                .arg(version)
                                .arg(name))
                    && m_session->isUnlocked()) {
                    apply([&](VaultContent& c) { return c.rollbackSecret(project, name, version); },
                          tr("%1 has the value of version %2 again.").arg(name).arg(version));
                }
            });
    dialog->open();
}

void ProjectSecretsWorkspace::lock()
{
    m_session->lock(VaultSession::LockReason::Manual);
}

} // namespace sb
