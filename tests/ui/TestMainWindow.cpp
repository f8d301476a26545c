#include "MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

using namespace sb;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeWorkspaces();
    void navigationSwitchesWorkspace();
    void shortcutsSwitchWorkspace();
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
