// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sb {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    auto* body = new QLabel(description, this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setObjectName(QStringLiteral("placeholderDescription"));

    auto* status = new QLabel(tr("<i>This workspace is not available yet.</i>"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(body);
    layout->addSpacing(8);
    layout->addWidget(status);
    layout->addStretch(1);
}

} // namespace sb
