// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakCheckPanel.h"

#include "SeverityText.h"
#include "secrets/LeakCheck.h"
#include "widgets/CodeEditor.h"
#include "widgets/FocusChain.h"
#include "widgets/SeverityStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sb {

LeakCheckPanel::LeakCheckPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new CodeEditor(this))
    , m_project(new QComboBox(this))
    , m_history(new QCheckBox(tr("Older values too"), this))
    , m_summary(new QLabel(this))
    , m_findings(new QListView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("leakCheckPanel"));
    m_text->setObjectName(QStringLiteral("leakText"));
    m_text->setAccessibleName(tr("Text to check"));
    m_text->setPlaceholderText(
        tr("Paste a log, an HTTP response or a configuration file here, or open a file."));
    m_project->setObjectName(QStringLiteral("leakProject"));
    m_project->setAccessibleName(tr("Projects to look for"));
    m_history->setObjectName(QStringLiteral("leakHistory"));
    m_history->setToolTip(tr("Also look for the earlier values kept in each secret's history"));
    m_summary->setObjectName(QStringLiteral("leakSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_findings->setObjectName(QStringLiteral("leakFindings"));
    m_findings->setAccessibleName(tr("Leaks found"));
    m_findings->setModel(m_model);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setMaximumHeight(140);
    auto* open = new QPushButton(tr("Open file…"), this);
    open->setObjectName(QStringLiteral("leakOpenFile"));
    auto* run = new QPushButton(tr("Check"), this);
    run->setObjectName(QStringLiteral("runLeakCheck"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(open);
    controls->addWidget(m_project, 1);
    controls->addWidget(m_history);
    controls->addWidget(run);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings);

    FocusChain::moveBefore({ open, m_project, m_history, run }, m_text); // the row above the text
    connect(open, &QPushButton::clicked, this, &LeakCheckPanel::openFile);
    connect(run, &QPushButton::clicked, this, &LeakCheckPanel::check);
    connect(m_findings, &QListView::activated, this, &LeakCheckPanel::goToFinding);
    connect(m_findings, &QListView::clicked, this, &LeakCheckPanel::goToFinding);
}

void LeakCheckPanel::setContent(const VaultContent* content)
{
    m_content = content;
    const QString chosen = m_project->currentData().toString();
    m_project->clear();
    m_project->addItem(tr("Every project"), QString());
    if (content) {
        for (const QString& name : content->projectNames()) {
            m_project->addItem(name, name);
        }
    }
    m_project->setCurrentIndex(std::max(0, m_project->findData(chosen)));
}

void LeakCheckPanel::setText(const QString& text)
{
    m_text->setPlainText(text);
}

int LeakCheckPanel::findingCount() const
{
    return m_model->rowCount();
}

void LeakCheckPanel::check()
{
    m_model->clear();
    m_text->setMarks({});
    if (!m_content) {
        m_summary->clear();
        return;
    }
    LeakChecker checker;
    checker.addVault(*m_content, m_project->currentData().toString(), m_history->isChecked());
    QByteArray text = m_text->toPlainText().toUtf8();
    const QList<LeakFinding> findings = checker.scan(text);
    wipe(text);
    QList<CodeEditor::Mark> marks;
    for (const LeakFinding& f : findings) {
        auto* item = new QStandardItem(f.describe());
        item->setData(f.line, Qt::UserRole);
        item->setData(f.column, Qt::UserRole + 1);
        item->setForeground(severityColour(f.currentValue ? Severity::Error : Severity::Warning));
        m_model->appendRow(item);
        marks << CodeEditor::Mark { f.line, f.column, severityColour(Severity::Error),
                                    tr("%1 (%2)").arg(f.secret, f.form) };
    }
    m_text->setMarks(marks);
    m_summary->setText(findings.isEmpty()
                           ? severityHtml(Severity::Ok, tr("No secret of the vault appears in this text."))
                           : severityHtml(Severity::Error, tr("Leaks found: %1.").arg(findings.size())));
}

void LeakCheckPanel::clear()
{
    m_text->clear();
    m_text->setMarks({});
    m_model->clear();
    m_summary->clear();
    setContent(nullptr);
}

void LeakCheckPanel::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Check a file for leaks"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(
            severityHtml(Severity::Error, tr("Cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    m_text->setPlainText(QString::fromUtf8(file.readAll()));
    check();
}

void LeakCheckPanel::goToFinding(const QModelIndex& index)
{
    if (index.isValid()) {
        m_text->goTo(index.data(Qt::UserRole).toInt(), index.data(Qt::UserRole + 1).toInt());
    }
}

} // namespace sb
