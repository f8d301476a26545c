// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretRollbackCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretRollbackCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretRollbackCommand",
                                       "Make an older value current again.");
}

QString SecretRollbackCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::SecretRollbackCommand",
               "The old value becomes a new version; the value it replaces stays in the history, "
               "so a rollback can itself be rolled back.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void SecretRollbackCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_version);
}

int SecretRollbackCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    bool ok = false;
    const quint32 number = parser.value(m_version).toUInt(&ok);
    if (!parser.isSet(m_version) || !ok) {
        return usage(
            QCoreApplication::translate("sb::cli::SecretRollbackCommand",
                                        "--version is required: a version number from secret history."));
    }
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    if (auto done = vault->content().rollbackSecret(parser.value(m_project), parser.value(m_name), number);
        !done) {
        return report(done.error());
    }
    if (const int code = save(*vault); code != Success) {
        return code;
    }
    const ProjectSecret* secret = *vault->content().findSecret(parser.value(m_project), parser.value(m_name));
    printLine(standardError(),
              QCoreApplication::translate("sb::cli::SecretRollbackCommand",
                                          "%1 now has the value of version %2, as version %3.")
                  .arg(parser.value(m_name))
                  .arg(number)
                  .arg(secret->current().number));
    return Success;
}

} // namespace sb::cli
