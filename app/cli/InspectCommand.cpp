#include "InspectCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "crypto/EnvelopeInspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::cli {

namespace {

QJsonObject layoutJson(const EnvelopeLayout& layout)
{
    QJsonArray parts;
    for (const EnvelopePart& part : layout.parts) {
        parts.append(QJsonObject { { QStringLiteral("part"), part.name() },
                                   { QStringLiteral("offset"), part.offset },
                                   { QStringLiteral("length"), part.length } });
    }
    return QJsonObject {
        { QStringLiteral("format"), envelopeFormatIdentifier(layout.format) },
        { QStringLiteral("rsaBits"), layout.rsaBits ? QJsonValue(layout.rsaBits) : QJsonValue() },
        { QStringLiteral("valueLength"), layout.plaintextLength() },
        { QStringLiteral("parts"), parts },
    };
}

QByteArray jsonReport(const EnvelopeInspection& inspection)
{
    QJsonArray layouts;
    for (const EnvelopeLayout& layout : inspection.layouts) {
        layouts.append(layoutJson(layout));
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
    out += QStringLiteral("Envelope: %1 bytes (%2 base64 characters)\n")
               .arg(text.bytes.size())
               .arg(text.textLength);
    const QStringList notes = text.notes();
    for (const QString& note : notes) {
        out += QStringLiteral("Note: %1\n").arg(note);
    }
    out += QStringLiteral("\nLayouts that fit:\n");
    for (const EnvelopeLayout& layout : inspection.layouts) {
        out += QStringLiteral("  %1: a %2-byte value\n").arg(layout.title()).arg(layout.plaintextLength());
        for (const EnvelopePart& part : layout.parts) {
            out += QStringLiteral("    %1 offset %2 length %3\n")
                       .arg(part.name().leftJustified(12))
                       .arg(part.offset, 6)
                       .arg(part.length, 8);
        }
    }
    if (!inspection.rejected.isEmpty()) {
        out += QStringLiteral("\nLayouts that do not fit:\n");
        for (const RejectedLayout& layout : inspection.rejected) {
            const QString title = layout.format == EnvelopeFormat::PortManaged
                ? envelopeFormatName(layout.format)
                : QStringLiteral("client-side, RSA-%1").arg(layout.rsaBits);
            out += QStringLiteral("  %1: needs at least %2 bytes\n").arg(title).arg(layout.minimumSize);
        }
    }
    return out.toUtf8();
}

} // namespace

QString InspectCommand::summary() const
{
    return QStringLiteral("Show the structure of an envelope from standard input, without any key.");
}

QString InspectCommand::details() const
{
    return QStringLiteral(
        "Decodes the envelope (standard base64 with or without padding; whitespace, line breaks and one pair "
        "of "
        "quotes are tolerated and reported; base64url is detected) and lists every layout its length fits: "
        "Port-managed (16-byte IV, ciphertext, 16-byte tag) and client-side for 2048/3072/4096-bit keys "
        "(12-byte IV, wrapped key, ciphertext, 16-byte tag), each part with its offset and length.\n\n"
        "Exit codes: 0 at least one layout fits, 2 usage, 3 not base64 or too short for any layout, 4 file "
        "error.");
}

void InspectCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_json);
}

int InspectCommand::execute(const QCommandLineParser& parser)
{
    auto input = readStandardInput();
    if (!input) {
        return report(input.error());
    }
    auto inspection = inspectEnvelope(input->view());
    if (!inspection) {
        return report(inspection.error());
    }
    if (inspection->layouts.isEmpty()) {
        return report(
            Error { ErrorKind::TooShort,
                    QStringLiteral("The envelope is %1 bytes; the shortest envelope is 32 bytes "
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

} // namespace sb::cli
