// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EncryptCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "crypto/EnvelopeText.h"
#include "crypto/SecretValue.h"

#include <QCoreApplication>

namespace sb::cli {

QString EncryptCommand::summary() const
{
    return QCoreApplication::translate(
        "sb::cli::EncryptCommand", "Encrypt the value on standard input into a Port secret-input envelope.");
}

QString EncryptCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::EncryptCommand",
               "Reads the value from standard input as exact bytes (nothing is stripped) and "
               "writes the base64 "
               "envelope and a newline to standard output.\n\n%1\n\n"
               "Exit codes: 0 success, 1 wrong vault passphrase (--key), 2 usage (also a --key "
               "entry of another type, or a name several projects have), 3 malformed input (not "
               "UTF-8, not JSON, key unreadable or too small, client secret under 32 bytes), 4 "
               "file error, 8 no vault, or no key of that name in it (--key).")
        .arg(KeyOptions::helpText(KeyOptions::Role::Encrypt));
}

void EncryptCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_object);
    m_keys.addTo(parser);
}

int EncryptCommand::execute(const QCommandLineParser& parser)
{
    auto encryptor = m_keys.encryptor(parser);
    if (!encryptor) {
        return encryptor.error().kind == ErrorKind::Usage ? usage(encryptor.error().message)
                                                          : report(encryptor.error());
    }
    auto value = readStandardInput();
    if (!value) {
        return report(value.error());
    }
    auto plaintext
        = plaintextForValue(parser.isSet(m_object) ? SecretType::Object : SecretType::String, value->view());
    if (!plaintext) {
        return report(plaintext.error());
    }
    auto envelope = (*encryptor)->encrypt(plaintext->view());
    if (!envelope) {
        return report(envelope.error());
    }
    if (auto ok = writeStandardOutput(encodeEnvelopeText(*envelope) + '\n'); !ok) {
        return report(ok.error());
    }
    return Success;
}

} // namespace sb::cli
