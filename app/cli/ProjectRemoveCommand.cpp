// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectRemoveCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString ProjectRemoveCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::ProjectRemoveCommand",
                                       "Remove a project and all its secrets.");
}

QString ProjectRemoveCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::ProjectRemoveCommand",
               "The previous vault file stays in the backup (.bak) until the next save.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void ProjectRemoveCommand::addOptions(QCommandLineParser& parser)
{
    addVaultOptions(parser);
}

int ProjectRemoveCommand::execute(const QCommandLineParser& parser)
{
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    if (auto ok = vault->content().removeProject(parser.positionalArguments().first()); !ok) {
        return report(ok.error());
    }
    return save(*vault);
}

} // namespace sb::cli
