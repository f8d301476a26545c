// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class SecretHistoryCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("secret history"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_json { QStringLiteral("json"),
                                QCoreApplication::translate("sb::cli::SecretHistoryCommand",
                                                            "Write the history as JSON.") };
};

} // namespace sb::cli
