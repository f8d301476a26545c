#include "JwtSecretSource.h"

#include "CliIo.h"

namespace sb::cli {

Result<SecureBuffer> jwtSecret(const QCommandLineParser& parser,
                               const QCommandLineOption& secretFile,
                               const QCommandLineOption& project,
                               const QCommandLineOption& name,
                               const std::function<Result<Vault>()>& openVault)
{
    const bool fromVault = parser.isSet(project) || parser.isSet(name);
    if (parser.isSet(secretFile) == fromVault) {
        return fail(ErrorKind::Usage, QStringLiteral("Give either --secret-file or --project and --name."));
    }
    if (parser.isSet(secretFile)) {
        return readSecretFile(parser.value(secretFile), QStringLiteral("JWT secret"));
    }
    if (!parser.isSet(project) || !parser.isSet(name)) {
        return fail(ErrorKind::Usage, QStringLiteral("--project and --name go together."));
    }
    auto vault = openVault();
    if (!vault) {
        return std::unexpected(vault.error());
    }
    auto secret = vault->content().findSecret(parser.value(project), parser.value(name));
    if (!secret) {
        return std::unexpected(secret.error());
    }
    if ((*secret)->type != ProjectSecretType::JwtSecret) {
        return fail(ErrorKind::Usage,
                    QStringLiteral("%1 is a %2, not a jwt-secret.")
                        .arg(parser.value(name), secretTypeName((*secret)->type)));
    }
    return (*secret)->current().value.clone();
}

} // namespace sb::cli
