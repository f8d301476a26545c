// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MongoUrlPanel.h"

#include "SeverityText.h"
#include "secrets/MongoUrl.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb {

MongoUrlPanel::MongoUrlPanel(QWidget* parent)
    : QWidget(parent)
    , m_redacted(new QLabel(this))
    , m_breakdown(new QFormLayout)
    , m_warnings(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("mongoUrlPanel"));
    m_redacted->setObjectName(QStringLiteral("redactedUrl"));
    m_redacted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redacted->setWordWrap(true);
    QFont mono = m_redacted->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_redacted->setFont(mono);
    m_warnings->setObjectName(QStringLiteral("mongoWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_timeout->setObjectName(QStringLiteral("pingTimeout"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setRange(1, 120);
    m_timeout->setValue(MongoPing::DefaultTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for the server"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_cancel->setObjectName(QStringLiteral("cancelTest"));
    m_cancel->setEnabled(false);
    m_result->setObjectName(QStringLiteral("pingResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);

    auto* breakdownBox = new QGroupBox(tr("MongoDB URL"), this);
    auto* breakdownLayout = new QVBoxLayout(breakdownBox);
    breakdownLayout->addWidget(m_redacted);
    breakdownLayout->addLayout(m_breakdown);
    breakdownLayout->addWidget(m_warnings);

    auto* testBox = new QGroupBox(tr("Test connection"), this);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(new QLabel(tr("Timeout:"), testBox));
    testRow->addWidget(m_timeout);
    testRow->addStretch(1);
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancel);
    auto* testLayout = new QVBoxLayout(testBox);
    testLayout->addLayout(testRow);
    testLayout->addWidget(m_result);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(breakdownBox);
    layout->addWidget(testBox);
    layout->addStretch(1);

    connect(m_test, &QPushButton::clicked, this, &MongoUrlPanel::testConnection);
    connect(m_cancel, &QPushButton::clicked, &m_pinger, &MongoPinger::cancel);
    connect(&m_pinger, &MongoPinger::finished, this, &MongoUrlPanel::showResult);
}

MongoUrlPanel::~MongoUrlPanel()
{
    m_pinger.cancel();
}

bool MongoUrlPanel::isTesting() const
{
    return m_pinger.isRunning();
}

void MongoUrlPanel::setUrl(SecureBuffer url)
{
    m_pinger.cancel();
    m_url = std::move(url);
    m_result->clear();
    while (m_breakdown->rowCount() > 0) {
        m_breakdown->removeRow(0);
    }
    auto info = MongoUrl::analyze(m_url.view());
    if (!info) {
        m_redacted->setText(MongoUrl::redact(m_url.view()));
        m_warnings->setText(severityHtml(Severity::Error, info.error().message));
        m_test->setEnabled(false);
        return;
    }
    m_redacted->setText(info->redacted);
    const auto row = [this](const QString& label, const QString& value) {
        auto* field = new QLabel(value.isEmpty() ? tr("—") : value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_breakdown->addRow(label, field);
    };
    QStringList hosts;
    for (const MongoHost& h : info->hosts) {
        hosts << h.display();
    }
    QStringList options;
    for (const MongoOption& o : info->options) {
        options << o.key + QLatin1Char('=') + o.value;
    }
    row(tr("Scheme:"), info->srv ? tr("%1 (hosts from DNS SRV records)").arg(info->scheme) : info->scheme);
    row(tr("Hosts:"), hosts.join(QStringLiteral(", ")));
    row(tr("User:"), info->username);
    row(tr("Password:"), info->hasPassword ? tr("set (hidden)") : QString());
    row(tr("Database:"), info->database);
    row(tr("Auth source:"),
        info->authSourceExplicit ? info->authSource : tr("%1 (default)").arg(info->authSource));
    row(tr("TLS:"), info->tls ? tr("on") : tr("off"));
    row(tr("Options:"), options.join(QStringLiteral(", ")));
    QStringList warnings;
    for (const MongoFinding& w : info->warnings) {
        warnings << severityHtml(w.severity, w.message);
    }
    m_warnings->setText(warnings.isEmpty() ? severityHtml(Severity::Ok, tr("No warnings."))
                                           : warnings.join(QStringLiteral("<br>")));
    m_test->setEnabled(true);
}

void MongoUrlPanel::clear()
{
    m_pinger.cancel();
    m_url.clear();
    m_redacted->clear();
    m_warnings->clear();
    m_result->clear();
    while (m_breakdown->rowCount() > 0) {
        m_breakdown->removeRow(0);
    }
    m_test->setEnabled(false);
}

void MongoUrlPanel::testConnection()
{
    if (m_url.isEmpty()) {
        return;
    }
    m_result->setText(tr("Connecting (timeout %1 s)…").arg(m_timeout->value()));
    m_test->setEnabled(false);
    m_cancel->setEnabled(true);
    m_pinger.start(m_url.clone(), m_timeout->value() * 1000);
}

void MongoUrlPanel::showResult(const MongoPingResult& result)
{
    m_test->setEnabled(!m_url.isEmpty());
    m_cancel->setEnabled(false);
    const Severity severity = result.ok()                       ? Severity::Ok
        : result.outcome == MongoPingResult::Outcome::Cancelled ? Severity::Info
                                                                : Severity::Error;
    m_result->setText(severityHtml(severity, result.summary()));
    Q_EMIT testFinished(result);
}

} // namespace sb
