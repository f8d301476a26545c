// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QDialog>

class QComboBox;
class QStandardItemModel;

namespace sb {

// Two projects side by side, per secret name: same, different (and how, in
// lengths and URL parts) or missing. Values are compared, never shown.
class ProjectCompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProjectCompareDialog(QWidget* parent = nullptr);

    // Refills the project lists; keeps the choice when the projects remain.
    void setContent(const VaultContent* content, const QString& first = {});

private:
    void compare();

    const VaultContent* m_content = nullptr;
    QComboBox* m_first;
    QComboBox* m_second;
    QStandardItemModel* m_model;
};

} // namespace sb
