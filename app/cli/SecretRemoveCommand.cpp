#include "SecretRemoveCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

namespace sb::cli {

QString SecretRemoveCommand::summary() const
{
    return QStringLiteral("Remove a secret and its history.");
}

QString SecretRemoveCommand::details() const
{
    return QStringLiteral(
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
