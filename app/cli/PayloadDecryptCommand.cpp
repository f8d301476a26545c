// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadDecryptCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "crypto/PortManagedCipher.h"
#include "inputs/ActionDefinition.h"
#include "inputs/PayloadDecryptor.h"

#include <QCoreApplication>

namespace sb::cli {

QString PayloadDecryptCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::PayloadDecryptCommand",
                                       "Decrypt every secret in a request body a backend received.");
}

QString PayloadDecryptCommand::details() const
{
    return QStringLiteral(
               "Reads a JSON body from standard input and writes it to standard output with every secret "
               "replaced by its value (an object secret by the object itself). A report goes to standard "
               "error, "
               "one line per secret: JSONPATH  INPUT  FORMAT  ok|FAILED: reason.\n"
               "With --definition, secrets are found where Port puts each secret input (payload.properties, "
               "properties, and wherever the body template places {{ .inputs.NAME }}) with their declared "
               "format "
               "and type; without it, every string that reads as an envelope is tried with every key given.\n"
               "Give the client secret (Port-managed) and/or --private-key (client-side; may be repeated), "
               "or "
               "name them in the vault with --key. "
               "If any "
               "secret fails, nothing is written to standard output.\n\n%1\n\n"
               "Exit codes: 0 every secret decrypted, 1 authentication or unwrap failure (wrong key, altered "
               "data) or a wrong vault passphrase (--key), 2 usage (also a --key entry of another type, or "
               "a name several projects have), 3 malformed input (body, definition, key, base64), 4 file "
               "error, 8 no secret found or no key for one, or no vault or no key of that name in it "
               "(--key).")
        .arg(KeyOptions::helpText(KeyOptions::Role::Decrypt));
}

void PayloadDecryptCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_definition);
    m_keys.addTo(parser);
}

int PayloadDecryptCommand::execute(const QCommandLineParser& parser)
{
    PayloadKeys keys;
    auto secret = m_keys.clientSecret(parser);
    if (!secret) {
        return report(secret.error());
    }
    auto privateKeys = m_keys.privateKeys(parser);
    if (!privateKeys) {
        return privateKeys.error().kind == ErrorKind::Usage ? usage(privateKeys.error().message)
                                                            : report(privateKeys.error());
    }
    keys.privateKeys = *privateKeys;
    if (*secret) {
        auto cipher = PortManagedCipher::fromClientSecret((*secret)->view());
        if (!cipher) {
            return report(cipher.error());
        }
        keys.portManaged = std::make_shared<PortManagedCipher>(std::move(*cipher));
    }
    if (!keys.portManaged && keys.privateKeys.isEmpty()) {
        return usage(
            QCoreApplication::translate("sb::cli::PayloadDecryptCommand",
                                        "No key given: use --client-secret-file (or set PORT_CLIENT_SECRET), "
                                        "--private-key and/or --key."));
    }
    std::optional<ActionDefinition> definition;
    if (parser.isSet(m_definition)) {
        auto text = readFile(parser.value(m_definition), QStringLiteral("definition"));
        if (!text) {
            return report(text.error());
        }
        auto parsed = ActionDefinition::parse(*text);
        if (!parsed) {
            return report(parsed.error());
        }
        definition = std::move(*parsed);
    }
    auto body = readStandardInput();
    if (!body) {
        return report(body.error());
    }
    auto result = PayloadDecryptor::decrypt(body->view(), definition ? &*definition : nullptr, keys);
    if (!result) {
        return report(result.error());
    }
    printLine(standardError(), result->summary().trimmed());
    if (result->secrets.empty()) {
        return report({ ErrorKind::NotFound,
                        QCoreApplication::translate("sb::cli::PayloadDecryptCommand",
                                                    "No secret value was found in the body.") });
    }
    if (auto failure = result->firstFailure()) {
        return report({ *failure,
                        QCoreApplication::translate("sb::cli::PayloadDecryptCommand",
                                                    "%1 secret(s) could not be decrypted (see above).")
                            .arg(result->failures()) });
    }
    QByteArray out = JsonText::serialize(result->decryptedBody, true) + '\n';
    const Status written = writeStandardOutput(out);
    wipe(out);
    if (!written) {
        return report(written.error());
    }
    return Success;
}

} // namespace sb::cli
