// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kdf.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <argon2.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sb {

QString KdfParams::describe() const
{
    const QString memory = memoryKiB % 1024 == 0 ? QStringLiteral("%1 MiB").arg(memoryKiB / 1024)
                                                 : QStringLiteral("%1 KiB").arg(memoryKiB);
    return QStringLiteral("Argon2id m=%1, t=%2, p=%3").arg(memory).arg(iterations).arg(parallelism);
}

namespace Kdf {

namespace {
constexpr std::uint32_t CalibrationMemoryCapKiB = 256 * 1024;
} // namespace

KdfParams minimum()
{
    return { MinimumMemoryKiB, MinimumIterations, MinimumParallelism };
}

Status checkBounds(const KdfParams& p)
{
    const auto bad = [](const QString& what) {
        return fail(
            ErrorKind::MalformedVault,
            QCoreApplication::translate("sb::Kdf",
                                        "The vault header's key-derivation parameters are out of bounds: %1. "
                                        "The file is damaged or was not written by SecretBench.")
                .arg(what));
    };
    if (p.memoryKiB < MinimumMemoryKiB) {
        return bad(QCoreApplication::translate("sb::Kdf", "memory %1 KiB is below the minimum of 64 MiB")
                       .arg(p.memoryKiB));
    }
    if (p.memoryKiB > MaximumMemoryKiB) {
        return bad(QCoreApplication::translate("sb::Kdf", "memory %1 KiB is above the maximum of 1 GiB")
                       .arg(p.memoryKiB));
    }
    if (p.iterations < MinimumIterations || p.iterations > MaximumIterations) {
        return bad(QCoreApplication::translate("sb::Kdf", "%1 iterations (allowed: %2 to %3)")
                       .arg(p.iterations)
                       .arg(MinimumIterations)
                       .arg(MaximumIterations));
    }
    if (p.parallelism < MinimumParallelism || p.parallelism > MaximumParallelism) {
        return bad(QCoreApplication::translate("sb::Kdf", "%1 lanes (allowed: %2 to %3)")
                       .arg(p.parallelism)
                       .arg(MinimumParallelism)
                       .arg(MaximumParallelism));
    }
    if (std::uint64_t(p.memoryKiB) * p.iterations > MaximumWorkKiB) {
        return bad(
            QCoreApplication::translate("sb::Kdf", "memory x iterations = %1 MiB exceeds the limit of %2 MiB")
                .arg(std::uint64_t(p.memoryKiB) * p.iterations / 1024)
                .arg(MaximumWorkKiB / 1024));
    }
    return {};
}

Result<SecureBuffer> derive(QByteArrayView passphrase, QByteArrayView salt, const KdfParams& params)
{
    if (auto ok = checkBounds(params); !ok) {
        return std::unexpected(ok.error());
    }
    if (salt.size() < 16) {
        return fail(ErrorKind::CryptoFailure,
                    QCoreApplication::translate("sb::Kdf", "Argon2id needs a salt of at least 16 bytes."));
    }
    SecureBuffer out(OutputSize);
    const int rc
        = argon2id_hash_raw(params.iterations, params.memoryKiB, params.parallelism, passphrase.data(),
                            static_cast<size_t>(passphrase.size()), salt.data(),
                            static_cast<size_t>(salt.size()), out.data(), static_cast<size_t>(out.size()));
    if (rc != ARGON2_OK) {
        return fail(ErrorKind::CryptoFailure,
                    QStringLiteral("Argon2id failed: %1").arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    return out;
}

Result<KdfParams> calibrate(int targetMs, qint64* measuredMs)
{
    const QByteArray salt(SaltSize, '\x5a');
    const auto timeOf = [&salt](const KdfParams& params) -> Result<qint64> {
        QElapsedTimer timer;
        timer.start();
        auto key = derive(QByteArrayView("calibration"), salt, params);
        if (!key) {
            return std::unexpected(key.error());
        }
        return std::max<qint64>(1, timer.elapsed());
    };

    // The best of two runs: a busy machine makes single timings noisy.
    const auto bestOf = [&timeOf](const KdfParams& params, int runs) -> Result<qint64> {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < runs; ++i) {
            auto t = timeOf(params);
            if (!t) {
                return t;
            }
            best = std::min(best, *t);
        }
        return best;
    };
    KdfParams params = minimum();
    auto base = bestOf(params, 2);
    if (!base) {
        return std::unexpected(base.error());
    }
    qint64 elapsed = *base;
    for (int attempt = 0; attempt < 2 && (elapsed < targetMs * 2 / 3 || elapsed > targetMs * 4 / 3);
         ++attempt) {
        // Time grows linearly with memory and with iterations: memory first
        // (RFC 9106 prefers it), up to a cap, then iterations; never below the floor.
        const double factor = double(targetMs) / double(elapsed);
        const double work = double(params.memoryKiB) * params.iterations * factor;
        KdfParams next = minimum();
        next.memoryKiB = std::uint32_t(std::clamp(work / MinimumIterations, double(MinimumMemoryKiB),
                                                  double(CalibrationMemoryCapKiB)))
            / 1024 * 1024;
        next.iterations
            = std::uint32_t(std::lround(std::max(double(MinimumIterations), work / next.memoryKiB)));
        next.iterations = std::min(next.iterations, MaximumIterations);
        while (std::uint64_t(next.memoryKiB) * next.iterations > MaximumWorkKiB) {
            --next.iterations;
        }
        if (next == params) {
            break;
        }
        params = next;
        auto measured = bestOf(params, 1);
        if (!measured) {
            return std::unexpected(measured.error());
        }
        elapsed = *measured;
    }
    if (measuredMs) {
        *measuredMs = elapsed;
    }
    return params;
}

} // namespace Kdf

} // namespace sb
