// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultOptions.h"

#include "CliIo.h"
#include "TerminalPrompt.h"
#include "secrets/VaultLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sb::cli {

VaultOptions::VaultOptions(const QString& passphraseHelp)
    : m_vault(
        QStringLiteral("vault"),
        QCoreApplication::translate("sb::cli::VaultOptions",
                                    "The vault file (default: $SECRETBENCH_VAULT, else the application data "
                                    "folder)."),
        QStringLiteral("path"))
    , m_passphraseFile(QStringLiteral("passphrase-file"),
                       passphraseHelp.isEmpty() ? QCoreApplication::translate(
                           "sb::cli::VaultOptions",
                           "Read the vault passphrase from <file> (else it is asked on the "
                           "terminal).")
                                                : passphraseHelp,
                       QStringLiteral("file"))
{ }

QString VaultOptions::path(const QCommandLineParser& parser) const
{
    return VaultLocation::resolve(parser.value(m_vault));
}

QString VaultOptions::source(const QCommandLineParser& parser) const
{
    return VaultLocation::sourceOf(parser.value(m_vault));
}

Result<SecureBuffer> VaultOptions::passphrase(const QCommandLineParser& parser, bool confirm) const
{
    if (parser.isSet(m_passphraseFile)) {
        auto read = readSecretFile(parser.value(m_passphraseFile), QStringLiteral("passphrase"));
        if (read && read->isEmpty()) {
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate("sb::cli::VaultOptions",
                                                    "The passphrase file is empty; an empty passphrase "
                                                    "is not allowed."));
        }
        return read;
    }
    auto first = promptPassphrase(QCoreApplication::translate("sb::cli::VaultOptions", "Vault passphrase: "));
    if (!first) {
        return first;
    }
    if (first->isEmpty()) {
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("sb::cli::VaultOptions", "An empty passphrase is not allowed."));
    }
    if (confirm) {
        auto second = promptPassphrase(
            QCoreApplication::translate("sb::cli::VaultOptions", "Repeat the passphrase: "));
        if (!second) {
            return second;
        }
        if (!first->constantTimeEquals(second->view())) {
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate("sb::cli::VaultOptions",
                                                    "The two passphrases differ; nothing was done."));
        }
    }
    return first;
}

Result<Vault> VaultOptions::open(const QCommandLineParser& parser, bool forWriting) const
{
    const QString file = path(parser);
    const auto missing = [&] {
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate(
                        "sb::cli::VaultOptions",
                        "There is no vault at %1 (%2). Create one with 'secretbench-cli vault "
                        "init'.")
                        .arg(file, source(parser)));
    };
    // Checked before locking too, so that a mistyped path creates nothing.
    if (!QFileInfo::exists(file)) {
        return missing();
    }
    std::unique_ptr<VaultWriteLock> lock;
    if (forWriting) {
        auto acquired = VaultWriteLock::acquire(file);
        if (!acquired) {
            return std::unexpected(acquired.error());
        }
        lock = std::move(*acquired);
        if (!QFileInfo::exists(file)) {
            return missing();
        }
    }
    auto secret = passphrase(parser, false);
    if (!secret) {
        return std::unexpected(secret.error());
    }
    auto vault = Vault::open(file, secret->view());
    if (!vault) {
        return vault;
    }
    for (const QString& warning : vault->warnings()) {
        printWarning(warning);
    }
    if (lock) {
        vault->adoptWriteLock(std::move(lock));
    }
    return vault;
}

QString VaultOptions::help()
{
    return QCoreApplication::translate(
        "sb::cli::VaultOptions",
        "The vault is --vault, else $SECRETBENCH_VAULT, else vault.sbvault in the application data folder. "
        "The passphrase comes from --passphrase-file (a trailing line break is ignored) or is asked on the "
        "terminal without echo; it is never taken from the command line.");
}

} // namespace sb::cli
