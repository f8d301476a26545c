// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "crypto/EnvelopeInspection.h"
#include "inspector/DiagnosisReport.h"
#include "inspector/EnvelopeDiagnosis.h"
#include "inspector/InspectorInput.h"
#include "inspector/KeyFacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::cli {

namespace {

QByteArray jsonReport(const EnvelopeInspection& inspection)
{
    QJsonArray layouts;
    for (const EnvelopeLayout& layout : inspection.layouts) {
        layouts.append(DiagnosisReport::layoutJson(layout));
    }
    QJsonArray rejected;
    for (const RejectedLayout& layout : inspection.rejected) {
        rejected.append(QJsonObject {
            { QStringLiteral("format"), envelopeFormatIdentifier(layout.format) },
            { QStringLiteral("rsaBits"), layout.rsaBits ? QJsonValue(layout.rsaBits) : QJsonValue() },
            { QStringLiteral("minimumLength"), layout.minimumSize },
        });
    }
    const EnvelopeText& text = inspection.text;
    const QJsonObject report {
        { QStringLiteral("length"), text.bytes.size() },
        { QStringLiteral("base64Length"), text.textLength },
        { QStringLiteral("base64url"), text.base64Url },
        { QStringLiteral("missingPadding"), text.missingPadding },
        { QStringLiteral("strippedQuotes"), text.strippedQuotes },
        { QStringLiteral("trimmedWhitespace"), text.trimmedWhitespace },
        { QStringLiteral("removedLineBreaks"), text.removedLineBreaks },
        { QStringLiteral("notes"), QJsonArray::fromStringList(text.notes()) },
        { QStringLiteral("layouts"), layouts },
        { QStringLiteral("rejected"), rejected },
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QByteArray textReport(const EnvelopeInspection& inspection)
{
    QString out;
    const EnvelopeText& text = inspection.text;
    out += QCoreApplication::translate("sb::cli::InspectCommand",
                                       "Envelope: %1 bytes (%2 base64 characters)\n")
               .arg(text.bytes.size())
               .arg(text.textLength);
    const QStringList notes = text.notes();
    for (const QString& note : notes) {
        out += QStringLiteral("Note: %1\n").arg(note);
    }
    out += QCoreApplication::translate("sb::cli::InspectCommand", "\nLayouts that fit:\n");
    for (const EnvelopeLayout& layout : inspection.layouts) {
        out += QCoreApplication::translate("sb::cli::InspectCommand", "  %1: a %2-byte value\n")
                   .arg(layout.title())
                   .arg(layout.plaintextLength());
        for (const EnvelopePart& part : layout.parts) {
            out += QCoreApplication::translate("sb::cli::InspectCommand", "    %1 offset %2 length %3\n")
                       .arg(part.name().leftJustified(12))
                       .arg(part.offset, 6)
                       .arg(part.length, 8);
        }
    }
    if (!inspection.rejected.isEmpty()) {
        out += QCoreApplication::translate("sb::cli::InspectCommand", "\nLayouts that do not fit:\n");
        for (const RejectedLayout& layout : inspection.rejected) {
            const QString title = layout.format == EnvelopeFormat::PortManaged
                ? envelopeFormatName(layout.format)
                : QStringLiteral("client-side, RSA-%1").arg(layout.rsaBits);
            out += QCoreApplication::translate("sb::cli::InspectCommand", "  %1: needs at least %2 bytes\n")
                       .arg(title)
                       .arg(layout.minimumSize);
        }
    }
    return out.toUtf8();
}

} // namespace

QString InspectCommand::summary() const
{
    return QCoreApplication::translate(
        "sb::cli::InspectCommand", "Show the structure of an envelope from standard input, without any key.");
}

QString InspectCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::InspectCommand",
               "Decodes the envelope (standard base64 with or without padding; whitespace, line breaks and "
               "one pair "
               "of quotes are tolerated and reported; base64url is detected) and lists every layout its "
               "length fits: "
               "Port-managed (16-byte IV, ciphertext, 16-byte tag) and client-side for 2048/3072/4096-bit "
               "keys "
               "(12-byte IV, wrapped key, ciphertext, 16-byte tag), each part with its offset and length.\n\n"
               "With --diagnose, standard input may also be a JSON body or a JSON-lines log: every encrypted "
               "value "
               "in it is diagnosed. With a key (--client-secret-file or PORT_CLIENT_SECRET, --private-key, "
               "or both) "
               "each value is decrypted and every way it fails is explained with its evidence: wrong client "
               "secret "
               "or altered data, a client secret that is short, padded with whitespace, a client ID or "
               "non-ASCII "
               "(with the derivation the value matches), a private key that does not match (key sizes "
               "compared), "
               "the other format, base64url, double base64, a cut-off value, plain text or JSON. The "
               "decrypted "
               "value itself is never printed (use decrypt). The client secret file is read exactly as it "
               "is: "
               "a trailing line break is reported (and tried without), not silently dropped. The report goes "
               "to standard output whatever the "
               "verdict, so that it can be read; the exit code carries the verdict.\n\n%1\n\n"
               "Exit codes: 0 a layout fits (with --diagnose: every value decrypts with the key as given, or "
               "no key "
               "was given and every value is a readable envelope), 1 with --diagnose, a value does not "
               "decrypt with "
               "the key as given (wrong key, altered data, or only after a correction the report names), or "
               "a wrong vault passphrase (--key), 2 usage or a passphrase is needed (also a --key entry of "
               "another type, or a name several projects have), 3 not base64, too short for any layout or "
               "not an envelope (or a key file that is not a key), 4 file error, 8 no vault, or no key of "
               "that name in it (--key). With --diagnose the code is that of the first value that failed.")
        .arg(KeyOptions::helpText(KeyOptions::Role::Decrypt));
}

void InspectCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_json);
    parser.addOption(m_diagnose);
    m_keys.addTo(parser);
}

int InspectCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_diagnose) && m_keys.anyGiven(parser)) {
        return usage(
            QCoreApplication::translate("sb::cli::InspectCommand", "Key options belong to --diagnose."));
    }
    auto input = readStandardInput();
    if (!input) {
        return report(input.error());
    }
    if (parser.isSet(m_diagnose)) {
        return diagnose(parser, input->view());
    }
    auto inspection = inspectEnvelope(input->view());
    if (!inspection) {
        return report(inspection.error());
    }
    if (inspection->layouts.isEmpty()) {
        return report(Error { ErrorKind::TooShort,
                              QCoreApplication::translate(
                                  "sb::cli::InspectCommand",
                                  "The envelope is %1 bytes; the shortest envelope is 32 bytes "
                                  "(Port-managed: 16-byte IV and 16-byte tag), so this is not an envelope "
                                  "or it was truncated.")
                                  .arg(inspection->text.bytes.size()) });
    }
    const QByteArray out = parser.isSet(m_json) ? jsonReport(*inspection) : textReport(*inspection);
    if (auto ok = writeStandardOutput(out); !ok) {
        return report(ok.error());
    }
    return Success;
}

int InspectCommand::diagnose(const QCommandLineParser& parser, QByteArrayView input)
{
    DiagnosisKeys keys;
    auto secret = m_keys.rawClientSecret(parser);
    if (!secret) {
        return report(secret.error());
    }
    keys.clientSecret = std::move(*secret);
    auto privateKey = m_keys.privateKey(parser);
    if (!privateKey) {
        return privateKey.error().kind == ErrorKind::Usage ? usage(privateKey.error().message)
                                                           : report(privateKey.error());
    }
    keys.privateKey = std::move(*privateKey);

    const ClassifiedInput classified = classifyInput(input);
    QList<KeyFacts> facts;
    if (keys.clientSecret) {
        facts << clientSecretFacts(keys.clientSecret->view());
    }
    if (keys.privateKey) {
        facts << privateKeyFacts(*keys.privateKey);
    }
    // With nothing that reads as an envelope, the whole text is diagnosed: it says what the text is instead.
    QList<InputEntry> entries = classified.entries;
    if (entries.isEmpty()) {
        entries.append({ 0, QString(), input.toByteArray(), false });
    }

    int exitCode = Success;
    QString text = QCoreApplication::translate("sb::cli::InspectCommand", "Input: %1.\n  %2\n")
                       .arg(classified.summary, classified.reason);
    for (const QString& note : classified.notes) {
        text += QStringLiteral("  Note: %1\n").arg(note);
    }
    for (const InputProblem& problem : classified.problems) {
        text += QCoreApplication::translate("sb::cli::InspectCommand", "  Line %1: %2\n")
                    .arg(problem.line)
                    .arg(problem.message);
    }
    for (const KeyFacts& f : facts) {
        text += QLatin1Char('\n') + DiagnosisReport::keyFactsText(f);
    }
    QJsonArray values;
    for (const InputEntry& entry : entries) {
        const EnvelopeDiagnosis d = diagnoseEnvelope(entry.text, keys);
        if (exitCode == Success && d.failure) {
            exitCode = exitCodeFor(d.failure->kind);
        }
        const QString label = DiagnosisReport::entryLabel(entry);
        text += QLatin1Char('\n')
            + DiagnosisReport::diagnosisText(d, entries.size() > 1 || !label.isEmpty() ? label : QString());
        QJsonObject value = DiagnosisReport::diagnosisJson(d);
        value.insert(QStringLiteral("line"), entry.line > 0 ? QJsonValue(entry.line) : QJsonValue());
        value.insert(QStringLiteral("path"), entry.path.isEmpty() ? QJsonValue() : QJsonValue(entry.path));
        values.append(value);
    }
    QByteArray out;
    if (parser.isSet(m_json)) {
        QJsonArray problems;
        for (const InputProblem& problem : classified.problems) {
            problems.append(QJsonObject { { QStringLiteral("line"), problem.line },
                                          { QStringLiteral("message"), problem.message } });
        }
        QJsonArray keyList;
        for (const KeyFacts& f : facts) {
            keyList.append(DiagnosisReport::keyFactsJson(f));
        }
        const QJsonObject document {
            { QStringLiteral("input"),
              QJsonObject { { QStringLiteral("kind"), inputKindName(classified.kind) },
                            { QStringLiteral("summary"), classified.summary },
                            { QStringLiteral("reason"), classified.reason },
                            { QStringLiteral("notes"), QJsonArray::fromStringList(classified.notes) },
                            { QStringLiteral("problems"), problems } } },
            { QStringLiteral("keys"), keyList },
            { QStringLiteral("values"), values },
            { QStringLiteral("exitCode"), exitCode },
        };
        out = QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        out = text.toUtf8();
    }
    if (auto ok = writeStandardOutput(out); !ok) {
        return report(ok.error());
    }
    return exitCode;
}

} // namespace sb::cli
