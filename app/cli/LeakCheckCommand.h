// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class LeakCheckCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("leak-check"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;
    QString positionalSyntax() const override { return QStringLiteral("[FILE]"); }
    int maximumPositional() const override { return 1; }

private:
    QCommandLineOption m_history { QStringLiteral("history"),
                                   QCoreApplication::translate(
                                       "sb::cli::LeakCheckCommand",
                                       "Also look for the previous values kept in the history.") };
    QCommandLineOption m_json { QStringLiteral("json"),
                                QCoreApplication::translate("sb::cli::LeakCheckCommand",
                                                            "Write the findings as JSON.") };
};

} // namespace sb::cli
