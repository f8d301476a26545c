// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class SecretRollbackCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("secret rollback"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_version { QStringLiteral("version"),
                                   QCoreApplication::translate("sb::cli::SecretRollbackCommand",
                                                               "The version to restore."),
                                   QStringLiteral("n") };
};

} // namespace sb::cli
