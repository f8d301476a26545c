// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtGenerateCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "secrets/Jwt.h"

#include <QCoreApplication>

namespace sb::cli {

QString JwtGenerateCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::JwtGenerateCommand", "Generate a new random JWT secret.");
}

QString JwtGenerateCommand::details() const
{
    return QCoreApplication::translate(
        "sb::cli::JwtGenerateCommand",
        "Writes 32, 48 or 64 bytes from the system's CSPRNG as base64url text (43, 64 or 86 characters) "
        "to standard output, with no line break. Store it with:\n"
        "  secretbench-cli jwt generate | secretbench-cli secret set --project P --name N --type "
        "jwt-secret\n\n"
        "Exit codes: 0 success, 2 usage.");
}

void JwtGenerateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_bytes);
    parser.addOption(m_alg);
}

int JwtGenerateCommand::execute(const QCommandLineParser& parser)
{
    int bytes = 32;
    if (parser.isSet(m_alg)) {
        const auto alg = Jwt::algorithmFromName(parser.value(m_alg));
        if (!alg) {
            return usage(QCoreApplication::translate("sb::cli::JwtGenerateCommand",
                                                     "--alg is HS256, HS384 or HS512."));
        }
        bytes = Jwt::recommendedRandomBytes(*alg);
    }
    if (parser.isSet(m_bytes)) {
        bytes = parser.value(m_bytes).toInt();
    }
    auto secret = Jwt::generateSecret(bytes);
    if (!secret) {
        return usage(secret.error().message);
    }
    return writeResult(secret->view());
}

} // namespace sb::cli
