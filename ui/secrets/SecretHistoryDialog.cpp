// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretHistoryDialog.h"

#include "secrets/SecretComparison.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

SecretHistoryDialog::SecretHistoryDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_comparison(new QLabel(this))
    , m_rollback(new QPushButton(tr("Roll back to this version"), this))
{
    setObjectName(QStringLiteral("secretHistory"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(560, 420);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Versions"));
    // Tab leaves the table (arrow keys move within it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_comparison->setObjectName(QStringLiteral("historyComparison"));
    m_comparison->setWordWrap(true);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Select one version to compare it with the current value, or two to "
                                    "compare them. Values are never shown."),
                                 this));
    layout->addWidget(m_comparison);
    layout->addWidget(m_rollback, 0, Qt::AlignLeft);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecretHistoryDialog::updateComparison);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        if (const quint32 version = selectedVersion()) {
            Q_EMIT rollbackRequested(m_project, m_name, version);
        }
    });
}

void SecretHistoryDialog::setSecret(const QString& project, const ProjectSecret* secret)
{
    m_project = project;
    m_secret = secret;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Version"), tr("Set at"), tr("Length"), QString() });
    if (!secret) {
        m_title->clear();
        updateComparison();
        return;
    }
    m_name = secret->name;
    m_type = secret->type;
    setWindowTitle(tr("History of %1").arg(secret->name));
    m_title->setText(tr("<b>%1</b> in %2: versions kept: %3 (the current value and up to %4 earlier ones).")
                         .arg(secret->name.toHtmlEscaped(), project.toHtmlEscaped())
                         .arg(secret->versions.size())
                         .arg(ProjectSecret::HistoryLimit));
    for (const SecretVersion& v : secret->versions) {
        const bool current = &v == &secret->current();
        QList<QStandardItem*> row {
            new QStandardItem(QString::number(v.number)),
            new QStandardItem(QLocale().toString(v.updated().toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(tr("%1 bytes").arg(v.value.size())),
            new QStandardItem(current ? tr("current") : QString()),
        };
        row.first()->setData(v.number, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    updateComparison();
}

quint32 SecretHistoryDialog::selectedVersion() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(Qt::UserRole).toUInt() : 0;
}

void SecretHistoryDialog::updateComparison()
{
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    m_rollback->setEnabled(m_secret && rows.size() == 1 && rows.first().row() != 0);
    if (!m_secret || rows.isEmpty() || rows.size() > 2) {
        m_comparison->setText(rows.size() > 2 ? tr("Select one or two versions.") : QString());
        return;
    }
    const SecretVersion* a = m_secret->version(rows.first().data(Qt::UserRole).toUInt());
    const SecretVersion* b = rows.size() == 2 ? m_secret->version(rows.last().data(Qt::UserRole).toUInt())
                                              : &m_secret->current();
    if (!a || !b) {
        return;
    }
    if (a->number < b->number) {
        std::swap(a, b);
    }
    if (a == b) {
        m_comparison->setText(tr("Version %1 is the current value.").arg(a->number));
        return;
    }
    const ValueComparison c = compareValues(m_type, b->value.view(), a->value.view());
    m_comparison->setText(tr("Version %1 → %2: %3").arg(b->number).arg(a->number).arg(c.summary()));
}

} // namespace sb
