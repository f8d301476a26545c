// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include "common/Utf8.h"

#include <QCoreApplication>
#include <QSet>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace sb::JsonText {

namespace {

constexpr int MaxDepth = 512;

// Output sink: either a wiping buffer or nothing (validation only).
class Sink
{
public:
    explicit Sink(SecureBuffer* out)
        : m_out(out)
    { }
    void put(char c)
    {
        if (m_out) {
            m_out->append(c);
        }
    }
    void put(QByteArrayView s)
    {
        if (m_out) {
            m_out->append(s);
        }
    }
    bool active() const { return m_out != nullptr; }

private:
    SecureBuffer* m_out;
};

void appendUtf8(Sink& sink, char32_t cp)
{
    char buf[4];
    qsizetype n = 0;
    if (cp < 0x80) {
        buf[n++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
        buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
        buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
        buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
        buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
    sink.put(QByteArrayView(buf, n));
}

void appendHexEscape(Sink& sink, unsigned value)
{
    static constexpr char hex[] = "0123456789abcdef";
    const char buf[6] = { '\\',
                          'u',
                          hex[(value >> 12) & 0xF],
                          hex[(value >> 8) & 0xF],
                          hex[(value >> 4) & 0xF],
                          hex[value & 0xF] };
    sink.put(QByteArrayView(buf, 6));
}

// Appends one code point the way JSON.stringify writes it inside a string.
void appendStringifyCodePoint(Sink& sink, char32_t cp)
{
    switch (cp) {
    case '"':
        sink.put("\\\"");
        return;
    case '\\':
        sink.put("\\\\");
        return;
    case '\b':
        sink.put("\\b");
        return;
    case '\f':
        sink.put("\\f");
        return;
    case '\n':
        sink.put("\\n");
        return;
    case '\r':
        sink.put("\\r");
        return;
    case '\t':
        sink.put("\\t");
        return;
    default:
        break;
    }
    if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF)) {
        // Control characters, and lone surrogates (well-formed JSON.stringify, ES2019).
        appendHexEscape(sink, static_cast<unsigned>(cp));
        return;
    }
    appendUtf8(sink, cp);
}

// Formats a double as ECMAScript's Number::toString does.
QByteArray javascriptNumber(double value)
{
    if (!std::isfinite(value)) {
        return QByteArrayLiteral("null"); // JSON.stringify(Infinity) === "null"
    }
    if (value == 0) {
        return QByteArrayLiteral("0"); // also for -0
    }
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::scientific);
    // Shortest round-trip digits "d.ddde[+-]x" -> digits and exponent.
    QByteArray sci(buf, res.ptr - buf);
    QByteArray out;
    if (sci.startsWith('-')) {
        out.append('-');
        sci.remove(0, 1);
    }
    const qsizetype e = sci.indexOf('e');
    QByteArray digits = sci.left(e);
    digits.replace(".", "");
    const int exponent = sci.mid(e + 1).toInt();
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1; // value = 0.digits * 10^n
    if (k <= n && n <= 21) {
        out.append(digits);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.left(n));
        out.append('.');
        out.append(digits.mid(n));
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits);
    } else {
        out.append(digits.left(1));
        if (k > 1) {
            out.append('.');
            out.append(digits.mid(1));
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
    return out;
}

class Parser
{
public:
    Parser(QByteArrayView text, SecureBuffer* out)
        : m_text(text)
        , m_sink(out)
    { }

    Status run(JsonNode* root = nullptr)
    {
        if (m_text.startsWith("\xEF\xBB\xBF")) {
            return error(
                0,
                QCoreApplication::translate(
                    "sb::JsonText", "the text starts with a byte-order mark, which JSON.parse rejects"));
        }
        skipSpace();
        if (auto ok = value(0, root); !ok) {
            return ok;
        }
        skipSpace();
        if (m_pos != m_text.size()) {
            return error(m_pos,
                         QCoreApplication::translate("sb::JsonText", "unexpected text after the JSON value"));
        }
        return {};
    }

private:
    Status error(qsizetype at, const QString& what)
    {
        return fail(ErrorKind::InvalidJson,
                    QCoreApplication::translate("sb::JsonText", "Invalid JSON at %1: %2.")
                        .arg(describePosition(m_text, at), what),
                    at);
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            ++m_pos;
        }
    }

    bool literal(QByteArrayView word)
    {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            m_sink.put(word);
            return true;
        }
        return false;
    }

    Status value(int depth, JsonNode* node)
    {
        if (node) {
            node->offset = m_pos;
        }
        auto ok = valueAt(depth, node);
        if (node) {
            node->end = m_pos;
        }
        return ok;
    }

    Status valueAt(int depth, JsonNode* node)
    {
        if (depth > MaxDepth) {
            return error(
                m_pos,
                QCoreApplication::translate("sb::JsonText", "nesting deeper than %1 levels").arg(MaxDepth));
        }
        if (m_pos >= m_text.size()) {
            return error(
                m_pos,
                QCoreApplication::translate("sb::JsonText", "the text ends where a value was expected"));
        }
        const char c = m_text[m_pos];
        switch (c) {
        case '{':
            return object(depth, node);
        case '[':
            return array(depth, node);
        case '"': {
            if (!node) {
                return string(nullptr);
            }
            node->kind = JsonNode::Kind::String;
            QByteArray decoded;
            auto ok = string(&decoded);
            node->string = QString::fromUtf8(decoded);
            return ok;
        }
        case 't':
            if (literal("true")) {
                if (node) {
                    node->kind = JsonNode::Kind::Bool;
                    node->boolean = true;
                }
                return {};
            }
            break;
        case 'f':
            if (literal("false")) {
                if (node) {
                    node->kind = JsonNode::Kind::Bool;
                }
                return {};
            }
            break;
        case 'n':
            if (literal("null")) {
                return {};
            }
            break;
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number(node);
            }
        }
        return error(
            m_pos,
            QCoreApplication::translate(
                "sb::JsonText", "expected a value (object, array, string, number, true, false or null)"));
    }

    Status object(int depth, JsonNode* node)
    {
        if (node) {
            node->kind = JsonNode::Kind::Object;
        }
        ++m_pos;
        m_sink.put('{');
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            m_sink.put('}');
            return {};
        }
        QSet<QByteArray> keys;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                return error(m_pos,
                             QCoreApplication::translate("sb::JsonText", "expected a quoted property name"));
            }
            const qsizetype keyAt = m_pos;
            QByteArray key;
            if (auto ok = string(&key); !ok) {
                return ok;
            }
            if (keys.contains(key)) {
                return error(keyAt,
                             QCoreApplication::translate(
                                 "sb::JsonText",
                                 "duplicate property name \"%1\" (JSON.parse keeps only the last "
                                 "one; remove the other)")
                                 .arg(QString::fromUtf8(key)));
            }
            keys.insert(key);
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
                return error(
                    m_pos,
                    QCoreApplication::translate("sb::JsonText", "expected ':' after the property name"));
            }
            ++m_pos;
            m_sink.put(':');
            skipSpace();
            JsonNode* child = nullptr;
            if (node) {
                node->keys.append(QString::fromUtf8(key));
                node->keyOffsets.append(keyAt);
                child = &node->items.emplace_back();
            }
            if (auto ok = value(depth + 1, child); !ok) {
                return ok;
            }
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                m_sink.put(',');
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                m_sink.put('}');
                return {};
            }
            return error(m_pos,
                         QCoreApplication::translate("sb::JsonText", "expected ',' or '}' in the object"));
        }
    }

    Status array(int depth, JsonNode* node)
    {
        if (node) {
            node->kind = JsonNode::Kind::Array;
        }
        ++m_pos;
        m_sink.put('[');
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            m_sink.put(']');
            return {};
        }
        while (true) {
            skipSpace();
            if (auto ok = value(depth + 1, node ? &node->items.emplace_back() : nullptr); !ok) {
                return ok;
            }
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                m_sink.put(',');
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                m_sink.put(']');
                return {};
            }
            return error(m_pos,
                         QCoreApplication::translate("sb::JsonText", "expected ',' or ']' in the array"));
        }
    }

    bool hex4(qsizetype at, unsigned& out) const
    {
        if (at + 4 > m_text.size()) {
            return false;
        }
        out = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            const char c = m_text[i];
            out <<= 4;
            if (c >= '0' && c <= '9') {
                out |= static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                out |= static_cast<unsigned>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                out |= static_cast<unsigned>(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return true;
    }

    bool utf8(char32_t& cp) { return Utf8::decode(m_text, m_pos, cp); }

    // Parses a string at m_pos. Writes it (re-escaped) to the sink, and its
    // decoded UTF-8 to `decoded` when asked (for duplicate-key detection).
    Status string(QByteArray* decoded)
    {
        Sink keySink(nullptr);
        SecureBuffer keyBuffer;
        if (decoded) {
            keySink = Sink(&keyBuffer);
        }
        ++m_pos;
        m_sink.put('"');
        while (true) {
            if (m_pos >= m_text.size()) {
                return error(m_pos, QCoreApplication::translate("sb::JsonText", "the string is not closed"));
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                m_sink.put('"');
                if (decoded) {
                    *decoded = keyBuffer.view().toByteArray();
                }
                return {};
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                return error(
                    m_pos,
                    QCoreApplication::translate("sb::JsonText",
                                                "a control character inside a string must be escaped (\\n, "
                                                "\\t, \\u00XX)"));
            }
            char32_t cp = 0;
            if (c == '\\') {
                if (m_pos + 1 >= m_text.size()) {
                    return error(
                        m_pos,
                        QCoreApplication::translate("sb::JsonText", "the string ends inside an escape"));
                }
                const char e = m_text[m_pos + 1];
                switch (e) {
                case '"':
                    cp = '"';
                    break;
                case '\\':
                    cp = '\\';
                    break;
                case '/':
                    cp = '/';
                    break;
                case 'b':
                    cp = '\b';
                    break;
                case 'f':
                    cp = '\f';
                    break;
                case 'n':
                    cp = '\n';
                    break;
                case 'r':
                    cp = '\r';
                    break;
                case 't':
                    cp = '\t';
                    break;
                case 'u': {
                    unsigned unit = 0;
                    if (!hex4(m_pos + 2, unit)) {
                        return error(m_pos,
                                     QCoreApplication::translate(
                                         "sb::JsonText", "\\u must be followed by four hexadecimal digits"));
                    }
                    m_pos += 6;
                    cp = unit;
                    unsigned low = 0;
                    if (unit >= 0xD800 && unit <= 0xDBFF && m_pos + 1 < m_text.size() && m_text[m_pos] == '\\'
                        && m_text[m_pos + 1] == 'u' && hex4(m_pos + 2, low) && low >= 0xDC00
                        && low <= 0xDFFF) {
                        m_pos += 6;
                        cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    }
                    appendStringifyCodePoint(m_sink, cp);
                    if (cp < 0xD800 || cp > 0xDFFF) {
                        appendUtf8(keySink, cp);
                    } else {
                        appendHexEscape(keySink, static_cast<unsigned>(cp));
                    }
                    continue;
                }
                default:
                    return error(m_pos,
                                 QCoreApplication::translate("sb::JsonText", "unknown escape '\\%1'")
                                     .arg(QLatin1Char(e)));
                }
                m_pos += 2;
            } else if (!utf8(cp)) {
                return error(m_pos,
                             QCoreApplication::translate("sb::JsonText", "the text is not valid UTF-8 here"));
            }
            appendStringifyCodePoint(m_sink, cp);
            appendUtf8(keySink, cp);
        }
    }

    Status number(JsonNode* node)
    {
        const qsizetype start = m_pos;
        if (m_text[m_pos] == '-') {
            ++m_pos;
        }
        auto digit = [this] { return m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9'; };
        if (!digit()) {
            return error(m_pos, QCoreApplication::translate("sb::JsonText", "a number needs a digit here"));
        }
        if (m_text[m_pos] == '0') {
            ++m_pos;
            if (digit()) {
                return error(
                    m_pos, QCoreApplication::translate("sb::JsonText", "numbers cannot have leading zeros"));
            }
        } else {
            while (digit()) {
                ++m_pos;
            }
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digit()) {
                return error(
                    m_pos,
                    QCoreApplication::translate("sb::JsonText", "a digit must follow the decimal point"));
            }
            while (digit()) {
                ++m_pos;
            }
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
                ++m_pos;
            }
            if (!digit()) {
                return error(m_pos,
                             QCoreApplication::translate("sb::JsonText", "a digit must follow the exponent"));
            }
            while (digit()) {
                ++m_pos;
            }
        }
        if (m_sink.active() || node) {
            double v = 0;
            const char* first = m_text.data() + start;
            const char* last = m_text.data() + m_pos;
            const auto res = std::from_chars(first, last, v);
            if (res.ec == std::errc::result_out_of_range) {
                // Overflow parses to Infinity in JavaScript, underflow to 0.
                const QByteArrayView literal(first, last - first);
                const bool tiny = literal.contains("e-") || literal.contains("E-");
                v = tiny ? 0.0 : HUGE_VAL;
            }
            m_sink.put(javascriptNumber(v));
            if (node) {
                node->kind = JsonNode::Kind::Number;
                node->number = v;
            }
        }
        return {};
    }

    QByteArrayView m_text;
    Sink m_sink;
    qsizetype m_pos = 0;
};

} // namespace

Status compact(QByteArrayView json, SecureBuffer& out)
{
    out.clear();
    out.reserve(json.size());
    Parser parser(json, &out);
    auto ok = parser.run();
    if (!ok) {
        out.clear();
    }
    return ok;
}

Status pretty(QByteArrayView json, SecureBuffer& out, int indent)
{
    SecureBuffer compacted;
    if (auto ok = compact(json, compacted); !ok) {
        out.clear();
        return ok;
    }
    // Compact text has no whitespace outside strings, so structure characters
    // can be recognised by tracking string boundaries alone.
    const QByteArrayView text = compacted.view();
    out.clear();
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&] {
        out.append('\n');
        for (int i = 0; i < depth * indent; ++i) {
            out.append(' ');
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out.append(c);
            if (c == '\\') {
                out.append(text[++i]);
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[':
            out.append(c);
            if (i + 1 < text.size() && (text[i + 1] == '}' || text[i + 1] == ']')) {
                out.append(text[++i]);
            } else {
                ++depth;
                newline();
            }
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        default:
            out.append(c);
        }
    }
    return {};
}

Status validate(QByteArrayView json)
{
    Parser parser(json, nullptr);
    return parser.run();
}

Result<JsonNode> parse(QByteArrayView json)
{
    JsonNode root;
    Parser parser(json, nullptr);
    if (auto ok = parser.run(&root); !ok) {
        return std::unexpected(ok.error());
    }
    return root;
}

namespace {

void serializeTo(QByteArray& out, const JsonNode& node, bool indent, int depth)
{
    auto newline = [&](int level) {
        if (indent) {
            out.append('\n');
            out.append(QByteArray(level * 2, ' '));
        }
    };
    switch (node.kind) {
    case JsonNode::Kind::Null:
        out.append("null");
        return;
    case JsonNode::Kind::Bool:
        out.append(node.boolean ? "true" : "false");
        return;
    case JsonNode::Kind::Number:
        out.append(javascriptNumber(node.number));
        return;
    case JsonNode::Kind::String:
        appendQuoted(out, node.string.toUtf8());
        return;
    case JsonNode::Kind::Array:
        if (node.items.empty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            serializeTo(out, node.items[i], indent, depth + 1);
        }
        newline(depth);
        out.append(']');
        return;
    case JsonNode::Kind::Object:
        if (node.items.empty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            appendQuoted(out, node.keys[static_cast<qsizetype>(i)].toUtf8());
            out.append(indent ? ": " : ":");
            serializeTo(out, node.items[i], indent, depth + 1);
        }
        newline(depth);
        out.append('}');
        return;
    }
}

} // namespace

QByteArray serialize(const JsonNode& node, bool indent)
{
    QByteArray out;
    serializeTo(out, node, indent, 0);
    return out;
}

namespace {

// True when one of the eight bytes is below 0x20, '"' or '\\' (bit tricks from
// "Bit Twiddling Hacks": a zero byte test and a less-than test per byte).
bool needsEscape(uint64_t word)
{
    constexpr uint64_t ones = 0x0101010101010101ULL;
    constexpr uint64_t highs = 0x8080808080808080ULL;
    auto hasZero = [](uint64_t v) { return (v - ones) & ~v & highs; };
    const uint64_t control = (word - ones * 0x20) & ~word & highs;
    return (control | hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\'))) != 0;
}

} // namespace

void appendQuoted(QByteArray& out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype run = 0;
    qsizetype i = 0;
    const qsizetype n = utf8.size();
    while (i < n) {
        // Skip eight plain bytes at a time: most values need no escape at all.
        if (i + 8 <= n) {
            uint64_t word;
            std::memcpy(&word, utf8.data() + i, 8);
            if (!needsEscape(word)) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        out.append(utf8.sliced(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            const char buf[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF] };
            out.append(buf, 6);
        }
        }
        ++i;
    }
    out.append(utf8.sliced(run));
    out.append('"');
}

QByteArray quoted(QByteArrayView utf8)
{
    QByteArray out;
    appendQuoted(out, utf8);
    return out;
}

QString describePosition(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(text.sliced(lineStart, offset - lineStart)).size() + 1;
    return QCoreApplication::translate("sb::JsonText", "line %1, column %2").arg(line).arg(column);
}

} // namespace sb::JsonText
