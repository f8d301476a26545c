// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace sb::FocusChain {

// Moves each block (a widget and its descendants, in their own order) to just
// before `before` in the window's tab chain, in the order given. Qt appends a
// widget to the chain when it is created, so controls made after the ones
// they precede on screen (a form's fields built on demand, a button row made
// after the editor below it) need this to be reached in reading order.
void moveBefore(const QList<QWidget*>& blocks, QWidget* before);

// Chains the widgets in the order given. Name the stops of a compound widget
// that holds more than one (a key picker's list and its unlock button): Qt 6.4
// moves only the focus proxy of a compound `second`, leaving its other stops
// behind.
void inOrder(const QList<QWidget*>& widgets);

} // namespace sb::FocusChain
