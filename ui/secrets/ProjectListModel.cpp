// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectListModel.h"

namespace sb {

ProjectListModel::ProjectListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ProjectListModel::setContent(const VaultContent* content)
{
    m_content = content;
    refresh();
}

void ProjectListModel::setFilter(const QString& query)
{
    m_filter = query;
    refresh();
}

void ProjectListModel::refresh()
{
    beginResetModel();
    m_hits = m_content ? searchVault(*m_content, m_filter) : QList<SearchHit>();
    endResetModel();
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!m_content || !index.isValid() || index.row() >= m_hits.size()) {
        return {};
    }
    const Project& project = m_content->projects()[size_t(m_hits[index.row()].project)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return project.name;
    case Qt::ToolTipRole:
        return tr("Secrets: %1").arg(project.secrets.size());
    default:
        return {};
    }
}

QString ProjectListModel::projectName(int row) const
{
    if (!m_content || row < 0 || row >= m_hits.size()) {
        return {};
    }
    return m_content->projects()[size_t(m_hits[row].project)].name;
}

int ProjectListModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_hits.size(); ++row) {
        if (projectName(row) == name) {
            return row;
        }
    }
    return -1;
}

QList<int> ProjectListModel::visibleSecrets(int row) const
{
    if (!m_content || row < 0 || row >= m_hits.size()) {
        return {};
    }
    const SearchHit& hit = m_hits[row];
    if (hit.projectNameMatched) {
        QList<int> all;
        for (int i = 0; i < int(m_content->projects()[size_t(hit.project)].secrets.size()); ++i) {
            all << i;
        }
        return all;
    }
    return hit.secrets;
}

} // namespace sb
