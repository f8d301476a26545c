// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectCompareDialog.h"

#include "secrets/SecretComparison.h"
#include "widgets/SeverityStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

ProjectCompareDialog::ProjectCompareDialog(QWidget* parent)
    : QDialog(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("projectCompare"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Compare two projects"));
    resize(640, 420);
    m_first->setObjectName(QStringLiteral("firstProject"));
    m_second->setObjectName(QStringLiteral("secondProject"));
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("comparisonTable"));
    table->setAccessibleName(tr("Comparison"));
    // Tab leaves the table (arrow keys move within it): no keyboard trap.
    table->setTabKeyNavigation(false);
    table->setModel(m_model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* pick = new QFormLayout;
    pick->addRow(tr("&First project:"), m_first);
    pick->addRow(tr("&Second project:"), m_second);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(table, 1);
    layout->addWidget(close);

    connect(m_first, &QComboBox::currentIndexChanged, this, &ProjectCompareDialog::compare);
    connect(m_second, &QComboBox::currentIndexChanged, this, &ProjectCompareDialog::compare);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProjectCompareDialog::setContent(const VaultContent* content, const QString& first)
{
    m_content = content;
    const QString keepFirst = first.isEmpty() ? m_first->currentText() : first;
    const QString keepSecond = m_second->currentText();
    const QSignalBlocker a(m_first);
    const QSignalBlocker b(m_second);
    m_first->clear();
    m_second->clear();
    if (content) {
        m_first->addItems(content->projectNames());
        m_second->addItems(content->projectNames());
    }
    m_first->setCurrentIndex(std::max(0, m_first->findText(keepFirst)));
    const int second = m_second->findText(keepSecond);
    m_second->setCurrentIndex(
        second >= 0 && keepSecond != m_first->currentText() ? second : std::min(1, m_second->count() - 1));
    compare();
}

void ProjectCompareDialog::compare()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("Secret"), tr("Comparison"), tr("Details") });
    if (!m_content) {
        return;
    }
    const Project* a = m_content->project(m_first->currentText());
    const Project* b = m_content->project(m_second->currentText());
    if (!a || !b) {
        return;
    }
    for (const ProjectComparisonRow& row : compareProjects(*a, *b)) {
        QString detail;
        QColor colour;
        switch (row.status) {
        case ProjectComparisonRow::Status::Same:
            detail = row.values.summary();
            colour = severityColour(Severity::Ok);
            break;
        case ProjectComparisonRow::Status::Different:
            detail = row.typeA != row.typeB
                ? tr("%1 here, %2 there").arg(secretTypeTitle(*row.typeA), secretTypeTitle(*row.typeB))
                : row.values.summary();
            colour = severityColour(Severity::Warning);
            break;
        case ProjectComparisonRow::Status::OnlyInA:
        case ProjectComparisonRow::Status::OnlyInB:
            detail = secretTypeTitle(row.typeA ? *row.typeA : *row.typeB);
            colour = severityColour(Severity::Error);
            break;
        }
        auto* status = new QStandardItem(row.statusText());
        status->setForeground(colour);
        m_model->appendRow({ new QStandardItem(row.name), status, new QStandardItem(detail) });
    }
}

} // namespace sb
