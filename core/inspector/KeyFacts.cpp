// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFacts.h"

#include "common/Utf8.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/PortManagedCipher.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace sb {

namespace {

constexpr qsizetype KeyBytes = PortManagedCipher::KeySize;

// One character of the secret: its code point and where its bytes are.
struct Character
{
    char32_t codePoint;
    qsizetype offset;
    qsizetype length;
};

using Characters = std::vector<Character, WipingAllocator<Character>>;

Characters characters(QByteArrayView text)
{
    Characters out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = pos;
        char32_t cp = 0;
        if (!Utf8::decode(text, pos, cp)) {
            // An invalid byte stands for itself; no language would read it as text.
            pos = start + 1;
            cp = 0xFFFD;
        }
        out.push_back({ cp, start, pos - start });
    }
    return out;
}

bool isTrimmable(char32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x00A0
        || cp == 0x200B || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
}

bool isInvisible(char32_t cp)
{
    return cp == 0x00A0 || cp == 0x200B || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
}

void appendUtf8(SecureBuffer& out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xC0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xE0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// The [begin, end) byte range left after trimming whitespace and invisible characters.
std::pair<qsizetype, qsizetype> trimmedRange(const Characters& chars)
{
    std::size_t first = 0;
    std::size_t last = chars.size();
    while (first < last && isTrimmable(chars[first].codePoint)) {
        ++first;
    }
    while (last > first && isTrimmable(chars[last - 1].codePoint)) {
        --last;
    }
    if (first == last) {
        return { 0, 0 };
    }
    return { chars[first].offset, chars[last - 1].offset + chars[last - 1].length };
}

SecureBuffer firstBytes(QByteArrayView text)
{
    return SecureBuffer::copyOf(text.first(std::min(text.size(), KeyBytes)));
}

QString pythonProblem(qsizetype size)
{
    if (size == KeyBytes) {
        return {};
    }
    if (size == 16 || size == 24) {
        return QCoreApplication::translate(
                   "sb::KeyFacts", "%1 bytes: pycryptodome would use AES-%2, not the AES-256 Port uses")
            .arg(size)
            .arg(size * 8);
    }
    return QCoreApplication::translate("sb::KeyFacts",
                                       "%1 bytes: pycryptodome raises ValueError: Incorrect AES key length")
        .arg(size);
}

QString nodeProblem(qsizetype size)
{
    return size == KeyBytes
        ? QString()
        : QCoreApplication::translate("sb::KeyFacts",
                                      "%1 bytes: Node's createDecipheriv('aes-256-gcm') throws "
                                      "RangeError: Invalid key length")
              .arg(size);
}

// The value of `NAME=value` or `export NAME="value"`, or an empty range.
std::pair<qsizetype, qsizetype> assignmentValue(QByteArrayView text)
{
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*(?:export\\s+)?[A-Za-z_][A-Za-z0-9_]*\\s*[=:]\\s*"));
    // Only the ASCII prefix matters; the value itself is never turned into a QString.
    const qsizetype probe = std::min<qsizetype>(text.size(), 80);
    QString head;
    for (qsizetype i = 0; i < probe && static_cast<unsigned char>(text[i]) < 0x80; ++i) {
        const char c = text[i];
        head.append(QLatin1Char(c));
        if (c == '=' || c == ':') {
            break;
        }
    }
    const auto match = assignment.match(head);
    if (!match.hasMatch() || match.capturedLength() >= text.size()) {
        return { 0, 0 };
    }
    qsizetype begin = match.capturedLength();
    qsizetype end = text.size();
    while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ')) {
        --end;
    }
    if (end - begin >= 2 && (text[begin] == '"' || text[begin] == '\'') && text[end - 1] == text[begin]) {
        ++begin;
        --end;
    }
    return { begin, end };
}

// The clientSecret string of a pasted credentials object, or an empty range.
// A plain scan is enough: the value Port shows is letters and digits.
std::pair<qsizetype, qsizetype> credentialsSecret(QByteArrayView text)
{
    const qsizetype key = text.indexOf("\"clientSecret\"");
    if (key < 0) {
        return { 0, 0 };
    }
    qsizetype pos = key + 14;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == ':' || text[pos] == '\t')) {
        ++pos;
    }
    if (pos >= text.size() || text[pos] != '"') {
        return { 0, 0 };
    }
    const qsizetype end = text.indexOf('"', pos + 1);
    if (end < 0) {
        return { 0, 0 };
    }
    return { pos + 1, end };
}

// Adds a derivation unless an earlier one gives the same key; language
// variants that agree are named together, other repeats are dropped.
void addDerivation(std::vector<KeyDerivation>& out, KeyDerivation derivation, bool nameTogether = false)
{
    for (KeyDerivation& existing : out) {
        if (existing.key.size() == derivation.key.size()
            && existing.key.constantTimeEquals(derivation.key.view())) {
            if (nameTogether) {
                existing.description += QStringLiteral("; ") + derivation.description;
            }
            return;
        }
    }
    out.push_back(std::move(derivation));
}

QString wrappedKeySummary(int bits, qsizetype modulusBytes)
{
    return QCoreApplication::translate("sb::KeyFacts",
                                       "RSA-%1: %2-byte wrapped key, so its envelopes are at least %3 bytes")
        .arg(bits)
        .arg(modulusBytes)
        .arg(ClientSide::minimumEnvelopeSize(modulusBytes));
}

} // namespace

Severity KeyFacts::worst() const
{
    Severity worst = Severity::Ok;
    for (const KeyFact& fact : facts) {
        worst = std::max(worst, fact.severity);
    }
    return worst;
}

ClientSecretAnalysis analyseClientSecret(QByteArrayView secret)
{
    ClientSecretAnalysis a;
    const Characters chars = characters(secret);
    a.bytes = secret.size();
    a.characters = static_cast<qsizetype>(chars.size());
    for (const Character& c : chars) {
        a.utf16Units += c.codePoint >= 0x10000 ? 2 : 1;
    }
    if (!chars.empty()) {
        a.leadingWhitespace = isTrimmable(chars.front().codePoint);
        a.trailingWhitespace = isTrimmable(chars.back().codePoint);
    }
    for (std::size_t i = 0; i < chars.size() && isTrimmable(chars[i].codePoint); ++i) {
        a.invisibleCharacters = a.invisibleCharacters || isInvisible(chars[i].codePoint);
    }
    for (std::size_t i = chars.size(); i > 0 && isTrimmable(chars[i - 1].codePoint); --i) {
        a.invisibleCharacters = a.invisibleCharacters || isInvisible(chars[i - 1].codePoint);
    }
    const auto [begin, end] = trimmedRange(chars);
    const QByteArrayView trimmed = secret.sliced(begin, end - begin);
    a.whitespaceChangesKey = (a.leadingWhitespace || a.trailingWhitespace)
        && secret.first(std::min(secret.size(), KeyBytes))
            != trimmed.first(std::min(trimmed.size(), KeyBytes));
    // The characters that make a key: the first 32 (Python, Node) or those within 32 bytes.
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (i >= 32 && chars[i].offset >= KeyBytes) {
            break;
        }
        if (chars[i].codePoint >= 0x80) {
            a.nonAscii = true;
            a.firstNonAsciiCharacter = static_cast<qsizetype>(i);
            break;
        }
    }
    for (const Character& c : chars) {
        if (c.offset < KeyBytes && c.offset + c.length > KeyBytes) {
            a.byte32SplitsCharacter = true;
        }
    }
    a.surroundingQuotes = trimmed.size() >= 2
        && ((trimmed.front() == '"' && trimmed.back() == '"')
            || (trimmed.front() == '\'' && trimmed.back() == '\''));
    a.credentialsJson = trimmed.startsWith('{') && credentialsSecret(trimmed).second > 0;
    a.variableAssignment = !a.credentialsJson && assignmentValue(trimmed).second > 0;

    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    bool alphanumeric = !trimmed.isEmpty();
    for (const char c : trimmed) {
        alphanumeric
            = alphanumeric && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }
    const bool labelled = !a.credentialsJson
        && (secret.contains("clientId") || secret.contains("client_id") || secret.contains("CLIENT_ID"));
    if (trimmed.size() == 36 && uuid.match(QString::fromLatin1(trimmed)).hasMatch()) {
        a.looksLikeClientId = true;
        a.clientIdReason = QCoreApplication::translate(
            "sb::KeyFacts", "it has the shape of a UUID, an identifier rather than a secret");
    } else if (labelled) {
        a.looksLikeClientId = true;
        a.clientIdReason = QCoreApplication::translate("sb::KeyFacts", "the text is labelled as a client ID");
    } else if (alphanumeric && trimmed.size() < KeyBytes) {
        a.looksLikeClientId = true;
        a.clientIdReason = QCoreApplication::translate(
                               "sb::KeyFacts",
                               "it is %1 letters and digits, shorter than a client secret (which must "
                               "be at least 32 bytes)")
                               .arg(trimmed.size());
    }
    return a;
}

std::vector<KeyDerivation> clientSecretDerivations(QByteArrayView secret)
{
    std::vector<KeyDerivation> out;
    const Characters chars = characters(secret);
    {
        KeyDerivation port { QStringLiteral("first-32-bytes"),
                             QCoreApplication::translate(
                                 "sb::KeyFacts",
                                 "Port's rule: the first 32 bytes of the UTF-8 text (Python "
                                 "secret.encode()[:32], Node Buffer.from(secret).subarray(0, 32))"),
                             firstBytes(secret),
                             {} };
        if (secret.size() < KeyBytes) {
            port.problem = QCoreApplication::translate("sb::KeyFacts",
                                                       "%1 bytes: too short for the first-32-bytes rule")
                               .arg(secret.size());
        }
        out.push_back(std::move(port));
    }
    const ClientSecretAnalysis analysis = analyseClientSecret(secret);
    if (analysis.nonAscii) {
        KeyDerivation python { QStringLiteral("python"),
                               QCoreApplication::translate(
                                   "sb::KeyFacts",
                                   "Python: secret[:32].encode() (32 characters, then UTF-8)"),
                               {},
                               {} };
        KeyDerivation node { QStringLiteral("node"),
                             QCoreApplication::translate(
                                 "sb::KeyFacts",
                                 "Node: Buffer.from(secret.substring(0, 32)) (32 UTF-16 units, then "
                                 "UTF-8)"),
                             {},
                             {} };
        KeyDerivation latin1 { QStringLiteral("latin1"),
                               QCoreApplication::translate(
                                   "sb::KeyFacts",
                                   "Node: Buffer.from(secret.substring(0, 32), 'latin1') (one byte "
                                   "per UTF-16 unit)"),
                               {},
                               {} };
        int units = 0;
        for (std::size_t i = 0; i < chars.size(); ++i) {
            const char32_t cp = chars[i].codePoint;
            if (i < 32) {
                appendUtf8(python.key, cp);
            }
            if (cp >= 0x10000) {
                const char32_t v = cp - 0x10000;
                const char32_t high = 0xD800 + (v >> 10);
                const char32_t low = 0xDC00 + (v & 0x3FF);
                if (units < 32) {
                    // A surrogate pair cut in half becomes U+FFFD when Node encodes it.
                    appendUtf8(node.key, units + 2 <= 32 ? cp : char32_t(0xFFFD));
                    latin1.key.append(static_cast<char>(high & 0xFF));
                    if (units + 1 < 32) {
                        latin1.key.append(static_cast<char>(low & 0xFF));
                    }
                }
                units += 2;
            } else {
                if (units < 32) {
                    appendUtf8(node.key, cp);
                    latin1.key.append(static_cast<char>(cp & 0xFF));
                }
                units += 1;
            }
        }
        python.problem = pythonProblem(python.key.size());
        node.problem = nodeProblem(node.key.size());
        latin1.problem = nodeProblem(latin1.key.size());
        addDerivation(out, std::move(python), true);
        addDerivation(out, std::move(node), true);
        addDerivation(out, std::move(latin1), true);
    }
    auto addSlice = [&](const QString& code, const QString& description, qsizetype begin, qsizetype end) {
        const QByteArrayView part = secret.sliced(begin, end - begin);
        KeyDerivation d { code, description, firstBytes(part), {} };
        if (part.size() < KeyBytes) {
            d.problem = QCoreApplication::translate("sb::KeyFacts",
                                                    "%1 bytes: too short for the first-32-bytes rule")
                            .arg(part.size());
        }
        addDerivation(out, std::move(d));
    };
    const auto [begin, end] = trimmedRange(chars);
    if (analysis.leadingWhitespace || analysis.trailingWhitespace) {
        addSlice(QStringLiteral("trimmed"),
                 QCoreApplication::translate("sb::KeyFacts",
                                             "the secret without its surrounding whitespace, first 32 bytes"),
                 begin, end);
    }
    const QByteArrayView trimmed = secret.sliced(begin, end - begin);
    if (analysis.surroundingQuotes) {
        addSlice(QStringLiteral("unquoted"),
                 QCoreApplication::translate("sb::KeyFacts", "the secret without its surrounding quotes"),
                 begin + 1, end - 1);
    }
    if (analysis.credentialsJson) {
        const auto [b, e] = credentialsSecret(trimmed);
        addSlice(
            QStringLiteral("credentials-json"),
            QCoreApplication::translate("sb::KeyFacts", "the clientSecret field of the pasted credentials"),
            begin + b, begin + e);
    } else if (analysis.variableAssignment) {
        const auto [b, e] = assignmentValue(trimmed);
        addSlice(QStringLiteral("assignment-value"),
                 QCoreApplication::translate("sb::KeyFacts",
                                             "the value after '=' (the variable name was pasted too)"),
                 begin + b, begin + e);
    }
    return out;
}

KeyFacts clientSecretFacts(QByteArrayView secret)
{
    KeyFacts out { QCoreApplication::translate("sb::KeyFacts", "Client secret"), {} };
    const ClientSecretAnalysis a = analyseClientSecret(secret);
    QString length = QStringLiteral("%1 bytes").arg(a.bytes);
    if (a.characters != a.bytes) {
        length += QCoreApplication::translate("sb::KeyFacts", " (%1 characters)").arg(a.characters);
    }
    out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Length"), length, Severity::Info });
    if (a.bytes >= KeyBytes) {
        out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "First-32-bytes rule"),
                           a.bytes == KeyBytes
                               ? QCoreApplication::translate("sb::KeyFacts",
                                                             "satisfied: the whole secret is the AES-256 key")
                               : QCoreApplication::translate(
                                     "sb::KeyFacts",
                                     "satisfied: the AES-256 key is its first 32 bytes (the other %1 "
                                     "are not used)")
                                     .arg(a.bytes - KeyBytes),
                           Severity::Ok });
    } else {
        out.facts.append(
            { QCoreApplication::translate("sb::KeyFacts", "First-32-bytes rule"),
              QCoreApplication::translate("sb::KeyFacts", "not satisfied: %1 bytes, %2 short of a key")
                  .arg(a.bytes)
                  .arg(KeyBytes - a.bytes),
              Severity::Error });
    }
    if (a.leadingWhitespace || a.trailingWhitespace) {
        const QString where = a.leadingWhitespace && a.trailingWhitespace
            ? QCoreApplication::translate("sb::KeyFacts", "at both ends")
            : a.leadingWhitespace ? QCoreApplication::translate("sb::KeyFacts", "at the start")
                                  : QCoreApplication::translate("sb::KeyFacts", "at the end");
        const QString what = a.invisibleCharacters
            ? QCoreApplication::translate("sb::KeyFacts", "invisible characters or whitespace")
            : QStringLiteral("whitespace");
        out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Surrounding whitespace"),
                           QStringLiteral("%1 %2: %3")
                               .arg(what, where,
                                    a.whitespaceChangesKey
                                        ? QCoreApplication::translate("sb::KeyFacts", "it changes the key")
                                        : QCoreApplication::translate("sb::KeyFacts",
                                                                      "after byte 32, so the key is "
                                                                      "unchanged")),
                           a.whitespaceChangesKey ? Severity::Warning : Severity::Info });
    }
    if (a.nonAscii) {
        out.facts.append(
            { QCoreApplication::translate("sb::KeyFacts", "Characters"),
              QCoreApplication::translate("sb::KeyFacts",
                                          "non-ASCII from character %1: Python's secret[:32].encode() and "
                                          "Node's substring(0, 32) derive different keys than Port's "
                                          "first-32-bytes rule")
                  .arg(a.firstNonAsciiCharacter + 1),
              Severity::Warning });
    } else if (a.bytes > 0) {
        out.facts.append(
            { QCoreApplication::translate("sb::KeyFacts", "Characters"),
              QCoreApplication::translate("sb::KeyFacts", "ASCII: every language derives the same key"),
              Severity::Ok });
    }
    if (a.surroundingQuotes) {
        out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Quotes"),
                           QCoreApplication::translate("sb::KeyFacts",
                                                       "surrounded by quotes, which become part of the key"),
                           Severity::Warning });
    }
    if (a.credentialsJson) {
        out.facts.append(
            { QCoreApplication::translate("sb::KeyFacts", "Shape"),
              QCoreApplication::translate("sb::KeyFacts",
                                          "a credentials object: only its clientSecret value is the secret"),
              Severity::Warning });
    } else if (a.variableAssignment) {
        out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Shape"),
                           QCoreApplication::translate(
                               "sb::KeyFacts", "NAME=value: the variable name was pasted with the secret"),
                           Severity::Warning });
    }
    if (a.looksLikeClientId) {
        out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Looks like a client ID"),
                           a.clientIdReason, Severity::Warning });
    }
    return out;
}

KeyFacts privateKeyFacts(const RsaPrivateKey& key)
{
    KeyFacts out { QCoreApplication::translate("sb::KeyFacts", "RSA private key"), {} };
    out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Format"), keySourceName(key.source()),
                       Severity::Info });
    out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Size"),
                       wrappedKeySummary(key.bits(), key.modulusBytes()),
                       key.bits() < MinimumRsaBits ? Severity::Warning : Severity::Ok });
    if (key.bits() < MinimumRsaBits) {
        out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Strength"),
                           QCoreApplication::translate(
                               "sb::KeyFacts", "below the 2048 bits Port recommends: replace the key pair"),
                           Severity::Warning });
    }
    out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Public key SHA-256"),
                       key.publicKey().fingerprint(), Severity::Info });
    return out;
}

KeyFacts publicKeyFacts(const RsaPublicKey& key)
{
    KeyFacts out { QCoreApplication::translate("sb::KeyFacts", "RSA public key"), {} };
    out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Format"), keySourceName(key.source()),
                       Severity::Info });
    out.facts.append({ QCoreApplication::translate("sb::KeyFacts", "Size"),
                       wrappedKeySummary(key.bits(), key.modulusBytes()),
                       key.bits() < MinimumRsaBits ? Severity::Error : Severity::Ok });
    out.facts.append({ QStringLiteral("SHA-256"), key.fingerprint(), Severity::Info });
    return out;
}

} // namespace sb
