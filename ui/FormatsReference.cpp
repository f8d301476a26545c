// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatsReference.h"

#include "UiResources.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sb {

FormatsReference::FormatsReference(QWidget* parent)
    : QDialog(parent)
{
    initUiResources();
    setWindowTitle(tr("Formats reference"));
    setObjectName(QStringLiteral("formatsReference"));
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("referenceText"));
    browser->setAccessibleName(tr("Formats reference"));
    browser->setOpenExternalLinks(true);
    QFile file(QStringLiteral(":/help/formats-reference.md"));
    if (file.open(QIODevice::ReadOnly)) {
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

} // namespace sb
