#pragma once

#include "Command.h"

namespace sb::cli {

class InspectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_json { QStringLiteral("json"), QStringLiteral("Write the report as JSON.") };
};

} // namespace sb::cli
