// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvelopeText.h"

#include "common/Base64.h"

#include <QCoreApplication>

namespace sb {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isStandardOnly(char c)
{
    return c == '+' || c == '/';
}

bool isUrlOnly(char c)
{
    return c == '-' || c == '_';
}

bool isCommon(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

QString describeChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f) {
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    }
    return QCoreApplication::translate("sb::EnvelopeText", "byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

} // namespace

QStringList EnvelopeText::notes() const
{
    QStringList out;
    if (strippedQuotes) {
        out << QCoreApplication::translate("sb::EnvelopeText", "Removed one pair of surrounding quotes.");
    }
    if (trimmedWhitespace) {
        out << QCoreApplication::translate("sb::EnvelopeText", "Removed whitespace around the value.");
    }
    if (removedLineBreaks) {
        out << QCoreApplication::translate("sb::EnvelopeText",
                                           "Removed line breaks or spaces inside the value.");
    }
    if (base64Url) {
        out << QCoreApplication::translate(
            "sb::EnvelopeText",
            "The value is base64url ('-' and '_'), not the standard base64 Port sends; a backend "
            "using standard base64 decoding would reject or corrupt it.");
    }
    if (missingPadding) {
        out << QCoreApplication::translate(
            "sb::EnvelopeText",
            "The value has no '=' padding; Port's values are padded, and strict decoders "
            "(Python's base64.b64decode) reject unpadded input.");
    }
    return out;
}

Result<EnvelopeText> decodeEnvelopeText(QByteArrayView text)
{
    EnvelopeText result;
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin])) {
        ++begin;
    }
    while (end > begin && isSpace(text[end - 1])) {
        --end;
    }
    result.trimmedWhitespace = begin > 0 || end < text.size();
    if (end - begin >= 2 && text[begin] == '"' && text[end - 1] == '"') {
        result.strippedQuotes = true;
        ++begin;
        --end;
        while (begin < end && isSpace(text[begin])) {
            ++begin;
        }
        while (end > begin && isSpace(text[end - 1])) {
            --end;
        }
    }

    // Fast path: what Port sends (standard alphabet, nothing inside to forgive).
    const QByteArrayView body = text.sliced(begin, end - begin);
    if (!body.isEmpty()) {
        QByteArray out(Base64::decodedCapacity(body.size()) + Base64::OutputSlack, Qt::Uninitialized);
        const qsizetype length = Base64::decodeStandard(body, out.data());
        if (length >= 0) {
            out.truncate(length);
            result.bytes = std::move(out);
            result.textLength = body.size();
            result.missingPadding = body.size() % 4 != 0;
            return result;
        }
    }

    // Careful path: check every character, note the alphabet, and drop inner
    // whitespace, so that a problem is reported with its position.
    QByteArray clean;
    clean.reserve(end - begin);
    qsizetype padding = 0;
    qsizetype firstStandard = -1;
    qsizetype firstUrl = -1;
    for (qsizetype i = begin; i < end; ++i) {
        const char c = text[i];
        if (isSpace(c)) {
            result.removedLineBreaks = true;
            continue;
        }
        if (c == '=') {
            ++padding;
            clean.append(c);
            continue;
        }
        if (padding > 0) {
            return fail(ErrorKind::InvalidBase64,
                        QCoreApplication::translate(
                            "sb::EnvelopeText",
                            "Invalid base64: %1 at position %2 comes after '=' padding, which may only "
                            "end the value.")
                            .arg(describeChar(c))
                            .arg(i),
                        i);
        }
        if (isCommon(c)) {
            clean.append(c);
        } else if (isStandardOnly(c)) {
            if (firstUrl >= 0) {
                return fail(ErrorKind::InvalidBase64,
                            QCoreApplication::translate(
                                "sb::EnvelopeText",
                                "Invalid base64: %1 at position %2 mixes the standard alphabet with the "
                                "base64url character at position %3.")
                                .arg(describeChar(c))
                                .arg(i)
                                .arg(firstUrl),
                            i);
            }
            if (firstStandard < 0) {
                firstStandard = i;
            }
            clean.append(c);
        } else if (isUrlOnly(c)) {
            if (firstStandard >= 0) {
                return fail(ErrorKind::InvalidBase64,
                            QCoreApplication::translate(
                                "sb::EnvelopeText",
                                "Invalid base64: %1 at position %2 mixes base64url with the standard "
                                "alphabet character at position %3.")
                                .arg(describeChar(c))
                                .arg(i)
                                .arg(firstStandard),
                            i);
            }
            if (firstUrl < 0) {
                firstUrl = i;
            }
            clean.append(c);
        } else {
            return fail(
                ErrorKind::InvalidBase64,
                QCoreApplication::translate("sb::EnvelopeText",
                                            "Invalid base64: %1 at position %2 is not a base64 character.")
                    .arg(describeChar(c))
                    .arg(i),
                i);
        }
    }
    if (clean.isEmpty()) {
        return fail(ErrorKind::TooShort,
                    QCoreApplication::translate("sb::EnvelopeText",
                                                "The value is empty: there is no envelope to read."),
                    0);
    }
    const qsizetype dataChars = clean.size() - padding;
    if (padding > 2 || (padding > 0 && clean.size() % 4 != 0)) {
        return fail(ErrorKind::InvalidBase64,
                    QCoreApplication::translate(
                        "sb::EnvelopeText",
                        "Invalid base64: %1 '=' padding characters do not fit a value of %2 characters.")
                        .arg(padding)
                        .arg(dataChars),
                    end);
    }
    if (dataChars % 4 == 1) {
        return fail(ErrorKind::InvalidBase64,
                    QCoreApplication::translate(
                        "sb::EnvelopeText",
                        "Invalid base64: %1 characters cannot be base64 (one character too many or "
                        "three missing); the value looks truncated.")
                        .arg(dataChars),
                    end);
    }
    result.missingPadding = padding == 0 && dataChars % 4 != 0;
    result.base64Url = firstUrl >= 0;
    result.textLength = clean.size();

    const auto options = (result.base64Url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors;
    auto decoded = QByteArray::fromBase64Encoding(clean, options);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        return fail(ErrorKind::InvalidBase64,
                    QCoreApplication::translate("sb::EnvelopeText", "Invalid base64."), begin);
    }
    result.bytes = std::move(decoded.decoded);
    return result;
}

QByteArray encodeEnvelopeText(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64();
}

} // namespace sb
