// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Random.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <limits>

namespace sb::Random {

Status fill(unsigned char* out, qsizetype size)
{
    if (size < 0 || size > std::numeric_limits<int>::max()) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::Random", "Random request of %1 bytes is out of range.")
                        .arg(size));
    }
    if (size > 0 && RAND_bytes(out, static_cast<int>(size)) != 1) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::Random", "The OpenSSL random generator failed."));
    }
    return {};
}

Result<QByteArray> bytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (auto ok = fill(reinterpret_cast<unsigned char*>(out.data()), size); !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<SecureBuffer> secretBytes(qsizetype size)
{
    SecureBuffer out(size);
    if (auto ok = fill(out.data(), size); !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace sb::Random
