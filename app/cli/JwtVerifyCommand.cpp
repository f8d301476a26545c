// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtVerifyCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "JwtSecretSource.h"
#include "common/JsonText.h"
#include "secrets/Jwt.h"

#include <QCoreApplication>

namespace sb::cli {

QString JwtVerifyCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::JwtVerifyCommand",
                                       "Verify a JWT from standard input against a project's JWT secret.");
}

QString JwtVerifyCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::JwtVerifyCommand",
               "Checks, in order: the format, the algorithm (only --alg, default HS256, is accepted: "
               "\"none\" and every other algorithm are refused), the signature (constant-time), then exp, "
               "nbf and iat against the clock with --leeway seconds. On success writes the claims JSON (or, "
               "with --json, every check) to standard output; on failure names the failing check on "
               "standard error and writes nothing to standard output.\n\n%1\n\n"
               "Exit codes: 0 valid, 1 bad signature or algorithm (or wrong vault passphrase), 2 usage, "
               "3 malformed token, 4 file error, 7 expired or not yet valid, 8 no such vault, project or "
               "secret.")
        .arg(vaultHelp());
}

void JwtVerifyCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_secretFile);
    parser.addOption(m_alg);
    parser.addOption(m_leeway);
    parser.addOption(m_json);
}

int JwtVerifyCommand::execute(const QCommandLineParser& parser)
{
    Jwt::VerifyOptions options;
    if (parser.isSet(m_alg)) {
        const auto alg = Jwt::algorithmFromName(parser.value(m_alg));
        if (!alg) {
            return usage(
                QCoreApplication::translate("sb::cli::JwtVerifyCommand", "--alg is HS256, HS384 or HS512."));
        }
        options.expected = *alg;
    }
    if (parser.isSet(m_leeway)) {
        bool ok = false;
        options.leewaySeconds = parser.value(m_leeway).toLongLong(&ok);
        if (!ok || options.leewaySeconds < 0 || options.leewaySeconds > 86400) {
            return usage(QCoreApplication::translate("sb::cli::JwtVerifyCommand",
                                                     "--leeway takes 0 to 86400 seconds."));
        }
    }
    auto token = readStandardInput();
    if (!token) {
        return report(token.error());
    }
    auto secret = jwtSecret(parser, m_secretFile, m_project, m_name,
                            [this, &parser] { return secretValue(parser, ProjectSecretType::JwtSecret); });
    if (!secret) {
        return secret.error().kind == ErrorKind::Usage ? usage(secret.error().message)
                                                       : report(secret.error());
    }
    const Jwt::Verification result = Jwt::verify(secret->view(), token->view(), options);
    if (!result.valid()) {
        return report(Error { result.error->kind,
                              QStringLiteral("%1: %2").arg(result.failedCheck(), result.error->message) });
    }
    QByteArray out;
    if (parser.isSet(m_json)) {
        QByteArray checks;
        for (const Jwt::Check& check : result.checks) {
            checks += (checks.isEmpty() ? "" : ",") + QByteArray("{\"check\":")
                + JsonText::quoted(check.name.toUtf8())
                + ",\"result\":" + JsonText::quoted(severityName(check.severity).toUtf8())
                + ",\"message\":" + JsonText::quoted(check.message.toUtf8()) + "}";
        }
        out = "{\"valid\":true,\"checks\":[" + checks + "],\"header\":" + result.headerJson
            + ",\"claims\":" + result.claimsJson + "}\n";
    } else {
        out = result.claimsJson + '\n';
    }
    return writeResult(out);
}

} // namespace sb::cli
