// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class MongoCheckCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("mongo check"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_ping { QStringLiteral("ping"),
                                QCoreApplication::translate(
                                    "sb::cli::MongoCheckCommand",
                                    "Also connect and send a ping (authenticating as the URL says).") };
    QCommandLineOption m_timeout { QStringLiteral("timeout-ms"),
                                   QCoreApplication::translate(
                                       "sb::cli::MongoCheckCommand",
                                       "Ping timeout in milliseconds (default 5000)."),
                                   QStringLiteral("ms") };
    QCommandLineOption m_json { QStringLiteral("json"),
                                QCoreApplication::translate("sb::cli::MongoCheckCommand",
                                                            "Write the report as JSON.") };
    QCommandLineOption m_fix { QStringLiteral("fix"),
                               QCoreApplication::translate(
                                   "sb::cli::MongoCheckCommand",
                                   "Write the URL with its username and password percent-encoded "
                                   "to standard output.") };
};

} // namespace sb::cli
