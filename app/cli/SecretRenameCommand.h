#pragma once

#include "VaultCommand.h"

namespace sb::cli {

class SecretRenameCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("secret rename"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_to { QStringLiteral("to"), QStringLiteral("The new name."), QStringLiteral("name") };
};

} // namespace sb::cli
