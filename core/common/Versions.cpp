#include "Versions.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace sb::Versions {

QList<QPair<QString, QString>> libraries()
{
    // Other libraries add themselves here as the core starts using them.
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("OpenSSL"),
          QString::fromLatin1(OpenSSL_version_num() ? OpenSSL_version(OPENSSL_VERSION_STRING) : "unknown") },
    };
}

} // namespace sb::Versions
