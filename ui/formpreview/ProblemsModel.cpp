// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemsModel.h"

#include "widgets/SeverityStyle.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace sb {

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ProblemsModel::setProblems(QList<LintProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

const LintProblem* ProblemsModel::problem(int row) const
{
    return row >= 0 && row < m_problems.size() ? &m_problems[row] : nullptr;
}

int ProblemsModel::count(Severity severity) const
{
    return static_cast<int>(
        std::count_if(m_problems.begin(), m_problems.end(),
                      [severity](const LintProblem& p) { return p.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    const LintProblem* p = problem(index.row());
    if (!p) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(p->severity);
        case LocationColumn:
            return p->location.isValid()
                ? QStringLiteral("%1:%2").arg(p->location.line).arg(p->location.column)
                : QString();
        case MessageColumn:
            return p->message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return severityIcon(p->severity);
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("<p>%1</p><p><b>Fix:</b> %2</p><p><small>%3 &middot; %4</small></p>")
            .arg(p->message.toHtmlEscaped(), p->fix.toHtmlEscaped(), p->rule,
                 p->location.pointer.toHtmlEscaped());
    case Qt::UserRole:
        return p->rule;
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Line:col");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace sb
