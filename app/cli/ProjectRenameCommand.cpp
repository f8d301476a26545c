// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectRenameCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString ProjectRenameCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::ProjectRenameCommand",
                                       "Rename a project; its secrets and their history stay.");
}

QString ProjectRenameCommand::details() const
{
    return QStringLiteral("%1\n\n%2").arg(vaultHelp(), vaultExitCodes());
}

void ProjectRenameCommand::addOptions(QCommandLineParser& parser)
{
    addVaultOptions(parser);
}

int ProjectRenameCommand::execute(const QCommandLineParser& parser)
{
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    const QStringList names = parser.positionalArguments();
    if (auto ok = vault->content().renameProject(names[0], names[1]); !ok) {
        return report(ok.error());
    }
    return save(*vault);
}

} // namespace sb::cli
