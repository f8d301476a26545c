// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretListCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"
#include "secrets/VaultKeys.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretListCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretListCommand",
                                       "List a project's secrets (never their values).");
}

QString SecretListCommand::details() const
{
    return QStringLiteral(
               "One secret per line: name, type, version, last update, reference (and for a key, its "
               "facts), separated by tabs. With --json: [{\"name\", \"type\", \"reference\", \"version\", "
               "\"versions\", \"created\", \"updated\", \"length\"}], with \"key\" for a port-client-secret "
               "(its length and the first 8 hex digits of its SHA-256) or an rsa-private-key (size, format "
               "and the SHA-256 fingerprint of its public key). Values are never printed.\n\n%1\n\n%2")
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
        return report(
            Error { ErrorKind::NotFound,
                    QCoreApplication::translate("sb::cli::SecretListCommand", "There is no project \"%1\".")
                        .arg(parser.value(m_project)) });
    }
    const bool json = parser.isSet(m_json);
    QList<QByteArray> items;
    for (const ProjectSecret& s : project->secrets) {
        // A key entry's facts (size, fingerprint or digest prefix), never the key.
        const QString key = isKeyType(s.type) ? describeKeyEntry(project->name, s).summary() : QString();
        qsizetype length = s.current().value.size();
        if (s.type == ProjectSecretType::RsaPrivateKey) {
            auto stored = StoredPrivateKey::decode(s.current().value.view());
            length = stored ? stored->pem.size() : length;
        }
        const QByteArray updated = isoTime(s.current().updatedMs);
        const QByteArray type = secretTypeName(s.type).toUtf8();
        const QByteArray version = QByteArray::number(s.current().number);
        items << (json ? "{\"name\":" + JsonText::quoted(s.name.toUtf8()) + ",\"type\":\"" + type
                          + "\",\"reference\":" + JsonText::quoted(s.reference().toUtf8()) + ",\"version\":"
                          + version + ",\"versions\":" + QByteArray::number(qsizetype(s.versions.size()))
                          + ",\"created\":\"" + isoTime(s.createdMs) + "\",\"updated\":\"" + updated
                          + "\",\"length\":" + QByteArray::number(length)
                          + (key.isEmpty() ? QByteArray() : ",\"key\":" + JsonText::quoted(key.toUtf8()))
                          + "}"
                       : s.name.toUtf8() + '\t' + type + "\tv" + version + '\t' + updated + '\t'
                          + s.reference().toUtf8() + (key.isEmpty() ? QByteArray() : '\t' + key.toUtf8())
                          + '\n');
    }
    return writeListing(json, items);
}

} // namespace sb::cli
