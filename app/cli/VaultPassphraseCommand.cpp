// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultPassphraseCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "TerminalPrompt.h"
#include "common/Settings.h"
#include "secrets/Keyring.h"

#include <QEventLoop>
#include <QTimer>

#include <QCoreApplication>

namespace sb::cli {

namespace {

// Waits for an asynchronous keyring call, at most a few seconds: a keyring
// that does not answer must not hang the command after the vault was saved.
template<typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(T)>)>& start)
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    start([&result, &loop](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return result;
}

// The app may keep the vault passphrase in the system keyring: a stored one
// is replaced by the new passphrase (never created here), so that it does not
// go stale.
void updateKeyring(const QString& path, const SecureBuffer& passphrase)
{
    Keyring keyring;
    const QString entry = Keyring::entryForVault(path);
    auto stored = waitFor<Result<SecureBuffer>>([&](auto done) { keyring.load(entry, done); });
    if (!stored || !*stored) {
        return; // nothing stored, or no keyring: nothing to update
    }
    (*stored)->clear();
    auto updated = waitFor<Status>([&](auto done) { keyring.store(entry, passphrase, done); });
    if (updated && *updated) {
        printLine(standardError(),
                  QCoreApplication::translate("sb::cli::VaultPassphraseCommand",
                                              "The passphrase stored in the system keyring was updated."));
    } else {
        printWarning(QCoreApplication::translate(
                         "sb::cli::VaultPassphraseCommand",
                         "The system keyring still holds the old passphrase (%1); remove it in "
                         "SecretBench's settings.")
                         .arg(updated ? updated->error().message
                                      : QCoreApplication::translate("sb::cli::VaultPassphraseCommand",
                                                                    "it did not answer")));
    }
}

} // namespace

QString VaultPassphraseCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::VaultPassphraseCommand", "Change the vault passphrase.");
}

QString VaultPassphraseCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::VaultPassphraseCommand",
               "Opens the vault with the current passphrase (--passphrase-file or the terminal) "
               "and saves it under the new one (--new-passphrase-file, or asked twice), with a new "
               "salt. The backup (.bak) keeps the previous file, still under the old passphrase: "
               "delete it if the old passphrase was compromised. When the app keeps the passphrase in "
               "the system keyring, the stored one is replaced by the new one.\n\n%1\n\n%2")
        .arg(vaultHelp(), vaultExitCodes());
}

void VaultPassphraseCommand::addOptions(QCommandLineParser& parser)
{
    addVaultOptions(parser);
    parser.addOption(m_newPassphraseFile);
    parser.addOption(m_recalibrate);
}

int VaultPassphraseCommand::execute(const QCommandLineParser& parser)
{
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    SecureBuffer next;
    if (parser.isSet(m_newPassphraseFile)) {
        auto read = readSecretFile(
            parser.value(m_newPassphraseFile),
            QCoreApplication::translate("sb::cli::VaultPassphraseCommand", "new passphrase"));
        if (!read) {
            return report(read.error());
        }
        next = std::move(*read);
    } else {
        auto first = promptPassphrase(
            QCoreApplication::translate("sb::cli::VaultPassphraseCommand", "New passphrase: "));
        if (!first) {
            return report(first.error());
        }
        auto second = promptPassphrase(
            QCoreApplication::translate("sb::cli::VaultPassphraseCommand", "Repeat the new passphrase: "));
        if (!second) {
            return report(second.error());
        }
        if (!first->constantTimeEquals(second->view())) {
            return usage(QCoreApplication::translate("sb::cli::VaultPassphraseCommand",
                                                     "The two passphrases differ; nothing was changed."));
        }
        next = std::move(*first);
    }
    if (next.isEmpty()) {
        return usage(QCoreApplication::translate("sb::cli::VaultPassphraseCommand",
                                                 "An empty passphrase is not allowed."));
    }
    KdfParams params = vault->kdfParams();
    if (parser.isSet(m_recalibrate)) {
        auto calibrated = Kdf::calibrate(Settings::instance().kdfTargetMilliseconds());
        if (!calibrated) {
            return report(calibrated.error());
        }
        params = *calibrated;
    }
    if (auto ok = vault->changePassphrase(next.view(), params); !ok) {
        return report(ok.error());
    }
    printLine(
        standardError(),
        QCoreApplication::translate("sb::cli::VaultPassphraseCommand", "The passphrase was changed (%1).")
            .arg(params.describe()));
    updateKeyring(vault->path(), next);
    return Success;
}

} // namespace sb::cli
