// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QStandardItemModel;

namespace sb {

class CodeEditor;

// Paste a log, an HTTP response or a config file (or open one) and see every
// place a secret of the unlocked vault appears in it -- raw or encoded --
// with its line and column. Findings never show the secret.
class LeakCheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LeakCheckPanel(QWidget* parent = nullptr);

    // nullptr while locked.
    void setContent(const VaultContent* content);
    void setText(const QString& text);
    void check();
    // Empties the text (it may hold secrets) and the findings.
    void clear();
    int findingCount() const;

private:
    void openFile();
    void goToFinding(const QModelIndex& index);

    const VaultContent* m_content = nullptr;
    CodeEditor* m_text;
    QComboBox* m_project;
    QCheckBox* m_history;
    QLabel* m_summary;
    QListView* m_findings;
    QStandardItemModel* m_model;
};

} // namespace sb
