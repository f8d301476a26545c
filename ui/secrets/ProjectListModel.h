// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretComparison.h"

#include <QAbstractListModel>

namespace sb {

// The vault's projects, filtered by the workspace's search. Reads the
// content it is given and holds no copy of anything secret.
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ProjectListModel(QObject* parent = nullptr);

    // nullptr while the vault is locked.
    void setContent(const VaultContent* content);
    void setFilter(const QString& query);
    // Call after the content changed.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    QString projectName(int row) const;
    int rowOf(const QString& name) const;
    // The secrets of `row` the filter keeps (all when the project name matched).
    QList<int> visibleSecrets(int row) const;

private:
    const VaultContent* m_content = nullptr;
    QString m_filter;
    QList<SearchHit> m_hits;
};

} // namespace sb
