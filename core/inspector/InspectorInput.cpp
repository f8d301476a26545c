// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorInput.h"

#include "crypto/EnvelopeScanner.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "inspector/TextScan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

namespace sb {

namespace {

using namespace TextScan;

// How many lines guessInputKind looks at.
constexpr int GuessLines = 20;

bool allBase64(QByteArrayView v)
{
    return allOf(v, isBase64Char);
}

bool allHexOrDash(QByteArrayView v)
{
    return allOf(v, [](char c) { return isHexChar(c) || c == '-'; });
}

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

// Calls `visit(lineNumber, line)` for every line (without its line break).
template<typename Visit>
void forEachLine(QByteArrayView text, qint64 firstLine, Visit visit)
{
    qint64 lineNumber = firstLine;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.size();
        }
        if (!visit(lineNumber, text.sliced(start, end - start))) {
            return;
        }
        ++lineNumber;
        start = end + 1;
    }
}

QList<QByteArrayView> nonBlankLines(QByteArrayView text, int limit)
{
    QList<QByteArrayView> out;
    forEachLine(text, 1, [&](qint64, QByteArrayView line) {
        line = trimmed(line);
        if (!line.isEmpty()) {
            out.append(line);
        }
        return limit <= 0 || out.size() < limit;
    });
    return out;
}

bool isNearMiss(const QString& text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    return latin.size() >= MinimumEnvelopeChars && allBase64(latin) && !allHexOrDash(latin)
        && !looksLikeEnvelope(text);
}

// Values inside one JSON body. Returns false when the body is not JSON.
bool scanJsonBody(QByteArrayView json, qint64 line, QList<InputEntry>& entries, QList<InputProblem>& problems)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        const bool atEnd = error.offset >= json.size() - 1;
        problems.append(
            { line,
              atEnd ? QCoreApplication::translate(
                          "sb::InspectorInput",
                          "The JSON ends in the middle (%1): the body or log line was cut off.")
                          .arg(error.errorString())
                    : QCoreApplication::translate("sb::InspectorInput", "Not valid JSON: %1 at byte %2.")
                          .arg(error.errorString())
                          .arg(error.offset) });
        return false;
    }
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    visitJsonStrings(root, [&](const QString& path, const QString& text) {
        if (looksLikeEnvelope(text)) {
            entries.append({ line, path, text.toLatin1(), false });
        } else if (isNearMiss(text)) {
            entries.append({ line, path, text.toLatin1(), true });
        }
    });
    return true;
}

// Base64 runs long enough to be envelopes inside free text (a log line).
void scanText(QByteArrayView text, QList<InputEntry>& entries)
{
    forEachLine(text, 1, [&](qint64 lineNumber, QByteArrayView line) {
        qsizetype i = 0;
        while (i < line.size()) {
            while (i < line.size() && (!isBase64Char(line[i]) || line[i] == '=')) {
                ++i;
            }
            const qsizetype start = i;
            // '=' only pads the end of a value; elsewhere it separates (key=value).
            while (i < line.size() && isBase64Char(line[i]) && line[i] != '=') {
                ++i;
            }
            for (int pad = 0; pad < 2 && i < line.size() && line[i] == '='; ++pad) {
                ++i;
            }
            const QByteArrayView token = line.sliced(start, i - start);
            if (token.size() >= MinimumEnvelopeChars && looksLikeEnvelope(QString::fromLatin1(token))) {
                entries.append({ lineNumber, QString(), token.toByteArray(), false });
            }
        }
        return true;
    });
}

// A value wrapped at a usual width (base64's 76, PEM's 64): full lines and a
// shorter last one. Equal-length lines of another width are envelopes of the
// same size, one per line (a log of values of one length).
bool isWrappedValue(const QList<QByteArrayView>& lines)
{
    if (lines.size() < 2) {
        return false;
    }
    const qsizetype width = lines.first().size();
    if (width != 60 && width != 64 && width != 72 && width != 76) {
        return false;
    }
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].size() != width || lines[i].endsWith('=')) {
            return false;
        }
    }
    return lines.last().size() < width;
}

bool decodesAsEnvelope(QByteArrayView line)
{
    auto decoded = decodeEnvelopeText(line);
    return decoded && decoded->bytes.size() >= PortManagedCipher::MinimumEnvelopeSize;
}

struct Shape
{
    InputKind kind;
    QString reason;
};

Shape shapeOf(QByteArrayView body, bool wholeText)
{
    if (body.isEmpty()) {
        return { InputKind::Empty,
                 QCoreApplication::translate("sb::InspectorInput", "There is nothing to inspect.") };
    }
    const QList<QByteArrayView> lines = nonBlankLines(body, wholeText ? 0 : GuessLines + 1);
    const char first = body.front();
    if (first == '{' || first == '[') {
        if (lines.size() > 1 && (lines.first().front() == '{' || lines.first().front() == '[')) {
            QJsonParseError error {};
            QJsonDocument::fromJson(lines.first().toByteArray(), &error);
            if (error.error == QJsonParseError::NoError) {
                return { InputKind::JsonLines,
                         QCoreApplication::translate(
                             "sb::InspectorInput",
                             "Its first line is a whole JSON document and more lines follow: a "
                             "JSON-lines log, one body per line.") };
            }
        }
        return { InputKind::JsonDocument,
                 QCoreApplication::translate("sb::InspectorInput", "It starts with '%1': a JSON body.")
                     .arg(QLatin1Char(first)) };
    }
    if (lines.size() > 1) {
        bool base64 = true;
        for (const QByteArrayView line : lines) {
            base64 = base64 && allBase64(line);
        }
        if (base64 && isWrappedValue(lines)) {
            return { InputKind::Envelope,
                     QCoreApplication::translate(
                         "sb::InspectorInput",
                         "Its lines are base64 of equal length (%1 characters): one value wrapped "
                         "over several lines.")
                         .arg(lines.first().size()) };
        }
        if (base64) {
            bool each = true;
            for (const QByteArrayView line : lines) {
                each = each && decodesAsEnvelope(line);
            }
            if (each) {
                return { InputKind::EnvelopeLines,
                         QCoreApplication::translate(
                             "sb::InspectorInput",
                             "Every line is base64 long enough to be an envelope: one envelope per "
                             "line.") };
            }
            return { InputKind::Envelope,
                     QCoreApplication::translate(
                         "sb::InspectorInput",
                         "It is base64 over several lines that are not envelopes on their own: one "
                         "value with line breaks.") };
        }
        return { InputKind::Text,
                 QCoreApplication::translate("sb::InspectorInput",
                                             "It has lines of text that are neither base64 nor JSON.") };
    }
    const QByteArrayView only = lines.isEmpty() ? body : lines.first();
    if (allBase64(only)) {
        return { InputKind::Envelope,
                 QCoreApplication::translate("sb::InspectorInput", "It is one run of base64 characters.") };
    }
    return { InputKind::Text,
             QCoreApplication::translate("sb::InspectorInput",
                                         "It has characters that base64 never uses (such as spaces or "
                                         "punctuation), and it is not JSON.") };
}

// Strips a UTF-8 byte-order mark and surrounding whitespace; notes the mark.
QByteArrayView prepare(QByteArrayView text, QStringList* notes)
{
    if (text.startsWith("\xEF\xBB\xBF")) {
        text = text.sliced(3);
        if (notes) {
            notes->append(QCoreApplication::translate("sb::InspectorInput",
                                                      "Ignored a UTF-8 byte-order mark at the start."));
        }
    }
    return trimmed(text);
}

} // namespace

QString inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Empty:
        return QStringLiteral("empty");
    case InputKind::Envelope:
        return QStringLiteral("envelope");
    case InputKind::EnvelopeLines:
        return QStringLiteral("envelope-lines");
    case InputKind::JsonDocument:
        return QStringLiteral("json");
    case InputKind::JsonLines:
        return QStringLiteral("json-lines");
    case InputKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

InputKind guessInputKind(QByteArrayView text)
{
    const QByteArrayView body = prepare(text, nullptr);
    if (body.startsWith('"')) {
        return InputKind::Envelope;
    }
    return shapeOf(body, false).kind;
}

void scanLines(QByteArrayView lines,
               qint64 firstLine,
               InputKind kind,
               QList<InputEntry>& entries,
               QList<InputProblem>& problems,
               qint64* nonBlank)
{
    forEachLine(lines, firstLine, [&](qint64 lineNumber, QByteArrayView line) {
        line = trimmed(line);
        if (line.isEmpty()) {
            return true;
        }
        if (nonBlank) {
            ++*nonBlank;
        }
        if (kind == InputKind::JsonLines && (line.front() == '{' || line.front() == '[')) {
            scanJsonBody(line, lineNumber, entries, problems);
        } else if (kind == InputKind::EnvelopeLines || allBase64(line)) {
            entries.append({ lineNumber, QString(), line.toByteArray(), !decodesAsEnvelope(line) });
        } else {
            problems.append({ lineNumber,
                              QCoreApplication::translate("sb::InspectorInput",
                                                          "Neither a JSON body nor an envelope.") });
        }
        return true;
    });
}

ClassifiedInput classifyInput(QByteArrayView text)
{
    ClassifiedInput out;
    QByteArrayView body = prepare(text, &out.notes);
    QByteArray unescaped;
    if (body.size() >= 2 && body.front() == '"' && body.back() == '"') {
        // A JSON string literal (copied from a body or a log): read its escapes.
        QJsonParseError error {};
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body.toByteArray() + "]", &error);
        if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1
            && wrapped.array().at(0).isString()) {
            unescaped = wrapped.array().at(0).toString().toUtf8();
            if (body.contains('\\')) {
                out.notes.append(QCoreApplication::translate(
                    "sb::InspectorInput",
                    "Read the value as a JSON string and undid its escapes (such as "
                    "\\/ or \\n)."));
            }
            out.notes.append(
                QCoreApplication::translate("sb::InspectorInput", "Removed one pair of surrounding quotes."));
            body = trimmed(unescaped);
        }
    }
    const Shape shape = shapeOf(body, true);
    out.kind = shape.kind;
    out.reason = shape.reason;
    out.lines = nonBlankLines(body, 0).size();
    switch (out.kind) {
    case InputKind::Empty:
        out.summary = QCoreApplication::translate("sb::InspectorInput", "Nothing to inspect");
        break;
    case InputKind::Envelope: {
        // The untrimmed text, so that the diagnosis can report what it forgave.
        QByteArrayView value = unescaped.isEmpty() ? text : QByteArrayView(unescaped);
        if (value.startsWith("\xEF\xBB\xBF")) {
            value = value.sliced(3);
        }
        out.entries.append({ 0, QString(), value.toByteArray(), false });
        out.summary = QCoreApplication::translate("sb::InspectorInput", "One encrypted value");
        break;
    }
    case InputKind::EnvelopeLines:
    case InputKind::JsonLines:
        scanLines(body, 1, out.kind, out.entries, out.problems);
        out.summary = out.kind == InputKind::JsonLines
            ? QCoreApplication::translate("sb::InspectorInput",
                                          "A JSON-lines log: %1 lines, %2 encrypted values")
                  .arg(number(out.lines), number(out.entries.size()))
            : QCoreApplication::translate("sb::InspectorInput", "%1 envelopes, one per line")
                  .arg(number(out.entries.size()));
        break;
    case InputKind::JsonDocument:
        scanJsonBody(body, 0, out.entries, out.problems);
        out.summary = out.problems.isEmpty()
            ? QCoreApplication::translate("sb::InspectorInput", "A JSON body with %1 encrypted value%2")
                  .arg(number(out.entries.size()), out.entries.size() == 1 ? QString() : QStringLiteral("s"))
            : QCoreApplication::translate("sb::InspectorInput",
                                          "Text that starts like JSON but is not valid JSON");
        break;
    case InputKind::Text:
        scanText(body, out.entries);
        out.summary = out.entries.isEmpty()
            ? QCoreApplication::translate("sb::InspectorInput", "Plain text, not an encrypted value")
            : QCoreApplication::translate("sb::InspectorInput", "Text with %1 encrypted value%2 inside")
                  .arg(number(out.entries.size()), out.entries.size() == 1 ? QString() : QStringLiteral("s"));
        break;
    }
    return out;
}

} // namespace sb
