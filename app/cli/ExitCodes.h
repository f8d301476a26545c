// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

namespace sb::cli {

// The exit-code contract scripts depend on. Never renumber.
enum ExitCode : int
{
    Success = 0,
    AuthenticationFailure = 1, // wrong key, wrong passphrase, altered data, bad signature
    UsageError = 2,
    MalformedInput = 3, // base64, length, PEM, JSON, UTF-8, URL, token
    IoError = 4,
    LintErrors = 5,
    PingFailed = 6,
    TokenTimeInvalid = 7, // expired or not yet valid
    NotFound = 8,
    LeaksFound = 9,
};

int exitCodeFor(ErrorKind kind);

} // namespace sb::cli
