// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayView>

#include <cstdint>

namespace sb {

// Argon2id parameters as stored in a vault header.
struct KdfParams
{
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;

    bool operator==(const KdfParams&) const = default;
    QString describe() const; // "m=64 MiB, t=3, p=4"
};

// Argon2id through the reference implementation (libargon2).
namespace Kdf {

// RFC 9106, section 4, second recommended option: the floor for every vault
// SecretBench writes or opens.
constexpr std::uint32_t MinimumMemoryKiB = 64 * 1024;
constexpr std::uint32_t MinimumIterations = 3;
constexpr std::uint32_t MinimumParallelism = 4;
// Upper bounds, checked on a header before anything is allocated or run: a
// damaged or hostile file must not make us allocate more than 1 GiB or run for
// minutes. The work bound (memory x iterations) allows 1 GiB x 4 passes.
constexpr std::uint32_t MaximumMemoryKiB = 1024 * 1024;
constexpr std::uint32_t MaximumIterations = 64;
constexpr std::uint32_t MaximumParallelism = 16;
constexpr std::uint64_t MaximumWorkKiB = std::uint64_t(MaximumMemoryKiB) * 4;

constexpr qsizetype SaltSize = 32;
constexpr qsizetype OutputSize = 32;

KdfParams minimum();

// Refuses parameters outside the bounds above, naming the one at fault.
Status checkBounds(const KdfParams& params);

// Argon2id (version 0x13) of `passphrase` with `salt`, 32 bytes of output.
Result<SecureBuffer> derive(QByteArrayView passphrase, QByteArrayView salt, const KdfParams& params);

// Parameters for which one derivation takes about `targetMs` on this machine
// (the issue asks for 0.5-1 s), never below minimum(): memory grows first (up
// to 256 MiB, RFC 9106 prefers memory), then iterations. Runs the KDF a few
// times. `measuredMs`, when given, receives the time of the final parameters.
Result<KdfParams> calibrate(int targetMs = 750, qint64* measuredMs = nullptr);

} // namespace Kdf

} // namespace sb
