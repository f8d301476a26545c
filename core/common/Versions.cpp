// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Versions.h"

#include "common/Version.h"
#include "secrets/MongoRuntime.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace sb::Versions {

QList<QPair<QString, QString>> libraries()
{
    QList<QPair<QString, QString>> list = {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)) },
    };
    // The driver is loaded on demand; asking for its version loads it.
    QString error;
    const MongoRuntime::Api* mongo = MongoRuntime::api(&error);
    list.append({ QStringLiteral("libmongoc"), mongo ? QString::fromLatin1(mongo->get_version()) : error });
    // These libraries have no run-time version call: the Debian package built against.
    list.append({ QStringLiteral("jq"), QStringLiteral(SECRETBENCH_JQ_VERSION) });
    list.append({ QStringLiteral("libargon2"), QStringLiteral(SECRETBENCH_ARGON2_VERSION) });
    list.append({ QStringLiteral("QtKeychain"), QStringLiteral(SECRETBENCH_QTKEYCHAIN_VERSION) });
    return list;
}

} // namespace sb::Versions
