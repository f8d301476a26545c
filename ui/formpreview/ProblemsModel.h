// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs/LintProblem.h"

#include <QAbstractTableModel>

namespace sb {

// Lint problems for a table: severity, location, message, fix.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        LocationColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ProblemsModel(QObject* parent = nullptr);

    void setProblems(QList<LintProblem> problems);
    const QList<LintProblem>& problems() const { return m_problems; }
    const LintProblem* problem(int row) const;
    int count(Severity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LintProblem> m_problems;
};

} // namespace sb
