#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace sb {

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

    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;
    QWidget* workspaceWidget(Workspace workspace) const;

private:
    void addWorkspace(const QString& iconPath, const QString& title, QWidget* widget);
    void createMenus();
    void showAbout();
    void showSettings();
    void showFormatsReference();

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    class FormatsReference* m_reference = nullptr;
};

} // namespace sb
