// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// Character tests shared by the inspector's input classification and diagnosis.
namespace sb::TextScan {

// The shortest envelope (32 bytes) is 43 base64 characters.
constexpr qsizetype MinimumEnvelopeChars = 43;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Either base64 alphabet, and padding.
inline bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=' || c == '-' || c == '_';
}

inline bool isHexChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

inline QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front())) {
        v = v.sliced(1);
    }
    while (!v.isEmpty() && isSpace(v.back())) {
        v.chop(1);
    }
    return v;
}

// Whether `v` is not empty and every character passes.
template<typename Predicate>
bool allOf(QByteArrayView v, Predicate predicate)
{
    if (v.isEmpty()) {
        return false;
    }
    for (const char c : v) {
        if (!predicate(c)) {
            return false;
        }
    }
    return true;
}

} // namespace sb::TextScan
