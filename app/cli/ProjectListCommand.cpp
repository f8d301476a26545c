// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectListCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"

#include <QCoreApplication>

namespace sb::cli {

QString ProjectListCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::ProjectListCommand",
                                       "List the projects and how many secrets each has.");
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
    const bool json = parser.isSet(m_json);
    QList<QByteArray> items;
    for (const Project& p : vault->content().projects()) {
        const QByteArray count = QByteArray::number(qsizetype(p.secrets.size()));
        items << (json ? "{\"name\":" + JsonText::quoted(p.name.toUtf8()) + ",\"secrets\":" + count
                          + ",\"created\":\"" + isoTime(p.createdMs) + "\"}"
                       : p.name.toUtf8() + '\t' + count + '\n');
    }
    return writeListing(json, items);
}

} // namespace sb::cli
