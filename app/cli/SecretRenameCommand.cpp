// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretRenameCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretRenameCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretRenameCommand", "Rename a secret; its history stays.");
}

QString SecretRenameCommand::details() const
{
    return QStringLiteral("Workflows refer to secrets by name ({{ secrets.<name> }}): update them after a "
                          "rename.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void SecretRenameCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_to);
}

int SecretRenameCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    if (!parser.isSet(m_to)) {
        return usage(QCoreApplication::translate("sb::cli::SecretRenameCommand", "--to is required."));
    }
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    if (auto ok
        = vault->content().renameSecret(parser.value(m_project), parser.value(m_name), parser.value(m_to));
        !ok) {
        return report(ok.error());
    }
    if (const int code = save(*vault); code != Success) {
        return code;
    }
    printLine(standardError(),
              QCoreApplication::translate("sb::cli::SecretRenameCommand",
                                          "Renamed; workflows now refer to it as %1.")
                  .arg(ProjectSecret::referenceFor(parser.value(m_to))));
    return Success;
}

} // namespace sb::cli
