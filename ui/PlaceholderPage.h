// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace sb {

// Stands in for a workspace that is not built yet: says what it will do, and
// does nothing else.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace sb
