// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

namespace sb::cli {

// The JWT secret for 'jwt sign' and 'jwt verify': --secret-file, or a
// jwt-secret from the vault (--project and --name).
Result<SecureBuffer> jwtSecret(const QCommandLineParser& parser,
                               const QCommandLineOption& secretFile,
                               const QCommandLineOption& project,
                               const QCommandLineOption& name,
                               const std::function<Result<SecureBuffer>()>& fromVault);

} // namespace sb::cli
