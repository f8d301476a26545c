// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace sb {

// Help > Formats reference: the byte formats and definition rules, in the app.
class FormatsReference : public QDialog
{
    Q_OBJECT
public:
    explicit FormatsReference(QWidget* parent = nullptr);
};

} // namespace sb
