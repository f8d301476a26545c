#pragma once

#include "VaultCommand.h"

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
                                QStringLiteral(
                                    "Also connect and send a ping (authenticating as the URL says).") };
    QCommandLineOption m_timeout { QStringLiteral("timeout-ms"),
                                   QStringLiteral("Ping timeout in milliseconds (default 5000)."),
                                   QStringLiteral("ms") };
    QCommandLineOption m_json { QStringLiteral("json"), QStringLiteral("Write the report as JSON.") };
    QCommandLineOption m_fix { QStringLiteral("fix"),
                               QStringLiteral("Write the URL with its username and password percent-encoded "
                                              "to standard output.") };
};

} // namespace sb::cli
