// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretTableModel.h"

#include "UiResources.h"
#include "widgets/SecretTypeStyle.h"

#include <QIcon>
#include <QLocale>

namespace sb {

SecretTableModel::SecretTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    initUiResources();
}

void SecretTableModel::setProject(const VaultContent* content, const QString& project, const QList<int>& rows)
{
    beginResetModel();
    m_content = content;
    m_project = project;
    m_rows = rows;
    endResetModel();
}

void SecretTableModel::clear()
{
    setProject(nullptr, {}, {});
}

int SecretTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecretTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ProjectSecret* SecretTableModel::secret(int row) const
{
    if (!m_content || row < 0 || row >= m_rows.size()) {
        return nullptr;
    }
    const Project* project = m_content->project(m_project);
    if (!project || m_rows[row] >= int(project->secrets.size())) {
        return nullptr;
    }
    return &project->secrets[size_t(m_rows[row])];
}

QVariant SecretTableModel::data(const QModelIndex& index, int role) const
{
    const ProjectSecret* s = secret(index.row());
    if (!s) {
        return {};
    }
    const QDateTime updated = s->current().updated().toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s->name;
        case Type:
            // Short: the icon says it too, and the details say it in full.
            return secretTypeShortName(s->type);
        case Value:
            return Mask.toString();
        case Updated:
            return updated.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Versions:
            return int(s->versions.size());
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Type) {
            return secretTypeIcon(s->type);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return tr("Used in workflows as %1").arg(s->reference());
        case Value:
            return tr("Hidden. Reveal or copy it from the details.");
        case Updated:
            return QLocale().toString(updated, QLocale::LongFormat);
        case Versions:
            return tr("Version %1; earlier values kept: %2")
                .arg(s->current().number)
                .arg(s->versions.size() - 1);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Versions ? QVariant(Qt::AlignCenter) : QVariant();
    default:
        return {};
    }
}

QVariant SecretTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Value:
        return tr("Value");
    case Updated:
        return tr("Updated");
    case Versions:
        return tr("Versions");
    default:
        return {};
    }
}

QString SecretTableModel::secretName(int row) const
{
    const ProjectSecret* s = secret(row);
    return s ? s->name : QString();
}

int SecretTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (secretName(row) == name) {
            return row;
        }
    }
    return -1;
}

} // namespace sb
