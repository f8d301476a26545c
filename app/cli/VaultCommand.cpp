// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace sb::cli {

void VaultCommand::addVaultOptions(QCommandLineParser& parser) const
{
    parser.addOption(m_vaultOptions.vaultOption());
    parser.addOption(m_vaultOptions.passphraseFileOption());
}

QString VaultCommand::vaultPath(const QCommandLineParser& parser) const
{
    return m_vaultOptions.path(parser);
}

Result<SecureBuffer> VaultCommand::passphrase(const QCommandLineParser& parser, bool confirm) const
{
    return m_vaultOptions.passphrase(parser, confirm);
}

Result<Vault> VaultCommand::openVault(const QCommandLineParser& parser, bool forWriting) const
{
    return m_vaultOptions.open(parser, forWriting);
}

int VaultCommand::save(Vault& vault) const
{
    if (auto ok = vault.save(); !ok) {
        return report(ok.error());
    }
    return Success;
}

int VaultCommand::writeResult(QByteArrayView out) const
{
    if (auto ok = writeStandardOutput(out); !ok) {
        return report(ok.error());
    }
    return Success;
}

int VaultCommand::writeListing(bool json, const QList<QByteArray>& items) const
{
    QByteArray out;
    for (const QByteArray& item : items) {
        out += (json && !out.isEmpty() ? "," : "") + item;
    }
    return writeResult(json ? "[" + out + "]\n" : out);
}

QByteArray VaultCommand::isoTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

void VaultCommand::stripLineBreak(SecureBuffer& value)
{
    if (value.view().endsWith("\r\n")) {
        value.resize(value.size() - 2);
    } else if (value.view().endsWith('\n')) {
        value.resize(value.size() - 1);
    }
}

QString VaultCommand::vaultHelp()
{
    return VaultOptions::help();
}

QString VaultCommand::vaultExitCodes(const QMap<int, QString>& changes)
{
    QMap<int, QString> codes {
        { 0, QStringLiteral("success") },
        { 1, QCoreApplication::translate("sb::cli::VaultCommand", "wrong passphrase or damaged vault") },
        { 2, QCoreApplication::translate("sb::cli::VaultCommand", "usage, or a name that already exists") },
        { 3, QCoreApplication::translate("sb::cli::VaultCommand", "malformed vault or input") },
        { 4,
          QCoreApplication::translate("sb::cli::VaultCommand",
                                      "file error, or the vault busy or changed by another program") },
        { 8, QCoreApplication::translate("sb::cli::VaultCommand", "no such vault, project or secret") },
    };
    codes.insert(changes);
    QStringList parts;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    return QCoreApplication::translate("sb::cli::VaultCommand", "Exit codes: %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

void SecretCommand::addSecretOptions(QCommandLineParser& parser, bool withName) const
{
    parser.addOption(m_project);
    if (withName) {
        parser.addOption(m_name);
    }
    addVaultOptions(parser);
}

Result<SecretCommand::OpenedSecret> SecretCommand::openSecret(const QCommandLineParser& parser,
                                                              bool forWriting) const
{
    auto vault = openVault(parser, forWriting);
    if (!vault) {
        return std::unexpected(vault.error());
    }
    auto secret = vault->content().findSecret(parser.value(m_project), parser.value(m_name));
    if (!secret) {
        return std::unexpected(secret.error());
    }
    return OpenedSecret { std::move(*vault), *secret };
}

Result<SecureBuffer> SecretCommand::secretValue(const QCommandLineParser& parser,
                                                ProjectSecretType type) const
{
    auto opened = openSecret(parser, false);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    if (opened->secret->type != type) {
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("sb::cli::VaultCommand", "%1 is a %2, not a %3.")
                .arg(parser.value(m_name), secretTypeName(opened->secret->type), secretTypeName(type)));
    }
    return opened->secret->current().value.clone();
}

QString SecretCommand::missingOptions(const QCommandLineParser& parser, bool withName) const
{
    if (!parser.isSet(m_project)) {
        return QCoreApplication::translate("sb::cli::VaultCommand", "--project is required.");
    }
    if (withName && !parser.isSet(m_name)) {
        return QCoreApplication::translate("sb::cli::VaultCommand", "--name is required.");
    }
    return {};
}

} // namespace sb::cli
