// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "inspector/BatchInspector.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sb {

class BatchTableModel;

// Every encrypted value of a body or a log in a table (JSON path, format,
// status, masked value), decrypted in the background with progress and
// cancel, and exported on request (values only when asked for explicitly).
class BatchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BatchPanel(QWidget* parent = nullptr);

    BatchInspector* batch() const { return m_batch; }
    BatchTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    void start(QByteArray input, InputKind kind, DiagnosisKeys keys);
    void clear();
    // Writes the rows to `path` (CSV or, for *.jsonl / *.json, JSON lines) with QSaveFile.
    Status exportTo(const QString& path, bool includeValues);

Q_SIGNALS:
    // A row was selected: the workspace shows it in full.
    void rowActivated(int row);

private:
    void updateSummary();
    void chooseExport();

    BatchInspector* m_batch;
    BatchTableModel* m_model;
    QTableView* m_table;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_export;
    QLabel* m_summary;
};

} // namespace sb
