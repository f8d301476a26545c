#include "VaultPassphraseCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "TerminalPrompt.h"

#include <QCoreApplication>

namespace sb::cli {

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
               "delete it if the old passphrase was compromised.\n\n%1\n\n%2")
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
        auto calibrated = Kdf::calibrate();
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
    return Success;
}

} // namespace sb::cli
