// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"
#include "secrets/Vault.h"

#include <QCommandLineParser>

namespace sb::cli {

// --vault and --passphrase-file, and opening the vault with them: one
// implementation for the vault commands and for the --key option of the
// commands that take keys.
class VaultOptions
{
public:
    // `passphraseHelp` replaces the --passphrase-file description where the
    // option means more than the vault's passphrase.
    explicit VaultOptions(const QString& passphraseHelp = {});

    const QCommandLineOption& vaultOption() const { return m_vault; }
    const QCommandLineOption& passphraseFileOption() const { return m_passphraseFile; }

    QString path(const QCommandLineParser& parser) const;
    // Where path() comes from: "--vault", "$SECRETBENCH_VAULT" or the default.
    QString source(const QCommandLineParser& parser) const;
    // From --passphrase-file, else asked on the terminal without echo (twice when `confirm`).
    Result<SecureBuffer> passphrase(const QCommandLineParser& parser, bool confirm) const;
    // Opens the vault; with `forWriting` the writer lock is held from before
    // reading until the vault is destroyed, so read-modify-write is one step.
    // Warnings from opening go to standard error.
    Result<Vault> open(const QCommandLineParser& parser, bool forWriting) const;

    // The paragraph every command that opens the vault carries in its --help.
    static QString help();

private:
    QCommandLineOption m_vault;
    QCommandLineOption m_passphraseFile;
};

} // namespace sb::cli
