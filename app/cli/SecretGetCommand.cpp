#include "SecretGetCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretGetCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretGetCommand",
                                       "Write a secret's value to standard output.");
}

QString SecretGetCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::SecretGetCommand",
               "Writes the exact bytes of the value, nothing added. --version N writes an older "
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
            return usage(QCoreApplication::translate(
                "sb::cli::SecretGetCommand", "--version takes a version number (see secret history)."));
        }
    }
    auto opened = openSecret(parser, false);
    if (!opened) {
        return report(opened.error());
    }
    const SecretVersion* version = number ? opened->secret->version(*number) : &opened->secret->current();
    if (!version) {
        return report(Error { ErrorKind::NotFound,
                              QCoreApplication::translate("sb::cli::SecretGetCommand",
                                                          "%1 has no version %2 (see secret history).")
                                  .arg(parser.value(m_name))
                                  .arg(*number) });
    }
    return writeResult(version->value.view());
}

} // namespace sb::cli
