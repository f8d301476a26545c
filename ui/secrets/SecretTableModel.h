// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QAbstractTableModel>

namespace sb {

// One project's secrets: name, type (with its icon), the value masked,
// the last update and the number of versions kept. Never returns a value.
class SecretTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Value,
        Updated,
        Versions,
        ColumnCount
    };
    // The mask shown for every value: fixed, so it does not tell the length.
    static constexpr QStringView Mask = u"••••••••";

    explicit SecretTableModel(QObject* parent = nullptr);

    // `rows` are indexes into the project's secrets (the search filter).
    void setProject(const VaultContent* content, const QString& project, const QList<int>& rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString secretName(int row) const;
    int rowOf(const QString& name) const;
    const ProjectSecret* secret(int row) const;
    const QString& project() const { return m_project; }

private:
    const VaultContent* m_content = nullptr;
    QString m_project;
    QList<int> m_rows;
};

} // namespace sb
