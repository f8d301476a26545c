// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Severity.h"
#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

struct MongoHost
{
    QString host; // without brackets for IPv6
    quint16 port = 27017;
    bool ipLiteral = false;
    bool ipv6 = false;
    bool loopback = false; // localhost, 127.0.0.0/8, ::1, a Unix socket
    bool unixSocket = false;

    QString display() const; // "[::1]:27017"
};

struct MongoOption
{
    QString key; // as written
    QString value; // percent-decoded; "****" for a secret option
    bool known = true;
    bool secret = false;
};

struct MongoFinding
{
    Severity severity = Severity::Warning;
    QString message;
};

// What a valid MongoDB connection string says, with no secret in it: the
// password is only ever "present" here, and `redacted` is the URL with the
// password (and secret option values) replaced by "****".
struct MongoUrlInfo
{
    bool srv = false;
    QString scheme; // "mongodb" or "mongodb+srv"
    QList<MongoHost> hosts; // for mongodb+srv: the one SRV name, port 0
    QString username; // decoded; empty when none
    bool hasPassword = false;
    QString database; // decoded; empty when none
    QString authSource; // effective
    bool authSourceExplicit = false;
    QString authMechanism;
    QString replicaSet;
    bool tls = false; // effective (on by default for mongodb+srv)
    bool tlsExplicit = false;
    QList<MongoOption> options;
    QString redacted;
    QList<MongoFinding> warnings;
};

// MongoDB connection strings, parsed by the official C driver (libmongoc),
// plus the checks where the connection-string specification is stricter than
// the driver: reserved characters in the username or password must be
// percent-encoded. Nothing here ever puts the password into a message.
namespace MongoUrl {

Result<MongoUrlInfo> analyze(QByteArrayView url);

// The URL with the password and secret option values replaced by "****".
// Works on invalid URLs too (best effort: when the credentials cannot be told
// apart, everything between the scheme and the hosts is hidden).
QString redact(QByteArrayView url);

// When analyze() failed because the username or password has unescaped
// reserved characters ('@', ':', '/', or a '%' that starts no escape), the
// same URL with them percent-encoded ("p@ss" -> "p%40ss").
std::optional<SecureBuffer> escapingFix(QByteArrayView url);

// The password as written in the URL (percent-encoded) and decoded; empty
// when there is none. For the leak check.
SecureBuffer encodedPassword(QByteArrayView url);
SecureBuffer decodedPassword(QByteArrayView url);

// Which parts differ between two URLs, by name ("hosts", "password", ...),
// without saying how. An invalid URL compares as a whole ("value").
QStringList changedParts(QByteArrayView a, QByteArrayView b);

// Removes the URL's password (as written and decoded) from a message, e.g.
// one from the driver; the whole URL becomes its redacted form.
QString scrubMessage(QString message, QByteArrayView url);

// Percent-encodes the characters the specification reserves in userinfo.
QString encodeUserInfo(QStringView text);

} // namespace MongoUrl

} // namespace sb
