// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/Kdf.h"
#include "secrets/VaultSession.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace sb {

class LeakCheckPanel;
class ProjectListModel;
class SecretDetailsPanel;
class SecretTableModel;
class SessionLockWatcher;
class UserActivityFilter;
class VaultUnlockPage;

// Workspace 3: per-project MongoDB URLs and JWT secrets in the encrypted
// vault. Projects on the left, the selected project's secrets in a table,
// the selected secret's details (reveal, copy, reference, MongoDB or JWT
// tools) and the leak check on the right. Locks by hand, after inactivity and
// with the desktop session; locking wipes the decrypted content and the key,
// closes every view of a value, and clears a clipboard holding one of ours.
class ProjectSecretsWorkspace : public QWidget
{
    Q_OBJECT
public:
    // Answers for the questions the workspace asks; tests replace them.
    using TextPrompt = std::function<std::optional<QString>(
        const QString& title, const QString& label, const QString& initial)>;
    using Confirmation = std::function<bool(const QString& title, const QString& text)>;

    // `session` is the application's one vault session (MainWindow's); without
    // one the workspace keeps its own (tests, demos).
    explicit ProjectSecretsWorkspace(QWidget* parent = nullptr, VaultSession* session = nullptr);
    ~ProjectSecretsWorkspace() override;

    VaultSession& session() { return *m_session; }
    SessionLockWatcher* sessionLockWatcher() const { return m_lockWatcher; }
    void setVaultPath(const QString& path);
    // Parameters for a vault created here instead of calibrating them; the
    // floor still applies. For tests and demos.
    void setKdfParamsForNewVaults(std::optional<KdfParams> params) { m_kdfParams = params; }
    void setDialogHooks(TextPrompt prompt, Confirmation confirm);

    QString currentProject() const;
    QString currentSecret() const;
    void selectProject(const QString& name);
    void selectSecret(const QString& name);

    void addProject();
    void renameProject();
    void removeProject();
    void compareProjects();
    void addSecret();
    void renameSecret();
    void replaceSecret();
    void removeSecret();
    void copyValue();
    void copyReference();
    void revealValue();
    void showHistory();
    void lock();
    void changePassphrase();
    // Opens the vault with the passphrase kept in the system keyring when the
    // user asked to remember it; otherwise (or when that fails) the unlock page
    // asks for it.
    void unlockWithKeyringIfRemembered();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    QAction* addAction(QWidget* bar, const QString& objectName, const QString& text, const QString& tip);
    void createMenuEntries(QAction* addProjectAction);
    void onStateChanged(VaultSession::State state);
    void onLocked(VaultSession::LockReason reason);
    void onContentChanged();
    void onProjectSelected();
    void onSecretSelected();
    void updateActions();
    bool apply(const std::function<Status(VaultContent&)>& change, const QString& done = {});
    void showInfo(const QString& text, bool error = false);
    void replaceWithGenerated(int randomBytes);
    const ProjectSecret* selectedSecret() const;
    std::optional<QString> prompt(const QString& title, const QString& label, const QString& initial = {});
    bool confirm(const QString& title, const QString& text);

    VaultSession* m_session;
    bool m_triedKeyring = false;
    std::optional<KdfParams> m_kdfParams;
    TextPrompt m_prompt;
    Confirmation m_confirm;
    SessionLockWatcher* m_lockWatcher;
    UserActivityFilter* m_activity;

    QStackedWidget* m_pages;
    VaultUnlockPage* m_unlockPage;
    QLabel* m_vaultLabel;
    QLineEdit* m_search;
    QSpinBox* m_autoLock;
    QLabel* m_info;
    QListView* m_projects;
    ProjectListModel* m_projectModel;
    QTableView* m_secrets;
    SecretTableModel* m_secretModel;
    QTabWidget* m_tabs;
    SecretDetailsPanel* m_details;
    LeakCheckPanel* m_leakCheck;
    QList<QAction*> m_secretActions;
    QAction* m_addSecret = nullptr;
    QAction* m_renameProject = nullptr;
    QAction* m_removeProject = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_changePassphrase = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_find = nullptr;
};

} // namespace sb
