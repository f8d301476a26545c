// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "KeyOptions.h"

#include <QCoreApplication>

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
                                      QCoreApplication::translate("sb::cli::PayloadBuildCommand",
                                                                  "The action definition (JSON)."),
                                      QStringLiteral("file") };
    QCommandLineOption m_values { QStringLiteral("values"),
                                  QCoreApplication::translate(
                                      "sb::cli::PayloadBuildCommand",
                                      "The form values: a JSON object of input name to value."),
                                  QStringLiteral("file") };
    QCommandLineOption m_request { QStringLiteral("request"),
                                   QCoreApplication::translate(
                                       "sb::cli::PayloadBuildCommand",
                                       "Write the whole HTTP request (method, url, headers, body) "
                                       "instead of the properties.") };
    QCommandLineOption m_runId { QStringLiteral("run-id"),
                                 QCoreApplication::translate(
                                     "sb::cli::PayloadBuildCommand",
                                     "The run id templates see (default: random r_...)."),
                                 QStringLiteral("id") };
    QCommandLineOption m_entity { QStringLiteral("sample-entity"),
                                  QCoreApplication::translate(
                                      "sb::cli::PayloadBuildCommand",
                                      "JSON file with the entity jq expressions see."),
                                  QStringLiteral("file") };
    QCommandLineOption m_user { QStringLiteral("sample-user"),
                                QCoreApplication::translate("sb::cli::PayloadBuildCommand",
                                                            "JSON file with the user jq expressions see."),
                                QStringLiteral("file") };
};

} // namespace sb::cli
