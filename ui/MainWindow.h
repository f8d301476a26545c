// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <optional>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace sb {

class Keyring;
class VaultSession;

// The application window: a workspace list on the left, the selected
// workspace on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Workspace
    {
        FormPreview = 0,
        Inspector = 1,
        ProjectSecrets = 2
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void showWorkspace(Workspace workspace);
    // Opens a file in the workspace its content belongs to (a definition in
    // the form preview, an envelope, body or log in the inspector, a vault in
    // project secrets). On failure returns false with the reason in `error`.
    bool openFile(const QString& path, QString* error = nullptr);
    Workspace currentWorkspace() const;
    QWidget* workspaceWidget(Workspace workspace) const;

    // The application's one vault session: every workspace sees the same lock
    // state, and locking takes the vault's keys away everywhere.
    VaultSession& vaultSession() const { return *m_vaultSession; }
    // A workspace needs the vault unlocked: the project-secrets unlock flow
    // (the keyring first, when the passphrase is remembered), then back to it.
    void requestVaultUnlock(Workspace from);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool openVault(const QString& path, QString* error);
    void addWorkspace(const QString& iconPath, const QString& title, QWidget* widget);
    void createMenus();
    void updateWorkspaceMenu();
    void showAbout();
    void showSettings();
    void showFormatsReference();

    Keyring* m_keyring;
    VaultSession* m_vaultSession;
    std::optional<Workspace> m_returnAfterUnlock;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    class FormatsReference* m_reference = nullptr;
    QList<QMenu*> m_workspaceMenus;
    QMenu* m_helpMenu = nullptr;
};

} // namespace sb
