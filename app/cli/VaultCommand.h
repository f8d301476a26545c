// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "VaultOptions.h"
#include "secrets/Vault.h"

#include <QCoreApplication>
#include <QMap>

namespace sb::cli {

// Base of every command that works on the vault: --vault and
// --passphrase-file, opening (under the writer lock when the command
// changes something) and saving.
class VaultCommand : public Command
{
protected:
    void addVaultOptions(QCommandLineParser& parser) const;
    QString vaultPath(const QCommandLineParser& parser) const;
    // From --passphrase-file, else asked on the terminal (twice when `confirm`).
    Result<SecureBuffer> passphrase(const QCommandLineParser& parser, bool confirm) const;
    // Opens the vault; with `forWriting` the writer lock is held from before
    // reading until the vault is destroyed, so read-modify-write is one step.
    Result<Vault> openVault(const QCommandLineParser& parser, bool forWriting) const;
    // Prints the vault's warnings, saves, reports.
    int save(Vault& vault) const;
    // Writes a command's result to standard output: Success, or the I/O error's code.
    int writeResult(QByteArrayView out) const;
    // A listing: JSON objects as one array on a line, or text lines as they are.
    int writeListing(bool json, const QList<QByteArray>& items) const;
    static QByteArray isoTime(qint64 msecsSinceEpoch);
    // Values read from standard input lose one trailing line break ("\n" or "\r\n").
    static void stripLineBreak(SecureBuffer& value);

    // The paragraph every vault command's --help carries.
    static QString vaultHelp();
    // "Exit codes: ..." for vault commands, in order; `changes` adds codes or
    // replaces the meaning of the usual ones.
    static QString vaultExitCodes(const QMap<int, QString>& changes = {});

    VaultOptions m_vaultOptions;
};

// A VaultCommand that names one secret: --project and --name.
class SecretCommand : public VaultCommand
{
protected:
    void addSecretOptions(QCommandLineParser& parser, bool withName = true) const;
    // Usage error text when a required option is missing, else empty.
    QString missingOptions(const QCommandLineParser& parser, bool withName = true) const;

    struct OpenedSecret
    {
        Vault vault;
        const ProjectSecret* secret; // into vault's content, which a move keeps in place
    };
    // Opens the vault and finds --project/--name in it.
    Result<OpenedSecret> openSecret(const QCommandLineParser& parser, bool forWriting) const;
    // The current value of --project/--name, which must be of `type` (a usage error otherwise).
    Result<SecureBuffer> secretValue(const QCommandLineParser& parser, ProjectSecretType type) const;

    QCommandLineOption m_project { QStringLiteral("project"),
                                   QCoreApplication::translate("sb::cli::VaultCommand", "The project."),
                                   QStringLiteral("project") };
    QCommandLineOption m_name { QStringLiteral("name"),
                                QCoreApplication::translate("sb::cli::VaultCommand", "The secret's name."),
                                QStringLiteral("name") };
};

} // namespace sb::cli
