// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretValue.h"

#include "common/JsonText.h"
#include "common/Utf8.h"

#include <QCoreApplication>

namespace sb {

namespace {

Status requireUtf8(QByteArrayView bytes, const QString& what)
{
    const qsizetype at = Utf8::firstInvalid(bytes);
    if (at < 0) {
        return {};
    }
    return fail(ErrorKind::NotUtf8,
                QCoreApplication::translate(
                    "sb::SecretValue",
                    "%1 is not valid UTF-8 (first bad byte at offset %2). Port sends text values as "
                    "UTF-8.")
                    .arg(what)
                    .arg(at),
                at);
}

} // namespace

Result<SecureBuffer> plaintextForValue(SecretType type, QByteArrayView value)
{
    if (type == SecretType::String) {
        if (auto ok = requireUtf8(value, QCoreApplication::translate("sb::SecretValue", "The value")); !ok) {
            return std::unexpected(ok.error());
        }
        return SecureBuffer::copyOf(value);
    }
    SecureBuffer compacted;
    if (auto ok = JsonText::compact(value, compacted); !ok) {
        Error e = ok.error();
        e.message = QCoreApplication::translate("sb::SecretValue", "The object value is not valid JSON. %1")
                        .arg(e.message);
        return std::unexpected(e);
    }
    return compacted;
}

Status checkDecryptedValue(SecretType type, QByteArrayView plaintext)
{
    if (auto ok
        = requireUtf8(plaintext, QCoreApplication::translate("sb::SecretValue", "The decrypted value"));
        !ok) {
        return ok;
    }
    if (type == SecretType::Object) {
        if (auto ok = JsonText::validate(plaintext); !ok) {
            Error e = ok.error();
            e.message = QCoreApplication::translate(
                            "sb::SecretValue",
                            "The decrypted value is not valid JSON, so it cannot be an object input. %1")
                            .arg(e.message);
            return std::unexpected(e);
        }
    }
    return {};
}

} // namespace sb
