// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretHistoryCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretHistoryCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretHistoryCommand",
                                       "List a secret's versions (never their values).");
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
    auto opened = openSecret(parser, false);
    if (!opened) {
        return report(opened.error());
    }
    const ProjectSecret& secret = *opened->secret;
    const bool json = parser.isSet(m_json);
    QList<QByteArray> items;
    for (const SecretVersion& v : secret.versions) {
        const bool current = &v == &secret.current();
        const QByteArray updated = isoTime(v.updatedMs);
        const QByteArray length = QByteArray::number(v.value.size());
        items << (json ? "{\"version\":" + QByteArray::number(v.number) + ",\"updated\":\"" + updated
                          + "\",\"length\":" + length + ",\"current\":" + (current ? "true" : "false") + "}"
                       : QByteArray::number(v.number) + '\t' + updated + '\t' + length + " bytes"
                          + (current ? "\tcurrent" : "") + '\n');
    }
    return writeListing(json, items);
}

} // namespace sb::cli
