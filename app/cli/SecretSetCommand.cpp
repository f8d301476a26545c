#include "SecretSetCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "secrets/Jwt.h"
#include "secrets/MongoUrl.h"

#include <QCoreApplication>

namespace sb::cli {

QString SecretSetCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::SecretSetCommand",
                                       "Add a secret, or replace its value, from standard input.");
}

QString SecretSetCommand::details() const
{
    return QStringLiteral(
               "Reads the value from standard input (one trailing line break is removed). A new secret "
               "needs --type; replacing keeps the previous value in the history (the last 10 are kept), "
               "and setting the current value again changes nothing. Names are identifiers (letters, "
               "digits, '_'), used in workflows as {{ secrets.<name> }}.\n\n"
               "A mongodb-url must be valid (see 'mongo check'); its warnings are printed, with the URL "
               "redacted. A jwt-secret shorter than its algorithm needs (RFC 7518: 32 bytes for HS256) is "
               "stored with a warning.\n\n%1\n\n%2")
        .arg(vaultHelp(),
             vaultExitCodes(
                 { { 3,
                     QCoreApplication::translate(
                         "sb::cli::SecretSetCommand",
                         "an invalid MongoDB URL, a value that is not UTF-8, or a malformed vault") } }));
}

void SecretSetCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_type);
}

int SecretSetCommand::execute(const QCommandLineParser& parser)
{
    if (const QString missing = missingOptions(parser); !missing.isEmpty()) {
        return usage(missing);
    }
    if (auto ok = VaultContent::checkSecretName(parser.value(m_name)); !ok) {
        return usage(ok.error().message);
    }
    std::optional<ProjectSecretType> type;
    if (parser.isSet(m_type)) {
        type = secretTypeFromName(parser.value(m_type));
        if (!type) {
            return usage(QCoreApplication::translate("sb::cli::SecretSetCommand",
                                                     "--type is mongodb-url or jwt-secret."));
        }
    }
    auto value = readStandardInput();
    if (!value) {
        return report(value.error());
    }
    stripLineBreak(*value);
    if (auto ok = VaultContent::checkValue(value->view()); !ok) {
        return report(ok.error());
    }
    auto vault = openVault(parser, true);
    if (!vault) {
        return report(vault.error());
    }
    const QString project = parser.value(m_project);
    const QString name = parser.value(m_name);
    const Project* p = vault->content().project(project);
    const ProjectSecret* existing = p ? p->secret(name) : nullptr;
    if (!type) {
        if (!existing) {
            return usage(QCoreApplication::translate(
                "sb::cli::SecretSetCommand",
                "--type is required for a new secret (mongodb-url or jwt-secret)."));
        }
        type = existing->type;
    }
    if (*type == ProjectSecretType::MongoDbUrl) {
        auto info = MongoUrl::analyze(value->view());
        if (!info) {
            QString message = info.error().message;
            if (MongoUrl::escapingFix(value->view())) {
                message += QCoreApplication::translate(
                    "sb::cli::SecretSetCommand",
                    " 'secretbench-cli mongo check --fix' writes the corrected URL.");
            }
            return report(Error { ErrorKind::InvalidMongoUrl, message });
        }
        for (const MongoFinding& warning : info->warnings) {
            printWarning(QStringLiteral("%1: %2").arg(info->redacted, warning.message));
        }
    } else {
        const Jwt::Strength strength = Jwt::assessSecret(value->view(), Jwt::Algorithm::HS256);
        if (!strength.sufficient) {
            printWarning(strength.message);
        }
    }
    auto outcome = vault->content().setSecret(project, name, *type, value->view());
    value->clear();
    if (!outcome) {
        return report(outcome.error());
    }
    if (*outcome == SetOutcome::Unchanged) {
        printLine(standardError(),
                  QCoreApplication::translate("sb::cli::SecretSetCommand",
                                              "%1 already has this value; nothing was changed.")
                      .arg(name));
        return Success;
    }
    if (const int code = save(*vault); code != Success) {
        return code;
    }
    const ProjectSecret* secret = vault->content().project(project)->secret(name);
    printLine(standardError(),
              *outcome == SetOutcome::Added
                  ? QCoreApplication::translate("sb::cli::SecretSetCommand",
                                                "Added %1 to %2; workflows refer to it as %3.")
                        .arg(name, project, secret->reference())
                  : QCoreApplication::translate("sb::cli::SecretSetCommand",
                                                "Replaced %1: now version %2 (%3 earlier values kept).")
                        .arg(name)
                        .arg(secret->current().number)
                        .arg(secret->versions.size() - 1));
    return Success;
}

} // namespace sb::cli
