// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchPanel.h"

#include "inspector/BatchTableModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sb {

BatchPanel::BatchPanel(QWidget* parent)
    : QWidget(parent)
    , m_batch(new BatchInspector(this))
    , m_model(new BatchTableModel(m_batch, this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("batchPanel"));
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setAccessibleName(tr("Encrypted values"));
    // Tab leaves the table (arrow keys move within it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights and no content-sized columns: inserting thousands of rows stays cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->resizeSection(BatchTableModel::LineColumn, 52);
    header->resizeSection(BatchTableModel::PathColumn, 200);
    header->resizeSection(BatchTableModel::FormatColumn, 130);
    header->setSectionResizeMode(BatchTableModel::StatusColumn, QHeaderView::Stretch);
    header->resizeSection(BatchTableModel::ValueColumn, 125);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_export->setObjectName(QStringLiteral("batchExport"));
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_cancel, &QPushButton::clicked, m_batch, &BatchInspector::cancel);
    connect(m_export, &QPushButton::clicked, this, &BatchPanel::chooseExport);
    connect(m_batch, &BatchInspector::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(static_cast<int>(std::max<qint64>(total, 1)));
        m_progress->setValue(static_cast<int>(done));
    });
    connect(m_batch, &BatchInspector::finished, this, &BatchPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (first == 0 && !m_table->selectionModel()->hasSelection()) {
            // On the next turn: the table is drawn before the first row is shown in full.
            QTimer::singleShot(0, this, [this] {
                if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection()) {
                    m_table->selectRow(0);
                }
            });
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    Q_EMIT rowActivated(current.row());
                }
            });
    clear();
}

void BatchPanel::start(QByteArray input, InputKind kind, DiagnosisKeys keys)
{
    m_table->clearSelection();
    m_summary->setText(tr("Reading and decrypting in the background…"));
    m_cancel->setEnabled(true);
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_batch->start(std::move(input), kind, std::move(keys));
}

void BatchPanel::clear()
{
    m_batch->clear();
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_export->setEnabled(false);
    m_summary->setText(tr("A JSON body or a log of bodies lists every encrypted value here."));
}

void BatchPanel::updateSummary()
{
    const BatchCounts& c = m_batch->counts();
    const QLocale locale;
    QString text = tr("%1 encrypted values: %2 decrypted, %3 failed, %4 malformed")
                       .arg(locale.toString(qint64(m_batch->rows().size())), locale.toString(c.decrypted),
                            locale.toString(c.failed), locale.toString(c.malformed));
    if (c.noKey > 0) {
        text += tr(", %1 not decrypted (no key)").arg(locale.toString(c.noKey));
    }
    if (!m_batch->problems().isEmpty()) {
        const InputProblem& first = m_batch->problems().first();
        text += tr(". %n line(s) could not be read (line %1: %2)", nullptr,
                   static_cast<int>(m_batch->problems().size()))
                    .arg(first.line)
                    .arg(first.message);
    }
    if (m_batch->wasCancelled()) {
        text += tr(". Cancelled after %1 of %2 lines.")
                    .arg(locale.toString(m_batch->doneLines()), locale.toString(m_batch->totalLines()));
    }
    m_summary->setText(text + QLatin1Char('.'));
    m_cancel->setEnabled(false);
    m_export->setEnabled(!m_batch->rows().empty());
}

Status BatchPanel::exportTo(const QString& path, bool includeValues)
{
    const BatchExportFormat format
        = path.endsWith(QLatin1String(".jsonl")) || path.endsWith(QLatin1String(".json"))
        ? BatchExportFormat::JsonLines
        : BatchExportFormat::Csv;
    const SecureBuffer contents = exportBatch(m_batch->rows(), format, includeValues);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents.chars(), contents.size()) != contents.size()
        || !file.commit()) {
        return fail(ErrorKind::FileError, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

void BatchPanel::chooseExport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the results"), QStringLiteral("results.csv"),
                                       tr("CSV (*.csv);;JSON lines (*.jsonl)"));
    if (path.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Include the decrypted values?"),
                                              tr("The export lists every value's path, format and status. "
                                                 "Include the decrypted values too? They would "
                                                 "be written to %1 in plain text.")
                                                  .arg(path),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (auto ok = exportTo(path, answer == QMessageBox::Yes); !ok) {
        QMessageBox::warning(this, tr("Export failed"), ok.error().message);
    }
}

} // namespace sb
