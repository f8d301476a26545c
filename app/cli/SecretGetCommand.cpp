// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretGetCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "secrets/VaultKeys.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretGetCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretGetCommand",
                                       "Write a secret's value to standard output.");
}

QString SecretGetCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::SecretGetCommand",
               "Writes the exact bytes of the value, nothing added. --version N writes an older "
               "value kept in the history. For an rsa-private-key the value is the PEM as it was "
               "stored; --part passphrase writes the passphrase stored with an encrypted one "
               "instead.\n\n%1\n\n%2")
        .arg(vaultHelp(),
             vaultExitCodes({ { 8,
                                QCoreApplication::translate(
                                    "sb::cli::SecretGetCommand",
                                    "no such vault, project or secret, or (--part passphrase) no "
                                    "passphrase stored with the key") } }));
}

void SecretGetCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_version);
    parser.addOption(m_part);
}

int SecretGetCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    const QString part = parser.isSet(m_part) ? parser.value(m_part) : QStringLiteral("pem");
    if (part != QLatin1String("pem") && part != QLatin1String("passphrase")) {
        return usage(
            QCoreApplication::translate("sb::cli::SecretGetCommand", "--part is pem or passphrase."));
    }
    std::optional<quint32> number;
    if (parser.isSet(m_version)) {
        bool ok = false;
        number = parser.value(m_version).toUInt(&ok);
        if (!ok) {
            return usage(QCoreApplication::translate(
                "sb::cli::SecretGetCommand", "--version takes a version number (see secret history)."));
        }
    }
    auto opened = openSecret(parser, false);
    if (!opened) {
        return report(opened.error());
    }
    const SecretVersion* version = number ? opened->secret->version(*number) : &opened->secret->current();
    if (!version) {
        return report(Error { ErrorKind::NotFound,
                              QCoreApplication::translate("sb::cli::SecretGetCommand",
                                                          "%1 has no version %2 (see secret history).")
                                  .arg(parser.value(m_name))
                                  .arg(*number) });
    }
    if (opened->secret->type != ProjectSecretType::RsaPrivateKey) {
        if (parser.isSet(m_part)) {
            return usage(QCoreApplication::translate("sb::cli::SecretGetCommand",
                                                     "--part belongs to rsa-private-key secrets."));
        }
        return writeResult(version->value.view());
    }
    auto stored = StoredPrivateKey::decode(version->value.view());
    if (!stored) {
        return report(stored.error());
    }
    if (part == QLatin1String("passphrase")) {
        if (!stored->isProtected()) {
            return report(
                Error { ErrorKind::NotFound,
                        QCoreApplication::translate("sb::cli::SecretGetCommand",
                                                    "%1 is not encrypted: no passphrase is stored with it.")
                            .arg(parser.value(m_name)) });
        }
        return writeResult(stored->passphrase.view());
    }
    return writeResult(stored->pem.view());
}

} // namespace sb::cli
