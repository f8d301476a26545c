// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecryptCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "crypto/BatchDecryptor.h"
#include "crypto/EnvelopeText.h"
#include "crypto/SecretValue.h"

#include <QCoreApplication>

namespace sb::cli {

QString DecryptCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::DecryptCommand",
                                       "Decrypt a Port secret-input envelope from standard input.");
}

QString DecryptCommand::details() const
{
    return QStringLiteral("Reads the base64 envelope from standard input (surrounding whitespace, line "
                          "breaks and one pair "
                          "of quotes are tolerated) and writes the value to standard output as exact bytes, "
                          "with nothing "
                          "added.\n\n"
                          "With --batch, reads one envelope per line and writes one JSON object per line:\n"
                          "  {\"line\":N,\"ok\":true,\"value\":\"...\"}   (with --object the value is "
                          "embedded as JSON)\n"
                          "  {\"line\":N,\"ok\":false,\"error\":\"kind\",\"message\":\"...\"}\n"
                          "Blank lines are skipped. One bad line never stops the rest; the exit code is that "
                          "of the first "
                          "line that failed, or 0.\n\n%1\n\n"
                          "Exit codes: 0 success, 1 authentication or unwrap failure (wrong key, altered "
                          "data) or a wrong vault passphrase (--key), 2 usage (also a --key entry of another "
                          "type, or a name several projects have), 3 malformed input (base64, length, PEM, "
                          "JSON, UTF-8), 4 file error, 8 no vault, or no key of that name in it (--key).")
        .arg(KeyOptions::helpText(KeyOptions::Role::Decrypt));
}

void DecryptCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_object);
    parser.addOption(m_batch);
    parser.addOption(m_threads);
    m_keys.addTo(parser);
}

int DecryptCommand::execute(const QCommandLineParser& parser)
{
    if (parser.isSet(m_threads) && !parser.isSet(m_batch)) {
        return usage(QCoreApplication::translate("sb::cli::DecryptCommand", "--threads belongs to --batch."));
    }
    auto decryptor = m_keys.decryptor(parser);
    if (!decryptor) {
        return decryptor.error().kind == ErrorKind::Usage ? usage(decryptor.error().message)
                                                          : report(decryptor.error());
    }
    for (const QString& warning : (*decryptor)->warnings()) {
        printWarning(warning);
    }
    return parser.isSet(m_batch) ? decryptBatch(parser, **decryptor) : decryptOne(parser, **decryptor);
}

int DecryptCommand::decryptOne(const QCommandLineParser& parser, EnvelopeDecryptor& decryptor)
{
    auto input = readStandardInput();
    if (!input) {
        return report(input.error());
    }
    auto text = decodeEnvelopeText(input->view());
    if (!text) {
        return report(text.error());
    }
    auto plaintext = decryptor.decrypt(text->bytes);
    if (!plaintext) {
        return report(plaintext.error());
    }
    const SecretType type = parser.isSet(m_object) ? SecretType::Object : SecretType::String;
    if (auto ok = checkDecryptedValue(type, plaintext->view()); !ok) {
        return report(ok.error());
    }
    if (auto ok = writeStandardOutput(plaintext->view()); !ok) {
        return report(ok.error());
    }
    return Success;
}

int DecryptCommand::decryptBatch(const QCommandLineParser& parser, const EnvelopeDecryptor& decryptor)
{
    BatchDecryptor::Options options;
    options.type = parser.isSet(m_object) ? SecretType::Object : SecretType::String;
    if (parser.isSet(m_threads)) {
        bool ok = false;
        options.threads = parser.value(m_threads).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256) {
            return usage(QCoreApplication::translate("sb::cli::DecryptCommand",
                                                     "--threads takes a number from 1 to 256."));
        }
    }
    BatchDecryptor batch(decryptor, options);
    auto summary = batch.run(standardInput(), standardOutput());
    if (!summary) {
        return report(summary.error());
    }
    return summary->firstFailure ? exitCodeFor(*summary->firstFailure) : Success;
}

} // namespace sb::cli
