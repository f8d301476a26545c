// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace sb {

class JwtPanel;
class KeyEntryPanel;
class MongoUrlPanel;
class SecretField;

// The selected secret: its reference for workflows, its value in the shared
// SecretField (masked; reveal re-masks itself; copy goes through the
// ClipboardService), and the panel for its type.
class SecretDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SecretDetailsPanel(QWidget* parent = nullptr);

    void setSecret(const QString& project, const ProjectSecret* secret);
    // Masks and empties everything, cancels a running connection test.
    void clear();

    SecretField* valueField() const { return m_value; }
    MongoUrlPanel* mongoPanel() const { return m_mongo; }
    JwtPanel* jwtPanel() const { return m_jwt; }
    KeyEntryPanel* keyPanel() const { return m_keys; }
    // Shows the value for a while: the field, or a private key's PEM view.
    void revealValue();

Q_SIGNALS:
    void generateRequested(int randomBytes);

private:
    QLabel* m_title;
    QLabel* m_reference;
    QPushButton* m_copyReference;
    SecretField* m_value;
    QLabel* m_meta;
    QStackedWidget* m_typePanels;
    MongoUrlPanel* m_mongo;
    JwtPanel* m_jwt;
    KeyEntryPanel* m_keys;
    QWidget* m_empty;
    QWidget* m_valueLabel = nullptr;
};

} // namespace sb
