// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakCheck.h"

#include "common/JsonText.h"
#include "secrets/MongoUrl.h"
#include "secrets/VaultKeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>

namespace sb {

namespace {

enum Form : quint8
{
    Raw,
    Base64,
    Base64Url,
    Hex,
    UrlEncoded,
    JsonEscaped,
};

QString formName(quint8 form)
{
    switch (form) {
    case Raw:
        return QStringLiteral("raw");
    case Base64:
        return QStringLiteral("base64");
    case Base64Url:
        return QStringLiteral("base64url");
    case Hex:
        return QStringLiteral("hex");
    case UrlEncoded:
        return QStringLiteral("URL-encoded");
    case JsonEscaped:
        return QStringLiteral("JSON-escaped");
    }
    return {};
}

// Below this, a base64 fragment matches too much unrelated text.
constexpr qsizetype MinimumBase64Fragment = 6;

quint64 prefixOf(const char* bytes)
{
    quint64 key = 0;
    std::memcpy(&key, bytes, sizeof(key));
    return key;
}

unsigned bloomSlot(quint64 key)
{
    return unsigned((key * 0x9E3779B97F4A7C15ull) >> 48);
}

SecureBuffer percentEncoded(QByteArrayView value, const char* keep, bool upper, bool plusForSpace)
{
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    SecureBuffer out;
    for (const char c : value) {
        const auto u = uchar(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || (u != 0 && std::strchr(keep, c));
        if (unreserved) {
            out.append(c);
        } else if (c == ' ' && plusForSpace) {
            out.append('+');
        } else {
            out.append('%');
            out.append(digits[u >> 4]);
            out.append(digits[u & 15]);
        }
    }
    return out;
}

// JSON string content as JSON.stringify writes it, optionally with "\/" and
// with non-ASCII as \uXXXX (Python's json.dumps default).
SecureBuffer jsonEscaped(QByteArrayView value, bool escapeSlash, bool asciiOnly)
{
    SecureBuffer out;
    QByteArray quoted = JsonText::quoted(value);
    const QByteArrayView inner = QByteArrayView(quoted).sliced(1, quoted.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const char c = inner[i];
        if (c == '/' && escapeSlash) {
            out.append(QByteArrayView("\\/"));
        } else if (asciiOnly && (uchar(c) & 0x80)) {
            // Decode one UTF-8 sequence (the value is valid UTF-8) into UTF-16 units.
            const auto lead = uchar(c);
            const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            char32_t cp = lead & (0x3F >> extra);
            for (int k = 1; k <= extra && i + k < inner.size(); ++k) {
                cp = (cp << 6) | (uchar(inner[i + k]) & 0x3F);
            }
            i += extra;
            const auto unit = [&out](unsigned u) {
                static const char* hex = "0123456789abcdef";
                out.append(QByteArrayView("\\u"));
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.append(hex[(u >> shift) & 15]);
                }
            };
            if (cp >= 0x10000) {
                cp -= 0x10000;
                unit(0xD800 + unsigned(cp >> 10));
                unit(0xDC00 + unsigned(cp & 0x3FF));
            } else {
                unit(unsigned(cp));
            }
        } else {
            out.append(c);
        }
    }
    wipe(quoted);
    return out;
}

} // namespace

QString LeakFinding::describe() const
{
    return QStringLiteral("line %1, column %2: %3 (%4, %5)").arg(line).arg(column).arg(secret, part, form);
}

LeakChecker::LeakChecker() = default;
LeakChecker::~LeakChecker() = default;
LeakChecker::LeakChecker(LeakChecker&&) noexcept = default;
LeakChecker& LeakChecker::operator=(LeakChecker&&) noexcept = default;

qsizetype LeakChecker::needleCount() const
{
    return qsizetype(m_needles.size());
}

void LeakChecker::addNeedle(QByteArrayView bytes, int source, quint8 form, bool password)
{
    if (bytes.isEmpty()) {
        return;
    }
    // The same bytes for the same source once (e.g. base64 without + or /).
    for (auto it = m_needles.rbegin(); it != m_needles.rend() && it->source == source; ++it) {
        if (it->length == bytes.size() && m_bytes.view().sliced(it->offset, it->length) == bytes) {
            return;
        }
    }
    m_needles.push_back(Needle { m_bytes.size(), bytes.size(), source, form, password });
    m_bytes.append(bytes);
    m_indexed = false;
}

void LeakChecker::addForms(QByteArrayView value, int source, bool password)
{
    addNeedle(value, source, Raw, password);

    // base64 at the three alignments a value can have inside a longer run:
    // keep the characters that depend on the value's bytes alone.
    for (int k = 0; k < 3; ++k) {
        SecureBuffer stream(k);
        stream.append(value);
        const qsizetype bits = 8 * stream.size();
        const qsizetype first = (8 * k + 5) / 6;
        const qsizetype last = bits / 6; // exclusive
        if (last - first < MinimumBase64Fragment) {
            continue;
        }
        for (const auto& [options, form] : { std::pair { QByteArray::Base64Encoding, Base64 },
                                             std::pair { QByteArray::Base64UrlEncoding, Base64Url } }) {
            QByteArray encoded = QByteArray(stream.chars(), stream.size()).toBase64(options);
            addNeedle(QByteArrayView(encoded).sliced(first, last - first), source, form, password);
            wipe(encoded);
        }
    }

    for (const bool upper : { false, true }) {
        QByteArray hex = QByteArray(value.data(), value.size()).toHex();
        if (upper) {
            hex = hex.toUpper();
        }
        addNeedle(hex, source, Hex, password);
        wipe(hex);
    }

    const SecureBuffer encodings[] = {
        percentEncoded(value, "-._~", true, false), // RFC 3986
        percentEncoded(value, "-._~", false, false),
        percentEncoded(value, "-_.!~*'()", true, false), // encodeURIComponent
        percentEncoded(value, "-._~", true, true), // form encoding
        percentEncoded(value, "-._*", true, true), // Java URLEncoder / application/x-www-form-urlencoded
    };
    for (const SecureBuffer& encoded : encodings) {
        if (encoded.view() != value) {
            addNeedle(encoded.view(), source, UrlEncoded, password);
        }
    }

    const SecureBuffer escapes[] = {
        jsonEscaped(value, false, false),
        jsonEscaped(value, true, false),
        jsonEscaped(value, false, true),
        jsonEscaped(value, true, true),
    };
    for (const SecureBuffer& escaped : escapes) {
        if (escaped.view() != value) {
            addNeedle(escaped.view(), source, JsonEscaped, password);
        }
    }
}

void LeakChecker::addSecret(const QString& label, ProjectSecretType type, QByteArrayView value, bool current)
{
    if (value.isEmpty()) {
        return;
    }
    const int source = int(m_sources.size());
    m_sources.push_back(Source { label, current,
                                 type == ProjectSecretType::RsaPrivateKey
                                     ? QCoreApplication::translate("sb::LeakCheck", "key passphrase")
                                     : QStringLiteral("MongoDB password") });
    if (type == ProjectSecretType::RsaPrivateKey) {
        // The PEM and its passphrase leak separately, never joined as stored.
        if (auto stored = StoredPrivateKey::decode(value)) {
            addForms(stored->pem.view(), source, false);
            if (stored->isProtected()) {
                addForms(stored->passphrase.view(), source, true);
            }
            return;
        }
    }
    addForms(value, source, false);
    if (type == ProjectSecretType::MongoDbUrl) {
        const SecureBuffer decoded = MongoUrl::decodedPassword(value);
        const SecureBuffer encoded = MongoUrl::encodedPassword(value);
        if (!decoded.isEmpty()) {
            addForms(decoded.view(), source, true);
        }
        if (!encoded.isEmpty() && encoded.view() != decoded.view()) {
            addNeedle(encoded.view(), source, UrlEncoded, true);
        }
    }
}

void LeakChecker::addVault(const VaultContent& content, const QString& project, bool withHistory)
{
    for (const Project& p : content.projects()) {
        if (!project.isEmpty() && p.name != project) {
            continue;
        }
        for (const ProjectSecret& s : p.secrets) {
            const QString label = QStringLiteral("%1 / %2").arg(p.name, s.name);
            addSecret(label, s.type, s.current().value.view(), true);
            if (!withHistory) {
                continue;
            }
            for (size_t i = 1; i < s.versions.size(); ++i) {
                const SecretVersion& v = s.versions[i];
                const bool seen = std::any_of(
                    s.versions.begin(), s.versions.begin() + qsizetype(i),
                    [&v](const SecretVersion& o) { return o.value.constantTimeEquals(v.value.view()); });
                if (!seen) {
                    addSecret(QCoreApplication::translate("sb::LeakCheck", "%1 (old version %2)")
                                  .arg(label)
                                  .arg(v.number),
                              s.type, v.value.view(), false);
                }
            }
        }
    }
}

void LeakChecker::buildIndex() const
{
    m_index.clear();
    m_shortNeedles.clear();
    for (int i = 0; i < int(m_needles.size()); ++i) {
        const Needle& n = m_needles[size_t(i)];
        if (n.length >= 8) {
            m_index.emplace_back(prefixOf(m_bytes.chars() + n.offset), i);
        } else {
            m_shortNeedles.push_back(i);
        }
    }
    std::sort(m_index.begin(), m_index.end());
    m_indexed = true;
}

QList<LeakFinding> LeakChecker::scan(QByteArrayView text) const
{
    if (!m_indexed) {
        buildIndex();
    }
    struct Match
    {
        qsizetype offset;
        qsizetype length;
        int needle;
    };
    std::vector<Match> matches;

    std::vector<bool> bloom(1 << 16, false);
    for (const auto& [key, needle] : m_index) {
        bloom[bloomSlot(key)] = true;
    }
    for (qsizetype pos = 0; pos + 8 <= text.size(); ++pos) {
        const quint64 key = prefixOf(text.data() + pos);
        if (!bloom[bloomSlot(key)]) {
            continue;
        }
        auto it = std::lower_bound(m_index.begin(), m_index.end(), std::pair<quint64, int>(key, -1));
        for (; it != m_index.end() && it->first == key; ++it) {
            const Needle& n = m_needles[size_t(it->second)];
            if (pos + n.length <= text.size()
                && std::memcmp(text.data() + pos, m_bytes.chars() + n.offset, size_t(n.length)) == 0) {
                matches.push_back(Match { pos, n.length, it->second });
            }
        }
    }
    for (const int i : m_shortNeedles) {
        const Needle& n = m_needles[size_t(i)];
        const QByteArrayView needle = m_bytes.view().sliced(n.offset, n.length);
        for (qsizetype pos = text.indexOf(needle); pos >= 0; pos = text.indexOf(needle, pos + 1)) {
            matches.push_back(Match { pos, n.length, i });
        }
    }

    // A match inside a longer match of the same secret (the password inside
    // the whole URL, a shorter encoding inside a longer one) is not reported.
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
    });
    std::vector<Match> kept;
    for (const Match& m : matches) {
        const int source = m_needles[size_t(m.needle)].source;
        const bool covered = std::any_of(kept.begin(), kept.end(), [&](const Match& k) {
            return m_needles[size_t(k.needle)].source == source && k.offset <= m.offset
                && k.offset + k.length >= m.offset + m.length;
        });
        if (!covered) {
            kept.push_back(m);
        }
    }

    std::vector<qsizetype> lineStarts { 0 };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lineStarts.push_back(i + 1);
        }
    }
    QList<LeakFinding> findings;
    for (const Match& m : kept) {
        const Needle& n = m_needles[size_t(m.needle)];
        LeakFinding f;
        f.offset = m.offset;
        f.length = m.length;
        const auto line = std::upper_bound(lineStarts.begin(), lineStarts.end(), m.offset) - 1;
        f.line = int(line - lineStarts.begin()) + 1;
        int column = 1;
        for (qsizetype i = *line; i < m.offset; ++i) {
            if ((uchar(text[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        f.column = column;
        f.secret = m_sources[size_t(n.source)].label;
        f.currentValue = m_sources[size_t(n.source)].current;
        f.form = formName(n.form);
        f.part = n.password ? m_sources[size_t(n.source)].passwordPart : QStringLiteral("value");
        findings << f;
    }
    return findings;
}

} // namespace sb
