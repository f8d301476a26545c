// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MongoUrl.h"

#include "secrets/MongoRuntime.h"

#include <QCoreApplication>
#include <QSet>

#include <mongoc/mongoc.h>

#include <arpa/inet.h>

#include <memory>

namespace sb {

namespace {

constexpr QLatin1StringView Mask("****");

// Where the parts of a connection string are, found the way the
// specification splits it: userinfo ends at the last '@' of the host part.
struct Layout
{
    bool valid = false; // a recognised scheme
    bool srv = false;
    qsizetype schemeEnd = 0; // just after "://"
    qsizetype queryStart = -1; // the '?' or -1
    bool hasUserInfo = false;
    qsizetype userStart = 0;
    qsizetype userEnd = 0;
    qsizetype passwordStart = -1; // -1: no password
    qsizetype passwordEnd = -1;
    qsizetype at = -1;
};

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "host", "host:27017", "[::1]:27017", separated by commas.
bool looksLikeHostList(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (QByteArrayView host : QByteArray(text.data(), text.size()).split(',')) {
        if (host.startsWith('[')) {
            const qsizetype close = host.indexOf(']');
            if (close < 0) {
                return false;
            }
            const QByteArrayView rest = host.sliced(close + 1);
            if (!rest.isEmpty() && !(rest.startsWith(':') && isDigits(rest.sliced(1)))) {
                return false;
            }
            continue;
        }
        const qsizetype colon = host.indexOf(':');
        if (host.isEmpty() || (colon >= 0 && !isDigits(host.sliced(colon + 1)))) {
            return false;
        }
    }
    return true;
}

Layout layoutOf(QByteArrayView url)
{
    Layout l;
    if (url.startsWith("mongodb://")) {
        l.schemeEnd = 10;
    } else if (url.startsWith("mongodb+srv://")) {
        l.schemeEnd = 14;
        l.srv = true;
    } else {
        return l;
    }
    l.valid = true;
    l.queryStart = url.indexOf('?', l.schemeEnd);
    const qsizetype end = l.queryStart < 0 ? url.size() : l.queryStart;
    const QByteArrayView body = url.sliced(l.schemeEnd, end - l.schemeEnd);
    const qsizetype firstSlash = body.indexOf('/');
    const QByteArrayView hostPart = firstSlash < 0 ? body : body.first(firstSlash);
    qsizetype at = hostPart.lastIndexOf('@');
    if (at < 0 && firstSlash >= 0) {
        // "user:pa/ss@host" splits at the '/' into an impossible host part;
        // "us/er:pass@host" leaves a ':' before the '@'. Either way the '/'
        // belongs to the credentials. ("host/my@db" is a database name.)
        const qsizetype later = body.lastIndexOf('@');
        if (later > firstSlash
            && (!looksLikeHostList(hostPart) || body.sliced(firstSlash, later - firstSlash).contains(':'))) {
            at = later;
        }
    }
    if (at < 0) {
        return l;
    }
    l.hasUserInfo = true;
    l.at = l.schemeEnd + at;
    l.userStart = l.schemeEnd;
    const qsizetype colon = body.first(at).indexOf(':');
    if (colon < 0) {
        l.userEnd = l.at;
    } else {
        l.userEnd = l.schemeEnd + colon;
        l.passwordStart = l.userEnd + 1;
        l.passwordEnd = l.at;
    }
    return l;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

SecureBuffer percentDecode(QByteArrayView text)
{
    SecureBuffer out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && isHex(text[i + 1]) && isHex(text[i + 2])) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

// What in one userinfo part must be escaped: reserved characters, and '%'
// that does not start a valid escape.
struct Unescaped
{
    QList<char> characters;
    bool any() const { return !characters.isEmpty(); }
};

// Whether the character at `i` must be percent-encoded in a username (or,
// with `password`, a password): a reserved character, or a '%' that starts
// no valid escape.
bool mustEscape(QByteArrayView part, qsizetype i, bool password)
{
    const char c = part[i];
    if (c == '%') {
        return !(i + 2 < part.size() && isHex(part[i + 1]) && isHex(part[i + 2]));
    }
    return c == '@' || c == '/' || (c == ':' && password);
}

Unescaped unescapedIn(QByteArrayView part, bool password)
{
    Unescaped found;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (mustEscape(part, i, password) && !found.characters.contains(c)) {
            found.characters << c;
        }
    }
    return found;
}

QByteArray encodeReserved(QByteArrayView part, bool password)
{
    QByteArray out;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (mustEscape(part, i, password)) {
            out += '%' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out;
}

QString describeCharacters(const QList<char>& characters)
{
    QStringList parts;
    for (const char c : characters) {
        parts << QStringLiteral("'%1' (write %2)")
                     .arg(QLatin1Char(c))
                     .arg(QStringLiteral("%") + QString::number(uchar(c), 16).toUpper());
    }
    return parts.join(QStringLiteral(", "));
}

// The username and password per the specification: reserved characters
// must be percent-encoded. The username is not secret and is quoted; the
// password never is.
Status checkUserInfo(QByteArrayView url, const Layout& l)
{
    if (!l.hasUserInfo) {
        return {};
    }
    const QByteArrayView user = url.sliced(l.userStart, l.userEnd - l.userStart);
    const Unescaped inUser = unescapedIn(user, false);
    if (inUser.any()) {
        return fail(
            ErrorKind::InvalidMongoUrl,
            QCoreApplication::translate("sb::MongoUrl",
                                        "The username \"%1\" contains unescaped %2: the connection-string "
                                        "specification requires percent-encoding, so write \"%3\".")
                .arg(QString::fromUtf8(user), describeCharacters(inUser.characters),
                     QString::fromUtf8(encodeReserved(user, false))),
            l.userStart);
    }
    if (l.passwordStart < 0) {
        return {};
    }
    const QByteArrayView password = url.sliced(l.passwordStart, l.passwordEnd - l.passwordStart);
    const Unescaped inPassword = unescapedIn(password, true);
    if (inPassword.any()) {
        return fail(
            ErrorKind::InvalidMongoUrl,
            QCoreApplication::translate("sb::MongoUrl",
                                        "The password contains unescaped %1: the connection-string "
                                        "specification requires percent-encoding (for example p@ss -> "
                                        "p%40ss).")
                .arg(describeCharacters(inPassword.characters)),
            l.passwordStart);
    }
    return {};
}

struct OptionSpan
{
    QString key;
    QString lowerKey;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
};

QList<OptionSpan> optionSpans(QByteArrayView url, const Layout& l)
{
    QList<OptionSpan> spans;
    if (l.queryStart < 0) {
        return spans;
    }
    qsizetype start = l.queryStart + 1;
    while (start <= url.size()) {
        qsizetype end = start;
        while (end < url.size() && url[end] != '&' && url[end] != ';') {
            ++end;
        }
        const QByteArrayView pair = url.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            OptionSpan span;
            const SecureBuffer key = percentDecode(eq < 0 ? pair : pair.first(eq));
            span.key = QString::fromUtf8(key.view());
            span.lowerKey = span.key.toLower();
            span.valueStart = eq < 0 ? end : start + eq + 1;
            span.valueEnd = end;
            spans << span;
        }
        start = end + 1;
    }
    return spans;
}

bool isSecretOption(const QString& lowerKey)
{
    return lowerKey == QLatin1String(MONGOC_URI_TLSCERTIFICATEKEYFILEPASSWORD)
        || lowerKey == QLatin1String(MONGOC_URI_SSLCLIENTCERTIFICATEKEYPASSWORD)
        || lowerKey == QLatin1String(MONGOC_URI_AUTHMECHANISMPROPERTIES);
}

bool isKnownOption(const QString& lowerKey)
{
    static const QSet<QString> others = {
        QStringLiteral("authmechanism"),
        QStringLiteral("authmechanismproperties"),
        QStringLiteral("authsource"),
        QStringLiteral("gssapiservicename"),
        QStringLiteral("readpreferencetags"),
        QStringLiteral("w"),
        QStringLiteral("compressors"),
        QStringLiteral("appname"),
        QStringLiteral("readconcernlevel"),
        QStringLiteral("readpreference"),
        QStringLiteral("replicaset"),
        QStringLiteral("srvservicename"),
        QStringLiteral("tlscafile"),
        QStringLiteral("tlscertificatekeyfile"),
        QStringLiteral("tlscertificatekeyfilepassword"),
        QStringLiteral("sslclientcertificatekeyfile"),
        QStringLiteral("sslclientcertificatekeypassword"),
        QStringLiteral("sslcertificateauthorityfile"),
        QStringLiteral("maxconnecting"),
        QStringLiteral("timeoutms"),
        QStringLiteral("proxyhost"),
        QStringLiteral("proxyport"),
        QStringLiteral("proxyusername"),
        QStringLiteral("proxypassword"),
        QStringLiteral("uuidrepresentation"),
        QStringLiteral("tlscrlfile"),
    };
    const QByteArray key = lowerKey.toLatin1();
    if (others.contains(lowerKey)) {
        return true;
    }
    const MongoRuntime::Api* m = MongoRuntime::api();
    return m
        && (m->uri_option_is_int32(key.constData()) || m->uri_option_is_int64(key.constData())
            || m->uri_option_is_bool(key.constData()) || m->uri_option_is_utf8(key.constData()));
}

MongoHost hostFrom(const mongoc_host_list_t* h)
{
    MongoHost host;
    host.host = QString::fromUtf8(h->host);
    host.port = h->port;
    host.unixSocket = h->family == AF_UNIX;
    QByteArray address = QByteArray(h->host);
    if (const qsizetype zone = address.indexOf('%'); zone >= 0) {
        address.truncate(zone);
    }
    unsigned char buffer[sizeof(struct in6_addr)];
    if (inet_pton(AF_INET, address.constData(), buffer) == 1) {
        host.ipLiteral = true;
        host.loopback = buffer[0] == 127;
    } else if (inet_pton(AF_INET6, address.constData(), buffer) == 1) {
        host.ipLiteral = true;
        host.ipv6 = true;
        static const unsigned char loopback[16] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };
        host.loopback = std::equal(buffer, buffer + 16, loopback);
    } else {
        host.loopback
            = host.unixSocket || host.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    }
    return host;
}

// Removes anything secret from a driver message: the password in both forms.
// A very short password is replaced only where it is quoted, so that "p"
// does not mangle every word of the message.
QString scrub(QString message, QByteArrayView url, const Layout& l)
{
    if (l.passwordStart >= 0) {
        const QByteArrayView raw = url.sliced(l.passwordStart, l.passwordEnd - l.passwordStart);
        const SecureBuffer decoded = percentDecode(raw);
        for (QByteArrayView secret : { raw, decoded.view() }) {
            const QString text = QString::fromUtf8(secret);
            if (text.isEmpty()) {
                continue;
            }
            if (text.size() >= 4) {
                message.replace(text, Mask);
            } else {
                for (const QChar quote : { QLatin1Char('"'), QLatin1Char('\''), QLatin1Char(' ') }) {
                    message.replace(quote + text + quote, quote + QString(Mask) + quote);
                }
            }
        }
    }
    return message;
}

} // namespace

QString MongoHost::display() const
{
    if (port == 0 || unixSocket) {
        return host;
    }
    return ipv6 ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port);
}

namespace MongoUrl {

QString scrubMessage(QString message, QByteArrayView url)
{
    const QString whole = QString::fromUtf8(url);
    if (!whole.isEmpty()) {
        message.replace(whole, redact(url));
    }
    return scrub(std::move(message), url, layoutOf(url));
}

QString encodeUserInfo(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return QString::fromUtf8(encodeReserved(utf8, true));
}

QString redact(QByteArrayView url)
{
    const Layout l = layoutOf(url);
    if (!l.valid) {
        // Not a MongoDB URL at all: nothing in it can be trusted to show.
        return Mask;
    }
    QByteArray out(url.data(), url.size());
    QList<QPair<qsizetype, qsizetype>> hide;
    if (l.passwordStart >= 0) {
        hide << qMakePair(l.passwordStart, l.passwordEnd);
    } else if (!l.hasUserInfo && url.sliced(l.schemeEnd).contains('@')) {
        // An '@' that is not the userinfo end: credentials we cannot delimit.
        const qsizetype last = url.lastIndexOf('@');
        hide << qMakePair(l.schemeEnd, last);
    }
    for (const OptionSpan& span : optionSpans(url, l)) {
        if (isSecretOption(span.lowerKey) && span.valueEnd > span.valueStart) {
            hide << qMakePair(span.valueStart, span.valueEnd);
        }
    }
    std::sort(hide.begin(), hide.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [start, end] : hide) {
        out.replace(start, end - start, QByteArray(Mask.data(), Mask.size()));
    }
    return QString::fromUtf8(out);
}

std::optional<SecureBuffer> escapingFix(QByteArrayView url)
{
    const Layout l = layoutOf(url);
    if (!l.hasUserInfo) {
        return std::nullopt;
    }
    const QByteArrayView user = url.sliced(l.userStart, l.userEnd - l.userStart);
    const QByteArrayView password = l.passwordStart < 0
        ? QByteArrayView()
        : url.sliced(l.passwordStart, l.passwordEnd - l.passwordStart);
    if (!unescapedIn(user, false).any() && !unescapedIn(password, true).any()) {
        return std::nullopt;
    }
    SecureBuffer fixed;
    fixed.append(url.first(l.schemeEnd));
    fixed.append(encodeReserved(user, false));
    if (l.passwordStart >= 0) {
        fixed.append(':');
        QByteArray encoded = encodeReserved(password, true);
        fixed.append(encoded);
        wipe(encoded);
    }
    fixed.append(url.sliced(l.at));
    return fixed;
}

SecureBuffer encodedPassword(QByteArrayView url)
{
    const Layout l = layoutOf(url);
    if (l.passwordStart < 0) {
        return {};
    }
    return SecureBuffer::copyOf(url.sliced(l.passwordStart, l.passwordEnd - l.passwordStart));
}

SecureBuffer decodedPassword(QByteArrayView url)
{
    const Layout l = layoutOf(url);
    if (l.passwordStart < 0) {
        return {};
    }
    return percentDecode(url.sliced(l.passwordStart, l.passwordEnd - l.passwordStart));
}

Result<MongoUrlInfo> analyze(QByteArrayView url)
{
    if (url.isEmpty()) {
        return fail(ErrorKind::InvalidMongoUrl,
                    QCoreApplication::translate("sb::MongoUrl", "The MongoDB URL is empty."));
    }
    for (qsizetype i = 0; i < url.size(); ++i) {
        const auto c = uchar(url[i]);
        if (c <= 0x20 || c == 0x7f) {
            return fail(
                ErrorKind::InvalidMongoUrl,
                c == ' ' ? QCoreApplication::translate("sb::MongoUrl",
                                                       "The MongoDB URL contains a space at character %1; "
                                                       "percent-encode it as %20.")
                               .arg(i + 1)
                         : QCoreApplication::translate("sb::MongoUrl",
                                                       "The MongoDB URL contains a control character or line "
                                                       "break at character %1.")
                               .arg(i + 1),
                i);
        }
    }
    const Layout l = layoutOf(url);
    if (!l.valid) {
        return fail(ErrorKind::InvalidMongoUrl,
                    QCoreApplication::translate("sb::MongoUrl",
                                                "A MongoDB URL starts with mongodb:// or mongodb+srv://."),
                    0);
    }
    if (auto ok = checkUserInfo(url, l); !ok) {
        return std::unexpected(ok.error());
    }

    MongoRuntime::Use use;
    if (!use.api()) {
        return fail(ErrorKind::FileError, use.error());
    }
    const MongoRuntime::Api& m = *use.api();
    bson_error_t error {};
    const MongoRuntime::UriPointer uri = MongoRuntime::parseUri(url, error);
    if (!uri) {
        return fail(ErrorKind::InvalidMongoUrl,
                    QCoreApplication::translate("sb::MongoUrl", "The MongoDB driver refuses this URL: %1.")
                        .arg(scrub(QString::fromUtf8(error.message), url, l)));
    }

    MongoUrlInfo info;
    info.srv = l.srv;
    info.scheme = l.srv ? QStringLiteral("mongodb+srv") : QStringLiteral("mongodb");
    if (l.srv) {
        MongoHost host;
        host.host = QString::fromUtf8(m.uri_get_srv_hostname(uri.get()));
        host.port = 0;
        info.hosts << host;
    } else {
        for (const mongoc_host_list_t* h = m.uri_get_hosts(uri.get()); h; h = h->next) {
            info.hosts << hostFrom(h);
        }
    }
    info.username = QString::fromUtf8(m.uri_get_username(uri.get()));
    info.hasPassword = m.uri_get_password(uri.get()) != nullptr;
    info.database = QString::fromUtf8(m.uri_get_database(uri.get()));
    info.authSource = QString::fromUtf8(m.uri_get_auth_source(uri.get()));
    info.authMechanism = QString::fromUtf8(m.uri_get_auth_mechanism(uri.get()));
    info.replicaSet = QString::fromUtf8(m.uri_get_replica_set(uri.get()));
    info.tls = m.uri_get_tls(uri.get());
    info.redacted = redact(url);

    bool tlsOff = false;
    QStringList insecureTls;
    for (const OptionSpan& span : optionSpans(url, l)) {
        MongoOption option;
        option.key = span.key;
        option.secret = isSecretOption(span.lowerKey);
        const SecureBuffer value
            = percentDecode(url.sliced(span.valueStart, span.valueEnd - span.valueStart));
        option.value = option.secret ? QString(Mask) : QString::fromUtf8(value.view());
        option.known = isKnownOption(span.lowerKey);
        if (span.lowerKey == QLatin1String("authsource")) {
            info.authSourceExplicit = true;
        }
        if (span.lowerKey == QLatin1String("tls") || span.lowerKey == QLatin1String("ssl")) {
            info.tlsExplicit = true;
            tlsOff = tlsOff || option.value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
        }
        if ((span.lowerKey == QLatin1String("tlsinsecure")
             || span.lowerKey == QLatin1String("tlsallowinvalidcertificates")
             || span.lowerKey == QLatin1String("tlsallowinvalidhostnames")
             || span.lowerKey == QLatin1String("sslallowinvalidcertificates")
             || span.lowerKey == QLatin1String("sslallowinvalidhostnames"))
            && option.value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            insecureTls << option.key;
        }
        info.options << option;
    }

    const bool anyRemote
        = std::any_of(info.hosts.begin(), info.hosts.end(), [](const MongoHost& h) { return !h.loopback; });
    const bool remoteIpLiteral = std::any_of(info.hosts.begin(), info.hosts.end(),
                                             [](const MongoHost& h) { return h.ipLiteral && !h.loopback; });
    const QString mechanism = info.authMechanism.toUpper();
    const bool externalAuth = mechanism == QLatin1String("MONGODB-X509")
        || mechanism == QLatin1String("MONGODB-AWS") || mechanism == QLatin1String("GSSAPI");
    if (info.username.isEmpty() && !externalAuth) {
        info.warnings << MongoFinding {
            Severity::Warning,
            QCoreApplication::translate(
                "sb::MongoUrl",
                "No credentials: the server must accept connections without authentication, or "
                "every database node using this URL will fail to authenticate.")
        };
    }
    if (tlsOff && anyRemote) {
        info.warnings << MongoFinding {
            Severity::Warning,
            QCoreApplication::translate(
                "sb::MongoUrl",
                "TLS is switched off (tls=false) for a host that is not this machine: "
                "credentials and data cross the network in clear text.")
        };
    }
    if (info.hasPassword && remoteIpLiteral && !info.tls) {
        info.warnings << MongoFinding {
            Severity::Warning,
            QCoreApplication::translate(
                "sb::MongoUrl",
                "Credentials are sent to an IP address without TLS: nothing proves the server "
                "is the one you mean, and the password crosses the network in clear text. Use "
                "a host name with tls=true.")
        };
    }
    for (const QString& key : std::as_const(insecureTls)) {
        info.warnings << MongoFinding {
            Severity::Warning,
            QCoreApplication::translate(
                "sb::MongoUrl",
                "%1=true turns off certificate checks: anyone between you and the server can "
                "pretend to be it.")
                .arg(key)
        };
    }
    for (const MongoOption& option : std::as_const(info.options)) {
        if (!option.known) {
            info.warnings << MongoFinding { Severity::Warning,
                                            QCoreApplication::translate(
                                                "sb::MongoUrl",
                                                "Unknown option \"%1\": the driver ignores it (a typo?).")
                                                .arg(option.key) };
        }
    }
    return info;
}

QStringList changedParts(QByteArrayView a, QByteArrayView b)
{
    if (a == b) {
        return {};
    }
    auto left = analyze(a);
    auto right = analyze(b);
    if (!left || !right) {
        return { QStringLiteral("value") };
    }
    QStringList parts;
    const auto hostsOf = [](const MongoUrlInfo& info) {
        QStringList hosts;
        for (const MongoHost& h : info.hosts) {
            hosts << h.display();
        }
        return hosts;
    };
    // Options as written (secret values included), compared without showing them.
    const auto optionsOf = [](QByteArrayView url) {
        QStringList options;
        for (const OptionSpan& span : optionSpans(url, layoutOf(url))) {
            options
                << span.lowerKey + QLatin1Char('=')
                    + QString::fromUtf8(
                        percentDecode(url.sliced(span.valueStart, span.valueEnd - span.valueStart)).view());
        }
        options.sort();
        return options;
    };
    if (left->scheme != right->scheme) {
        parts << QStringLiteral("scheme");
    }
    if (hostsOf(*left) != hostsOf(*right)) {
        parts << QStringLiteral("hosts");
    }
    if (left->username != right->username) {
        parts << QStringLiteral("username");
    }
    if (!constantTimeEquals(decodedPassword(a).view(), decodedPassword(b).view())) {
        parts << QStringLiteral("password");
    }
    if (left->database != right->database) {
        parts << QStringLiteral("database");
    }
    if (optionsOf(a) != optionsOf(b)) {
        parts << QStringLiteral("options");
    }
    if (parts.isEmpty()) {
        parts << QStringLiteral("spelling"); // same meaning, written differently
    }
    return parts;
}

} // namespace MongoUrl

} // namespace sb
