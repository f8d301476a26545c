// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretRemoveCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretRemoveCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretRemoveCommand", "Remove a secret and its history.");
}

QString SecretRemoveCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::SecretRemoveCommand",
               "The previous vault file stays in the backup (.bak) until the next save.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void SecretRemoveCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
}

int SecretRemoveCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    if (auto ok = vault->content().removeSecret(parser.value(m_project), parser.value(m_name)); !ok) {
        return report(ok.error());
    }
    return save(*vault);
}

} // namespace sb::cli
