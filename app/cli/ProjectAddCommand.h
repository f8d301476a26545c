#pragma once

#include "VaultCommand.h"

namespace sb::cli {

class ProjectAddCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("project add"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;
    QString positionalSyntax() const override { return QStringLiteral("NAME"); }
    int minimumPositional() const override { return 1; }
    int maximumPositional() const override { return 1; }
};

} // namespace sb::cli
