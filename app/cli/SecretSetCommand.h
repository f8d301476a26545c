#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class SecretSetCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("secret set"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_type { QStringLiteral("type"),
                                QCoreApplication::translate(
                                    "sb::cli::SecretSetCommand",
                                    "mongodb-url or jwt-secret (required for a new secret)."),
                                QStringLiteral("type") };
};

} // namespace sb::cli
