// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectAddCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString ProjectAddCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::ProjectAddCommand", "Add a project to the vault.");
}

QString ProjectAddCommand::details() const
{
    return QCoreApplication::translate("sb::cli::ProjectAddCommand",
                                       "Project names are unique, ignoring case.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void ProjectAddCommand::addOptions(QCommandLineParser& parser)
{
    addVaultOptions(parser);
}

int ProjectAddCommand::execute(const QCommandLineParser& parser)
{
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    if (auto ok = vault->content().addProject(parser.positionalArguments().first()); !ok) {
        return report(ok.error());
    }
    return save(*vault);
}

} // namespace sb::cli
