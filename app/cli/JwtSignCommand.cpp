// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtSignCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "JwtSecretSource.h"
#include "secrets/Jwt.h"

#include <QCoreApplication>

namespace sb::cli {

QString JwtSignCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::JwtSignCommand",
                                       "Sign a JWT (HS256/HS384/HS512) with a project's JWT secret.");
}

QString JwtSignCommand::details() const
{
    return QStringLiteral(
               "Writes a compact token (header.claims.signature) and a line break to standard output. The "
               "claims (--claims or --claims-file, default {}) keep their key order; iat (now) is added "
               "unless --no-iat or the claims have one; --expires-in adds exp and --not-before adds nbf, "
               "as seconds or durations like 10m, 1h, 7d. The secret is used as its UTF-8 bytes, as "
               "workflow JWT nodes use it; a secret shorter than the algorithm needs (RFC 7518 §3.2) is "
               "reported as a warning.\n\n%1\n\n"
               "Exit codes: 0 success, 1 wrong vault passphrase, 2 usage, 3 invalid claims JSON, 4 file "
               "error, 8 no such vault, project or secret.")
        .arg(vaultHelp());
}

void JwtSignCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_secretFile);
    parser.addOption(m_alg);
    parser.addOption(m_claims);
    parser.addOption(m_claimsFile);
    parser.addOption(m_expiresIn);
    parser.addOption(m_notBefore);
    parser.addOption(m_noIat);
}

int JwtSignCommand::execute(const QCommandLineParser& parser)
{
    Jwt::SignOptions options;
    if (parser.isSet(m_alg)) {
        const auto alg = Jwt::algorithmFromName(parser.value(m_alg));
        if (!alg) {
            return usage(
                QCoreApplication::translate("sb::cli::JwtSignCommand", "--alg is HS256, HS384 or HS512."));
        }
        options.algorithm = *alg;
    }
    if (parser.isSet(m_claims) && parser.isSet(m_claimsFile)) {
        return usage(QCoreApplication::translate("sb::cli::JwtSignCommand",
                                                 "Give --claims or --claims-file, not both."));
    }
    if (parser.isSet(m_claims)) {
        options.claimsJson = parser.value(m_claims).toUtf8();
    } else if (parser.isSet(m_claimsFile)) {
        auto read = readFile(parser.value(m_claimsFile), QStringLiteral("claims"));
        if (!read) {
            return report(read.error());
        }
        options.claimsJson = *read;
    }
    options.issuedAt = !parser.isSet(m_noIat);
    for (const auto& [option, target] : { std::pair { &m_expiresIn, &options.expiresInSeconds },
                                          std::pair { &m_notBefore, &options.notBeforeInSeconds } }) {
        if (parser.isSet(*option)) {
            auto seconds = Jwt::parseDuration(parser.value(*option));
            if (!seconds) {
                return usage(seconds.error().message);
            }
            *target = *seconds;
        }
    }
    auto secret = jwtSecret(parser, m_secretFile, m_project, m_name,
                            [this, &parser] { return secretValue(parser, ProjectSecretType::JwtSecret); });
    if (!secret) {
        return secret.error().kind == ErrorKind::Usage ? usage(secret.error().message)
                                                       : report(secret.error());
    }
    const Jwt::Strength strength = Jwt::assessSecret(secret->view(), options.algorithm);
    if (!strength.sufficient) {
        printWarning(strength.message);
    }
    auto token = Jwt::sign(secret->view(), options);
    if (!token) {
        return token.error().kind == ErrorKind::Usage ? usage(token.error().message) : report(token.error());
    }
    return writeResult(*token + '\n');
}

} // namespace sb::cli
