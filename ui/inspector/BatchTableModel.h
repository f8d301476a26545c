// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QTimer>

namespace sb {

class BatchInspector;
struct BatchRow;

// The batch table: every encrypted value of a body or a log with its JSON
// path, format, status and masked value. It follows a BatchInspector, whose
// rows arrive in chunks while the work goes on in the background; values are
// never shown here, only their length.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        PathColumn,
        FormatColumn,
        StatusColumn,
        ValueColumn,
        ColumnCount
    };

    explicit BatchTableModel(BatchInspector* batch, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BatchRow* row(int index) const;

    // Rows arriving while a batch runs are shown at most this often: a
    // thousand small insertions would each cost the view a relayout.
    static constexpr int InsertIntervalMs = 60;

private:
    void flush();

    BatchInspector* m_batch;
    QTimer m_insert;
    int m_rows = 0;
};

} // namespace sb
