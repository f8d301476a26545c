// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultInfoCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"
#include "secrets/VaultHeader.h"
#include "secrets/VaultLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sb::cli {

QString VaultInfoCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::VaultInfoCommand",
                                       "Where the vault is and how it is protected (no passphrase needed).");
}

QString VaultInfoCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::VaultInfoCommand",
               "Reads only the vault's header: path, size, format version, key-derivation "
               "parameters and whether a backup (.bak) exists. Nothing is decrypted.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void VaultInfoCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_vaultOptions.vaultOption());
    parser.addOption(m_json);
}

int VaultInfoCommand::execute(const QCommandLineParser& parser)
{
    const QString path = vaultPath(parser);
    const QString source = m_vaultOptions.source(parser);
    QFile file(path);
    if (!file.exists()) {
        return report(Error { ErrorKind::NotFound,
                              QCoreApplication::translate("sb::cli::VaultInfoCommand",
                                                          "There is no vault at %1 (%2). Create one with "
                                                          "'secretbench-cli vault init'.")
                                  .arg(path, source) });
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return report(Error { ErrorKind::FileError,
                              QCoreApplication::translate("sb::cli::VaultInfoCommand", "Cannot read %1: %2")
                                  .arg(path, file.errorString()) });
    }
    const qint64 size = file.size();
    // The header check wants the whole file's length; read no more than needed otherwise.
    const QByteArray bytes = size <= 64 * 1024 * 1024 ? file.readAll() : QByteArray();
    auto header = VaultHeader::parse(bytes);
    if (!header) {
        return report(header.error());
    }
    const bool backup = QFileInfo::exists(Vault::backupPath(path));
    const bool privateMode = (QFile::permissions(path)
                              & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                 | QFileDevice::WriteOther))
        == 0;
    QByteArray out;
    if (parser.isSet(m_json)) {
        out = "{\"path\":" + JsonText::quoted(path.toUtf8())
            + ",\"source\":" + JsonText::quoted(source.toUtf8()) + ",\"size\":" + QByteArray::number(size)
            + ",\"formatVersion\":" + QByteArray::number(header->formatVersion)
            + ",\"kdf\":{\"algorithm\":\"argon2id\","
            + "\"memoryKiB\":" + QByteArray::number(header->kdf.memoryKiB)
            + ",\"iterations\":" + QByteArray::number(header->kdf.iterations) + ",\"parallelism\":"
            + QByteArray::number(header->kdf.parallelism) + "},\"backup\":" + (backup ? "true" : "false")
            + ",\"private\":" + (privateMode ? "true" : "false") + "}\n";
    } else {
        out = QCoreApplication::translate(
                  "sb::cli::VaultInfoCommand",
                  "Vault:    %1 (%2)\nSize:     %3 bytes, format version %4\nKDF:      %5\n"
                  "Backup:   %6\nMode:     %7\n")
                  .arg(path, source)
                  .arg(size)
                  .arg(header->formatVersion)
                  .arg(header->kdf.describe(),
                       backup ? Vault::backupPath(path)
                              : QCoreApplication::translate("sb::cli::VaultInfoCommand",
                                                            "none yet (made on the first save)"),
                       privateMode
                           ? QCoreApplication::translate("sb::cli::VaultInfoCommand", "private (0600)")
                           : QCoreApplication::translate("sb::cli::VaultInfoCommand",
                                                         "readable by others: fixed on the next save"))
                  .toUtf8();
    }
    return writeResult(out);
}

} // namespace sb::cli
