#include "SecretHistoryCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

namespace sb::cli {

QString SecretHistoryCommand::summary() const
{
    return QStringLiteral("List a secret's versions (never their values).");
}

QString SecretHistoryCommand::details() const
{
    return QStringLiteral(
               "One version per line, newest first: number, time it was set, length in bytes, and "
               "\"current\" for the value in use. With --json: [{\"version\": N, \"updated\": ISO-8601, "
               "\"length\": bytes, \"current\": bool}]. 'secret get --version N' and 'secret rollback "
               "--version N' take these numbers.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void SecretHistoryCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_json);
}

int SecretHistoryCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    auto vault = openVault(parser, false);
    if (!vault) {
        return report(vault.error());
    }
    auto secret = vault->content().findSecret(parser.value(m_project), parser.value(m_name));
    if (!secret) {
        return report(secret.error());
    }
    const bool json = parser.isSet(m_json);
    QByteArray out = json ? "[" : "";
    bool first = true;
    for (const SecretVersion& v : (*secret)->versions) {
        const bool current = &v == &(*secret)->current();
        const QByteArray updated = v.updated().toString(Qt::ISODateWithMs).toUtf8();
        if (json) {
            out += (first ? "" : ",") + QByteArray("{\"version\":") + QByteArray::number(v.number)
                + ",\"updated\":\"" + updated + "\",\"length\":" + QByteArray::number(v.value.size())
                + ",\"current\":" + (current ? "true" : "false") + "}";
        } else {
            out += QByteArray::number(v.number) + '\t' + updated + '\t' + QByteArray::number(v.value.size())
                + " bytes" + (current ? "\tcurrent" : "") + '\n';
        }
        first = false;
    }
    if (json) {
        out += "]\n";
    }
    if (auto ok = writeStandardOutput(out); !ok) {
        return report(ok.error());
    }
    return Success;
}

} // namespace sb::cli
