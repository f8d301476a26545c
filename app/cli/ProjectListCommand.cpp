#include "ProjectListCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"

namespace sb::cli {

QString ProjectListCommand::summary() const
{
    return QStringLiteral("List the projects and how many secrets each has.");
}

QString ProjectListCommand::details() const
{
    return QStringLiteral("One project per line: its name, a tab, its number of secrets. With --json: "
                          "[{\"name\": ..., \"secrets\": N, \"created\": ISO-8601}].\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void ProjectListCommand::addOptions(QCommandLineParser& parser)
{
    addVaultOptions(parser);
    parser.addOption(m_json);
}

int ProjectListCommand::execute(const QCommandLineParser& parser)
{
    auto vault = openVault(parser, false);
    if (!vault) {
        return report(vault.error());
    }
    QByteArray out;
    const bool json = parser.isSet(m_json);
    if (json) {
        out += '[';
    }
    bool first = true;
    for (const Project& p : vault->content().projects()) {
        if (json) {
            out += (first ? "" : ",") + QByteArray("{\"name\":") + JsonText::quoted(p.name.toUtf8())
                + ",\"secrets\":" + QByteArray::number(qsizetype(p.secrets.size())) + ",\"created\":\""
                + QDateTime::fromMSecsSinceEpoch(p.createdMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8()
                + "\"}";
        } else {
            out += p.name.toUtf8() + '\t' + QByteArray::number(qsizetype(p.secrets.size())) + '\n';
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
