// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sb::cli {

class LintCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;
    QString positionalSyntax() const override { return QStringLiteral("DEFINITION.json"); }
    int minimumPositional() const override { return 1; }
    int maximumPositional() const override { return 1; }

private:
    QCommandLineOption m_json { QStringLiteral("json"),
                                QCoreApplication::translate("sb::cli::LintCommand",
                                                            "Write the problems as a JSON array.") };
    QCommandLineOption m_noEval { QStringLiteral("no-eval"),
                                  QCoreApplication::translate(
                                      "sb::cli::LintCommand",
                                      "Only compile jq expressions; do not run them over the sample "
                                      "entity and user.") };
};

} // namespace sb::cli
