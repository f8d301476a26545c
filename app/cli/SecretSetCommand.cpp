// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretSetCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "secrets/Jwt.h"
#include "secrets/MongoUrl.h"
#include "secrets/VaultKeys.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretSetCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretSetCommand",
                                       "Add a secret, or replace its value, from standard input.");
}

QString SecretSetCommand::details() const
{
    return QStringLiteral(
               "Reads the value from standard input (one trailing line break is removed). A new secret "
               "needs --type; replacing keeps the previous value in the history (the last 10 are kept), "
               "and setting the current value again changes nothing. Names are identifiers (letters, "
               "digits, '_'), used in workflows as {{ secrets.<name> }}.\n\n"
               "A mongodb-url must be valid (see 'mongo check'); its warnings are printed, with the URL "
               "redacted. A jwt-secret shorter than its algorithm needs (RFC 7518: 32 bytes for HS256) is "
               "stored with a warning. A port-client-secret has at least 32 bytes (Port's key is its first "
               "32). An rsa-private-key is a PEM (PKCS#8, encrypted PKCS#8 or PKCS#1), kept exactly as "
               "read; an encrypted one needs --key-passphrase-file, and its passphrase is stored with it. "
               "Its size and the SHA-256 fingerprint of its public key are printed; keys under 2048 bits "
               "are stored with a warning. Commands that take keys name these two types with --key.\n\n"
               "%1\n\n%2")
        .arg(vaultHelp(),
             vaultExitCodes({ { 1,
                                QCoreApplication::translate(
                                    "sb::cli::SecretSetCommand",
                                    "wrong passphrase (of the vault or of the key), or damaged vault") },
                              { 3,
                                QCoreApplication::translate(
                                    "sb::cli::SecretSetCommand",
                                    "an invalid MongoDB URL, a client secret under 32 bytes, a PEM that "
                                    "is not an RSA private key, a value that is not UTF-8, or a "
                                    "malformed vault") } }));
}

void SecretSetCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_type);
    parser.addOption(m_keyPassphraseFile);
}

Result<SecureBuffer> SecretSetCommand::storedKey(const QCommandLineParser& parser, QByteArrayView pem) const
{
    SecureBuffer passphrase;
    if (parser.isSet(m_keyPassphraseFile)) {
        auto read
            = readSecretFile(parser.value(m_keyPassphraseFile),
                             QCoreApplication::translate("sb::cli::SecretSetCommand", "key passphrase"));
        if (!read) {
            return std::unexpected(read.error());
        }
        passphrase = std::move(*read);
    }
    auto stored = StoredPrivateKey::fromPem(pem, passphrase.view());
    if (!stored) {
        Error error = stored.error();
        if (error.kind == ErrorKind::PassphraseRequired) {
            error.message += QCoreApplication::translate(
                "sb::cli::SecretSetCommand",
                " Give it with --key-passphrase-file; it is stored with the key.");
        }
        return std::unexpected(error);
    }
    auto key = stored->key();
    if (!key) {
        return std::unexpected(key.error());
    }
    if (!passphrase.isEmpty() && !stored->isProtected()) {
        printWarning(QCoreApplication::translate(
            "sb::cli::SecretSetCommand", "The key is not encrypted; the passphrase given is not stored."));
    }
    printLine(standardError(),
              QCoreApplication::translate("sb::cli::SecretSetCommand",
                                          "RSA private key: %1 bits, %2, public key SHA-256 %3.")
                  .arg(key->bits())
                  .arg(keySourceName(key->source()), key->publicKey().fingerprint()));
    if (key->bits() < MinimumRsaBits) {
        printWarning(
            QCoreApplication::translate("sb::cli::SecretSetCommand",
                                        "The key has %1 bits, under the %2 Port requires for client-side "
                                        "encryption; it is stored anyway.")
                .arg(key->bits())
                .arg(MinimumRsaBits));
    }
    return stored->encode();
}

int SecretSetCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    if (auto ok = VaultContent::checkSecretName(parser.value(m_name)); !ok) {
        return usage(ok.error().message);
    }
    std::optional<ProjectSecretType> type;
    if (parser.isSet(m_type)) {
        type = secretTypeFromName(parser.value(m_type));
        if (!type) {
            return usage(QStringLiteral("--type is %1.").arg(secretTypeNameList()));
        }
    }
    auto value = readStandardInput();
    if (!value) {
        return report(value.error());
    }
    if (auto ok = VaultContent::checkValue(value->view()); !ok) {
        return report(ok.error());
    }
    if (parser.isSet(m_keyPassphraseFile) && type && type != ProjectSecretType::RsaPrivateKey) {
        return usage(QCoreApplication::translate(
            "sb::cli::SecretSetCommand", "--key-passphrase-file belongs to rsa-private-key secrets."));
    }
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    const QString project = parser.value(m_project);
    const QString name = parser.value(m_name);
    const Project* p = vault->content().project(project);
    const ProjectSecret* existing = p ? p->secret(name) : nullptr;
    if (!type) {
        if (!existing) {
            return usage(QCoreApplication::translate("sb::cli::SecretSetCommand",
                                                     "--type is required for a new secret (%1).")
                             .arg(secretTypeNameList()));
        }
        type = existing->type;
    }
    if (*type != ProjectSecretType::RsaPrivateKey) {
        if (parser.isSet(m_keyPassphraseFile)) {
            return usage(QCoreApplication::translate(
                "sb::cli::SecretSetCommand", "--key-passphrase-file belongs to rsa-private-key secrets."));
        }
        stripLineBreak(*value); // a PEM is kept exactly as read
    }
    if (*type == ProjectSecretType::RsaPrivateKey) {
        auto stored = storedKey(parser, value->view());
        if (!stored) {
            return report(stored.error());
        }
        *value = std::move(*stored);
    } else if (*type == ProjectSecretType::PortClientSecret) {
        if (auto ok = VaultContent::checkValue(*type, value->view()); !ok) {
            return report(ok.error());
        }
        printLine(standardError(),
                  QCoreApplication::translate("sb::cli::SecretSetCommand",
                                              "Client secret: %1 bytes; the key is its first 32.")
                      .arg(value->size()));
    } else if (*type == ProjectSecretType::MongoDbUrl) {
        auto info = MongoUrl::analyze(value->view());
        if (!info) {
            QString message = info.error().message;
            if (MongoUrl::escapingFix(value->view())) {
                message += QCoreApplication::translate(
                    "sb::cli::SecretSetCommand",
                    " 'secretbench-cli mongo check --fix' writes the corrected URL.");
            }
            return report(Error { ErrorKind::InvalidMongoUrl, message });
        }
        for (const MongoFinding& warning : info->warnings) {
            printWarning(QStringLiteral("%1: %2").arg(info->redacted, warning.message));
        }
    } else {
        const Jwt::Strength strength = Jwt::assessSecret(value->view(), Jwt::Algorithm::HS256);
        if (!strength.sufficient) {
            printWarning(strength.message);
        }
    }
    auto outcome = vault->content().setSecret(project, name, *type, value->view());
    value->clear();
    if (!outcome) {
        return report(outcome.error());
    }
    if (*outcome == SetOutcome::Unchanged) {
        printLine(standardError(),
                  QCoreApplication::translate("sb::cli::SecretSetCommand",
                                              "%1 already has this value; nothing was changed.")
                      .arg(name));
        return Success;
    }
    if (const int code = save(*vault); code != Success) {
        return code;
    }
    const ProjectSecret* secret = vault->content().project(project)->secret(name);
    printLine(standardError(),
              *outcome == SetOutcome::Added
                  ? QCoreApplication::translate("sb::cli::SecretSetCommand",
                                                "Added %1 to %2; workflows refer to it as %3.")
                        .arg(name, project, secret->reference())
                  : QCoreApplication::translate("sb::cli::SecretSetCommand",
                                                "Replaced %1: now version %2 (%3 earlier values kept).")
                        .arg(name)
                        .arg(secret->current().number)
                        .arg(secret->versions.size() - 1));
    return Success;
}

} // namespace sb::cli
