// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sb {

// A secret's versions (number, when set, length), a masked comparison of two
// of them (same or changed, lengths, and for a MongoDB URL which parts
// changed) and rollback. Never shows a value.
class SecretHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecretHistoryDialog(QWidget* parent = nullptr);

    // Shows `secret` (call again after it changed); nullptr closes nothing but empties the view.
    void setSecret(const QString& project, const ProjectSecret* secret);
    const QString& project() const { return m_project; }
    const QString& secretName() const { return m_name; }

Q_SIGNALS:
    void rollbackRequested(const QString& project, const QString& secret, quint32 version);

private:
    void updateComparison();
    quint32 selectedVersion() const;

    QString m_project;
    QString m_name;
    ProjectSecretType m_type = ProjectSecretType::JwtSecret;
    // Lengths and numbers only; the values are compared through the secret.
    const ProjectSecret* m_secret = nullptr;
    QLabel* m_title;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QLabel* m_comparison;
    QPushButton* m_rollback;
};

} // namespace sb
