// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceActions.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace sb::WorkspaceActions {

namespace {

// Keeps an action's enabled state equal to its button's.
class EnabledFollower : public QObject
{
public:
    EnabledFollower(QAbstractButton* button, QAction* action)
        : QObject(action)
        , m_action(action)
    {
        button->installEventFilter(this);
        action->setEnabled(button->isEnabled());
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            m_action->setEnabled(static_cast<QWidget*>(watched)->isEnabled());
        }
        return false;
    }

private:
    QAction* m_action;
};

QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

} // namespace

QString tipWithShortcut(const QString& tip, const QKeySequence& shortcut)
{
    if (shortcut.isEmpty()) {
        return tip;
    }
    //: A tooltip and the shortcut that does the same: "Send (Ctrl+Return)"
    return QCoreApplication::translate("sb::WorkspaceActions", "%1 (%2)")
        .arg(tip, shortcut.toString(QKeySequence::NativeText));
}

void setShortcut(QAction* action, const QKeySequence& shortcut, const QString& tip)
{
    action->setShortcut(shortcut);
    action->setToolTip(tipWithShortcut(tip.isEmpty() ? plainText(action->text()) : tip, shortcut));
}

QAction* forButton(QWidget* workspace,
                   QAbstractButton* button,
                   const QString& text,
                   const QKeySequence& shortcut,
                   std::function<void()> before)
{
    auto* action = new QAction(text, workspace);
    action->setObjectName(button->objectName() + QStringLiteral("Action"));
    const QString tip = button->toolTip().isEmpty() ? plainText(text) : button->toolTip();
    setShortcut(action, shortcut, tip);
    button->setToolTip(action->toolTip());
    new EnabledFollower(button, action);
    QObject::connect(action, &QAction::triggered, button, [button, before = std::move(before)] {
        if (before) {
            before();
        }
        button->click();
    });
    workspace->addAction(action);
    return action;
}

void add(QWidget* workspace, QAction* action)
{
    workspace->addAction(action);
}

void addSeparator(QWidget* workspace)
{
    auto* separator = new QAction(workspace);
    separator->setSeparator(true);
    workspace->addAction(separator);
}

} // namespace sb::WorkspaceActions
