// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtSecretSource.h"

#include "CliIo.h"

#include <QCoreApplication>

namespace sb::cli {

Result<SecureBuffer> jwtSecret(const QCommandLineParser& parser,
                               const QCommandLineOption& secretFile,
                               const QCommandLineOption& project,
                               const QCommandLineOption& name,
                               const std::function<Result<SecureBuffer>()>& fromVault)
{
    const bool inVault = parser.isSet(project) || parser.isSet(name);
    if (parser.isSet(secretFile) == inVault) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::cli::JwtSecretSource",
                                                "Give either --secret-file or --project and --name."));
    }
    if (parser.isSet(secretFile)) {
        return readSecretFile(parser.value(secretFile),
                              QCoreApplication::translate("sb::cli::JwtSecretSource", "JWT secret"));
    }
    if (!parser.isSet(project) || !parser.isSet(name)) {
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("sb::cli::JwtSecretSource", "--project and --name go together."));
    }
    return fromVault();
}

} // namespace sb::cli
