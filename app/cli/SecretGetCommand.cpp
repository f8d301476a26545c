#include "SecretGetCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

namespace sb::cli {

QString SecretGetCommand::summary() const
{
    return QStringLiteral("Write a secret's value to standard output.");
}

QString SecretGetCommand::details() const
{
    return QStringLiteral("Writes the exact bytes of the value, nothing added. --version N writes an older "
                          "value kept in the history.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void SecretGetCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_version);
}

int SecretGetCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    std::optional<quint32> number;
    if (parser.isSet(m_version)) {
        bool ok = false;
        number = parser.value(m_version).toUInt(&ok);
        if (!ok) {
            return usage(QStringLiteral("--version takes a version number (see secret history)."));
        }
    }
    auto vault = openVault(parser, false);
    if (!vault) {
        return report(vault.error());
    }
    auto secret = vault->content().findSecret(parser.value(m_project), parser.value(m_name));
    if (!secret) {
        return report(secret.error());
    }
    const SecretVersion* version = number ? (*secret)->version(*number) : &(*secret)->current();
    if (!version) {
        return report(Error { ErrorKind::NotFound,
                              QStringLiteral("%1 has no version %2 (see secret history).")
                                  .arg(parser.value(m_name))
                                  .arg(*number) });
    }
    if (auto ok = writeStandardOutput(version->value.view()); !ok) {
        return report(ok.error());
    }
    return Success;
}

} // namespace sb::cli
