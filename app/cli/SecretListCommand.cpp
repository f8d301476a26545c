#include "SecretListCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"

namespace sb::cli {

namespace {
QByteArray iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}
} // namespace

QString SecretListCommand::summary() const
{
    return QStringLiteral("List a project's secrets (never their values).");
}

QString SecretListCommand::details() const
{
    return QStringLiteral(
               "One secret per line: name, type, version, last update, reference, separated by tabs. With "
               "--json: [{\"name\", \"type\", \"reference\", \"version\", \"versions\", \"created\", "
               "\"updated\", \"length\"}]. Values are never printed.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void SecretListCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser, false);
    parser.addOption(m_json);
}

int SecretListCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser, false); !missing.isEmpty()) {
        return usage(missing);
    }
    auto vault = openVault(parser, false);
    if (!vault) {
        return report(vault.error());
    }
    const Project* project = vault->content().project(parser.value(m_project));
    if (!project) {
        return report(Error { ErrorKind::NotFound,
                              QStringLiteral("There is no project \"%1\".").arg(parser.value(m_project)) });
    }
    const bool json = parser.isSet(m_json);
    QByteArray out = json ? "[" : "";
    bool first = true;
    for (const ProjectSecret& s : project->secrets) {
        const QByteArray updated = iso(s.current().updatedMs);
        if (json) {
            out += (first ? "" : ",") + QByteArray("{\"name\":") + JsonText::quoted(s.name.toUtf8())
                + ",\"type\":\"" + secretTypeName(s.type).toUtf8()
                + "\",\"reference\":" + JsonText::quoted(s.reference().toUtf8())
                + ",\"version\":" + QByteArray::number(s.current().number)
                + ",\"versions\":" + QByteArray::number(qsizetype(s.versions.size())) + ",\"created\":\""
                + iso(s.createdMs) + "\",\"updated\":\"" + updated
                + "\",\"length\":" + QByteArray::number(s.current().value.size()) + "}";
        } else {
            out += s.name.toUtf8() + '\t' + secretTypeName(s.type).toUtf8() + "\tv"
                + QByteArray::number(s.current().number) + '\t' + updated + '\t' + s.reference().toUtf8()
                + '\n';
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
