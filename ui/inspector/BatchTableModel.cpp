// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchTableModel.h"

#include "inspector/BatchInspector.h"
#include "widgets/SeverityStyle.h"

#include <QFontDatabase>

namespace sb {

BatchTableModel::BatchTableModel(BatchInspector* batch, QObject* parent)
    : QAbstractTableModel(parent)
    , m_batch(batch)
{
    m_insert.setSingleShot(true);
    m_insert.setInterval(InsertIntervalMs);
    connect(&m_insert, &QTimer::timeout, this, &BatchTableModel::flush);
    connect(batch, &BatchInspector::rowsAppended, this, [this](qsizetype first, qsizetype) {
        // The first rows at once (something to look at), the rest in batches.
        if (first == 0) {
            flush();
        } else if (!m_insert.isActive()) {
            m_insert.start();
        }
    });
    connect(batch, &BatchInspector::finished, this, &BatchTableModel::flush);
    connect(batch, &BatchInspector::aboutToClear, this, [this] {
        m_insert.stop();
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

void BatchTableModel::flush()
{
    m_insert.stop();
    const int available = static_cast<int>(m_batch->rows().size());
    if (available > m_rows) {
        beginInsertRows({}, m_rows, available - 1);
        m_rows = available;
        endInsertRows();
    }
}

int BatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BatchRow* BatchTableModel::row(int index) const
{
    if (index < 0 || index >= m_rows) {
        return nullptr;
    }
    return &m_batch->rows()[static_cast<std::size_t>(index)];
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const
{
    const BatchRow* r = row(index.row());
    if (!r) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return r->line > 0 ? QVariant(r->line) : QVariant();
        case PathColumn:
            return r->path.isEmpty() ? tr("(whole line)") : r->path;
        case FormatColumn:
            return r->format;
        case StatusColumn:
            return r->message;
        case ValueColumn:
            return r->status == BatchRow::Status::Decrypted
                ? tr("%1 %n bytes", nullptr, static_cast<int>(r->value.size())).arg(QString(8, QChar(0x2022)))
                : QString();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (r->status) {
        case BatchRow::Status::Decrypted:
            return severityColour(Severity::Ok);
        case BatchRow::Status::NoKey:
            return severityColour(Severity::Info);
        case BatchRow::Status::Failed:
        case BatchRow::Status::Malformed:
            return severityColour(Severity::Error);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ValueColumn && r->status == BatchRow::Status::Decrypted) {
            return tr("Select the row to see the value (masked until revealed).");
        }
        return r->message;
    }
    if (role == Qt::FontRole && (index.column() == PathColumn || index.column() == ValueColumn)) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
    if (role == Qt::UserRole && index.column() == StatusColumn) {
        return batchStatusName(r->status);
    }
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case PathColumn:
        return tr("JSON path");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

} // namespace sb
