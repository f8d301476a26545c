// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Utf8.h"

#include <QUtf8StringView>

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SB_UTF8_AVX2 1
#endif

namespace sb::Utf8 {

bool decode(QByteArrayView text, qsizetype& pos, char32_t& cp)
{
    const auto b0 = static_cast<unsigned char>(text[pos]);
    int length = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
        cp = b0;
        ++pos;
        return true;
    } else if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return false;
    }
    if (pos + length > text.size()) {
        return false;
    }
    for (int i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(text[pos + i]);
        if ((b & 0xC0) != 0x80) {
            return false;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
    }
    pos += length;
    return true;
}

namespace {

#if SB_UTF8_AVX2
__attribute__((target("avx2"))) qsizetype asciiPrefixAvx2(const char* data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 64 <= size; i += 64) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i + 32));
        if (_mm256_movemask_epi8(_mm256_or_si256(a, b)) != 0) {
            break;
        }
    }
    return i;
}
#endif

} // namespace

qsizetype asciiPrefix(QByteArrayView text)
{
    qsizetype i = 0;
#if SB_UTF8_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) {
        i = asciiPrefixAvx2(text.data(), text.size());
    }
#endif
    for (; i + 8 <= text.size(); i += 8) {
        uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (word & 0x8080808080808080ULL) {
            break;
        }
    }
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) {
        ++i;
    }
    return i;
}

qsizetype firstInvalid(QByteArrayView text)
{
    // Secrets are mostly ASCII: skip that part at memory speed, and let Qt
    // validate from the first non-ASCII byte (which starts a sequence).
    const qsizetype ascii = asciiPrefix(text);
    if (ascii == text.size() || QUtf8StringView(text.sliced(ascii)).isValidUtf8()) {
        return -1;
    }
    qsizetype pos = ascii;
    char32_t cp = 0;
    while (pos < text.size()) {
        if (!decode(text, pos, cp)) {
            return pos;
        }
    }
    return -1;
}

} // namespace sb::Utf8
