// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/EnvelopeDiagnosis.h"

#include <QWidget>

class QTextBrowser;

namespace sb {

// The findings of a diagnosis, most important first: a coloured symbol and a
// title, what it means, and the evidence, in the same words as the CLI.
class DiagnosisPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosisPanel(QWidget* parent = nullptr);

    void setFindings(const QList<Finding>& findings, const QString& heading = {});
    void clear(const QString& message = {});

    QStringList codes() const;
    QString plainText() const;

private:
    QTextBrowser* m_view;
    QList<Finding> m_findings;
};

} // namespace sb
