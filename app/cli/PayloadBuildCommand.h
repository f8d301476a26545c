#pragma once

#include "Command.h"
#include "KeyOptions.h"

namespace sb::cli {

class PayloadBuildCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("payload build"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    KeyOptions m_keys { KeyOptions::Role::ClientSecretOnly };
    QCommandLineOption m_definition { QStringLiteral("definition"),
                                      QStringLiteral("The action definition (JSON)."),
                                      QStringLiteral("file") };
    QCommandLineOption m_values { QStringLiteral("values"),
                                  QStringLiteral("The form values: a JSON object of input name to value."),
                                  QStringLiteral("file") };
    QCommandLineOption m_request { QStringLiteral("request"),
                                   QStringLiteral("Write the whole HTTP request (method, url, headers, body) "
                                                  "instead of the properties.") };
    QCommandLineOption m_runId { QStringLiteral("run-id"),
                                 QStringLiteral("The run id templates see (default: random r_...)."),
                                 QStringLiteral("id") };
    QCommandLineOption m_entity { QStringLiteral("sample-entity"),
                                  QStringLiteral("JSON file with the entity jq expressions see."),
                                  QStringLiteral("file") };
    QCommandLineOption m_user { QStringLiteral("sample-user"),
                                QStringLiteral("JSON file with the user jq expressions see."),
                                QStringLiteral("file") };
};

} // namespace sb::cli
