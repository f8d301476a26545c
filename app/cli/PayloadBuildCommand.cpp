// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadBuildCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"
#include "inputs/ActionDefinition.h"
#include "inputs/FormSession.h"
#include "inputs/RequestBuilder.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

Result<JsonNode> readJson(const QString& path, const QString& what)
{
    auto text = readFile(path, what);
    if (!text) {
        return std::unexpected(text.error());
    }
    auto node = JsonText::parse(*text);
    if (!node) {
        Error e = node.error();
        e.message = QCoreApplication::translate("sb::cli::PayloadBuildCommand", "The %1 %2 is not JSON. %3")
                        .arg(what, path, e.message);
        return std::unexpected(e);
    }
    return node;
}

} // namespace

QString PayloadBuildCommand::summary() const
{
    return QCoreApplication::translate(
        "sb::cli::PayloadBuildCommand",
        "Build the encrypted properties (or the whole request) Port sends for given values.");
}

QString PayloadBuildCommand::details() const
{
    return QStringLiteral(
               "Reads the definition and the values ({\"name\": value, ...}; secrets in plain text, an "
               "object "
               "secret as a JSON object), encrypts every secret in its declared format (aes256-gcm with the "
               "client "
               "secret; client-side with the key in the definition) and writes the properties object to "
               "standard "
               "output.\n"
               "With --request, writes {\"method\", \"url\", \"headers\", \"body\"}: the WEBHOOK request "
               "with every "
               "{{ }} template evaluated by jq over {\"inputs\", \"run\": {\"id\"}, \"trigger\": {\"by\": "
               "{\"user\"}}, "
               "\"entity\", \"action\": {\"identifier\"}}. Without an invocation method the body is Port's "
               "run "
               "payload, {\"payload\": {\"properties\": ...}, ...}, which Port's documented backend examples "
               "read.\n"
               "Values are validated first (required, lengths, pattern, range, enum, JSON).\n\n%1\n\n"
               "Exit codes: 0 success, 1 wrong vault passphrase (--key), 2 usage (including a "
               "Port-managed secret without a client secret, a --key entry that is not a "
               "port-client-secret, or a name several projects have), 3 malformed input (definition, "
               "values, key, template), 4 file error, 8 a value names an unknown input, or there is no "
               "vault or no key of that name in it (--key).")
        .arg(KeyOptions::helpText(KeyOptions::Role::ClientSecretOnly));
}

void PayloadBuildCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_definition);
    parser.addOption(m_values);
    parser.addOption(m_request);
    parser.addOption(m_runId);
    parser.addOption(m_entity);
    parser.addOption(m_user);
    m_keys.addTo(parser);
}

int PayloadBuildCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_definition) || !parser.isSet(m_values)) {
        return usage(QCoreApplication::translate("sb::cli::PayloadBuildCommand",
                                                 "--definition and --values are required."));
    }
    auto text = readFile(parser.value(m_definition), QStringLiteral("definition"));
    if (!text) {
        return report(text.error());
    }
    auto definition = ActionDefinition::parse(*text);
    if (!definition) {
        return report(definition.error());
    }
    auto values = readJson(parser.value(m_values),
                           QCoreApplication::translate("sb::cli::PayloadBuildCommand", "values file"));
    if (!values) {
        return report(values.error());
    }
    FormSession session;
    for (const auto& [option, setter] : { std::pair { &m_entity, &FormSession::setSampleEntity },
                                          std::pair { &m_user, &FormSession::setSampleUser } }) {
        if (parser.isSet(*option)) {
            auto sample = readJson(parser.value(*option), QStringLiteral("sample"));
            if (!sample) {
                return report(sample.error());
            }
            (session.*setter)(std::move(*sample));
        }
    }
    session.setDefinition(std::make_shared<const ActionDefinition>(std::move(*definition)));
    if (auto ok = session.setValues(*values); !ok) {
        return report(ok.error());
    }
    const auto invalid = session.validateAll();
    if (!invalid.isEmpty()) {
        for (const auto& [input, messages] : invalid) {
            printError(QStringLiteral("%1: %2").arg(input, messages.join(QLatin1Char(' '))));
        }
        return report({ ErrorKind::InvalidJson,
                        QCoreApplication::translate("sb::cli::PayloadBuildCommand",
                                                    "%1 value(s) do not pass the definition's rules.")
                            .arg(invalid.size()) });
    }
    auto secret = m_keys.clientSecret(parser);
    if (!secret) {
        return report(secret.error());
    }
    RequestBuilder::Options options;
    options.clientSecret = *secret ? &**secret : nullptr;
    options.runId = parser.value(m_runId);
    const BuildResult built = RequestBuilder::build(session, options);
    for (const LintProblem& p : built.problems) {
        if (p.severity != Severity::Error) {
            printWarning(p.message);
            continue;
        }
        ErrorKind kind = ErrorKind::InvalidDefinition;
        if (p.rule == QLatin1String("key-missing")) {
            kind = *secret ? ErrorKind::ClientSecretTooShort : ErrorKind::Usage;
            if (p.message.contains(QLatin1String("client-side"))) {
                kind = ErrorKind::InvalidKey;
            }
        } else if (p.rule == QLatin1String("value-invalid")) {
            kind = ErrorKind::InvalidJson;
        }
        if (kind == ErrorKind::Usage) {
            return usage(
                p.message
                + QCoreApplication::translate("sb::cli::PayloadBuildCommand",
                                              " Use --client-secret-file, PORT_CLIENT_SECRET or --key."));
        }
        return report({ kind, p.message });
    }
    const JsonNode& out = parser.isSet(m_request) ? built.request.toJson() : built.properties;
    if (auto ok = writeStandardOutput(JsonText::serialize(out, true) + '\n'); !ok) {
        return report(ok.error());
    }
    return Success;
}

} // namespace sb::cli
