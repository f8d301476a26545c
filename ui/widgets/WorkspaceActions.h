// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QString>

#include <functional>

class QAbstractButton;
class QAction;
class QWidget;

namespace sb {

// The actions a workspace puts in the main window's menu (its actions(),
// separators included), with their keyboard shortcuts. An action added to a
// workspace fires its shortcut only while that workspace is shown.
namespace WorkspaceActions {

// "Send (Ctrl+Return)": a tooltip that names the shortcut, as the platform writes it.
QString tipWithShortcut(const QString& tip, const QKeySequence& shortcut);

// Sets the shortcut and names it in the action's tooltip (and so in the tooltip
// of a tool button showing the action). `tip` defaults to the action's text.
void setShortcut(QAction* action, const QKeySequence& shortcut, const QString& tip = {});

// A menu entry and shortcut for a button of `workspace`: triggering it presses
// the button, so it does exactly what a click does, and nothing while the
// button is disabled; the action is enabled while the button is. The button's
// tooltip names the shortcut. `before` runs first (to show the tab holding the
// button, for instance).
QAction* forButton(QWidget* workspace,
                   QAbstractButton* button,
                   const QString& text,
                   const QKeySequence& shortcut = {},
                   std::function<void()> before = {});

// Adds an action (or a separator) to the workspace's menu.
void add(QWidget* workspace, QAction* action);
void addSeparator(QWidget* workspace);

} // namespace WorkspaceActions

} // namespace sb
