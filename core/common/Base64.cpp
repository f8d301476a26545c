// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Base64.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SB_BASE64_AVX2 1
#endif

namespace sb::Base64 {

namespace {

// 6-bit value of each character, or 0xFF.
constexpr std::array<uint8_t, 256> makeTable()
{
    std::array<uint8_t, 256> table {};
    for (auto& v : table) {
        v = 0xFF;
    }
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (uint8_t i = 0; i < 64; ++i) {
        table[static_cast<uint8_t>(alphabet[i])] = i;
    }
    return table;
}
constexpr std::array<uint8_t, 256> Table = makeTable();

// Decodes whole quads without padding; returns false on an invalid character.
bool decodeQuadsScalar(const uint8_t* in, qsizetype quads, uint8_t* out)
{
    uint32_t bad = 0;
    for (qsizetype i = 0; i < quads; ++i, in += 4, out += 3) {
        const uint32_t a = Table[in[0]], b = Table[in[1]], c = Table[in[2]], d = Table[in[3]];
        bad |= a | b | c | d;
        const uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
        out[0] = static_cast<uint8_t>(v >> 16);
        out[1] = static_cast<uint8_t>(v >> 8);
        out[2] = static_cast<uint8_t>(v);
    }
    return (bad & 0x80) == 0;
}

#if SB_BASE64_AVX2
// Wojciech Muła's AVX2 decoder: validate 32 characters with two nibble
// lookups, translate them with a third, then pack 32 x 6 bits into 24 bytes.
__attribute__((target("avx2"))) qsizetype decodeBlocksAvx2(const uint8_t* in, qsizetype blocks, uint8_t* out)
{
    const __m256i lutLo = _mm256_setr_epi8(0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13,
                                           0x1A, 0x1B, 0x1B, 0x1B, 0x1A, 0x15, 0x11, 0x11, 0x11, 0x11, 0x11,
                                           0x11, 0x11, 0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B, 0x1B, 0x1A);
    const __m256i lutHi = _mm256_setr_epi8(0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10,
                                           0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x01, 0x02, 0x04, 0x08,
                                           0x04, 0x08, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10);
    const __m256i lutRoll = _mm256_setr_epi8(0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16,
                                             19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i nibbleMask = _mm256_set1_epi8(0x0F);
    const __m256i slash = _mm256_set1_epi8(0x2F);
    const __m256i mergeAb = _mm256_set1_epi32(0x01400140);
    const __m256i mergeAbc = _mm256_set1_epi32(0x00011000);
    const __m256i pack = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0, 6,
                                          5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, -1, -1);
    qsizetype done = 0;
    for (; done < blocks; ++done, in += 32, out += 24) {
        __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(in));
        const __m256i hiNibbles = _mm256_and_si256(_mm256_srli_epi32(v, 4), nibbleMask);
        const __m256i loNibbles = _mm256_and_si256(v, nibbleMask);
        const __m256i lo = _mm256_shuffle_epi8(lutLo, loNibbles);
        const __m256i hi = _mm256_shuffle_epi8(lutHi, hiNibbles);
        if (!_mm256_testz_si256(lo, hi)) {
            break;
        }
        const __m256i isSlash = _mm256_cmpeq_epi8(v, slash);
        const __m256i roll = _mm256_shuffle_epi8(lutRoll, _mm256_add_epi8(isSlash, hiNibbles));
        v = _mm256_add_epi8(v, roll);
        v = _mm256_maddubs_epi16(v, mergeAb);
        v = _mm256_madd_epi16(v, mergeAbc);
        v = _mm256_shuffle_epi8(v, pack);
        v = _mm256_permutevar8x32_epi32(v, lanes);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), v); // 24 bytes used, 8 of slack
    }
    return done;
}

bool haveAvx2()
{
    static const bool have = __builtin_cpu_supports("avx2");
    return have;
}
#endif

} // namespace

qsizetype decodeStandard(QByteArrayView text, char* output)
{
    const auto* in = reinterpret_cast<const uint8_t*>(text.data());
    auto* out = reinterpret_cast<uint8_t*>(output);
    qsizetype n = text.size();
    // Padding: at most two '=' at the very end of a length divisible by four.
    qsizetype padding = 0;
    while (padding < 2 && n > 0 && in[n - 1] == '=') {
        --n;
        ++padding;
    }
    if ((padding && (n + padding) % 4 != 0) || n % 4 == 1) {
        return -1;
    }
    qsizetype quads = n / 4;
    qsizetype written = 0;
#if SB_BASE64_AVX2
    if (haveAvx2() && quads >= 8) {
        // Keep at least one full quad (plus the tail) for the scalar loop so the
        // vector loads never read past the text.
        const qsizetype blocks = (n - 4) / 32;
        const qsizetype done = decodeBlocksAvx2(in, blocks, out);
        in += done * 32;
        out += done * 24;
        written += done * 24;
        quads -= done * 8;
    }
#endif
    if (!decodeQuadsScalar(in, quads, out)) {
        return -1;
    }
    in += quads * 4;
    out += quads * 3;
    written += quads * 3;
    const qsizetype tail = n % 4; // 2 or 3 characters without their padding
    if (tail) {
        const uint32_t a = Table[in[0]], b = Table[in[1]], c = tail == 3 ? Table[in[2]] : 0;
        if ((a | b | c) & 0x80) {
            return -1;
        }
        const uint32_t v = (a << 18) | (b << 12) | (c << 6);
        out[0] = static_cast<uint8_t>(v >> 16);
        written += 1;
        if (tail == 3) {
            out[1] = static_cast<uint8_t>(v >> 8);
            written += 1;
        }
    }
    return written;
}

} // namespace sb::Base64
