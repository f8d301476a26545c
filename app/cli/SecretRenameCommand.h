// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

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
    QCommandLineOption m_to { QStringLiteral("to"),
                              QCoreApplication::translate("sb::cli::SecretRenameCommand", "The new name."),
                              QStringLiteral("name") };
};

} // namespace sb::cli
