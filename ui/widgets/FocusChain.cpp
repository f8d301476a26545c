// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusChain.h"

#include <QWidget>

namespace sb::FocusChain {

namespace {

bool inBlock(const QWidget* block, const QWidget* w)
{
    return w == block || block->isAncestorOf(w);
}

// The block's entries that QWidget::setTabOrder can move, in chain order: a
// compound widget (one whose focus proxy is its child) carries its children.
QList<QWidget*> movableEntries(QWidget* block)
{
    QList<QWidget*> out;
    QWidget* compound = nullptr;
    // A container's own stop (a scroll area) before what it contains.
    if (block->focusPolicy() != Qt::NoFocus) {
        out << block;
        if (block->focusProxy() && block->isAncestorOf(block->focusProxy())) {
            return out;
        }
    }
    QWidget* window = block->window();
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w == block || !block->isAncestorOf(w) || w->focusPolicy() == Qt::NoFocus
            || (compound && compound->isAncestorOf(w))) {
            continue;
        }
        out << w;
        if (w->focusProxy() && w->isAncestorOf(w->focusProxy())) {
            compound = w;
        }
    }
    return out;
}

} // namespace

void moveBefore(const QList<QWidget*>& blocks, QWidget* before)
{
    for (QWidget* block : blocks) {
        const QList<QWidget*> entries = movableEntries(block);
        QWidget* anchor = before->previousInFocusChain();
        while (anchor != before && (anchor->focusPolicy() == Qt::NoFocus || inBlock(block, anchor))) {
            anchor = anchor->previousInFocusChain();
        }
        if (anchor == before) {
            continue; // nothing focusable to put them after
        }
        for (QWidget* entry : entries) {
            QWidget::setTabOrder(anchor, entry);
            anchor = entry;
        }
    }
}

void inOrder(const QList<QWidget*>& widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i) {
        QWidget::setTabOrder(widgets[i - 1], widgets[i]);
    }
}

} // namespace sb::FocusChain
