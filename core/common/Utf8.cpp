#include "Utf8.h"

#include <QUtf8StringView>

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

qsizetype firstInvalid(QByteArrayView text)
{
    if (QUtf8StringView(text).isValidUtf8()) {
        return -1;
    }
    qsizetype pos = 0;
    char32_t cp = 0;
    while (pos < text.size()) {
        if (!decode(text, pos, cp)) {
            return pos;
        }
    }
    return -1;
}

} // namespace sb::Utf8
