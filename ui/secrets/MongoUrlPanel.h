// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"
#include "secrets/MongoPing.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sb {

// The MongoDB URL of the selected secret: its redacted form and breakdown,
// its warnings, and Test connection (a real ping off the UI thread, with a
// timeout, cancellable).
class MongoUrlPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MongoUrlPanel(QWidget* parent = nullptr);
    ~MongoUrlPanel() override;

    void setUrl(SecureBuffer url);
    // Forgets the URL and any result; cancels a running test.
    void clear();
    bool isTesting() const;

Q_SIGNALS:
    void testFinished(const sb::MongoPingResult& result);

private:
    void testConnection();
    void showResult(const MongoPingResult& result);

    SecureBuffer m_url;
    MongoPinger m_pinger;
    QLabel* m_redacted;
    QFormLayout* m_breakdown;
    QLabel* m_warnings;
    QSpinBox* m_timeout;
    QPushButton* m_test;
    QPushButton* m_cancel;
    QLabel* m_result;
};

} // namespace sb
