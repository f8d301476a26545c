// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MongoCheckCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"
#include "secrets/MongoPing.h"
#include "secrets/MongoUrl.h"

#include <QCoreApplication>

#include <chrono>
#include <future>
#include <thread>

namespace sb::cli {

namespace {

QByteArray q(const QString& text)
{
    return JsonText::quoted(text.toUtf8());
}

// The driver's own timeouts bound the ping, except name resolution: a
// watchdog makes the command return within the timeout anyway.
MongoPingResult pingWithin(const SecureBuffer& url, int timeoutMs)
{
    auto copy = std::make_shared<SecureBuffer>(url.clone());
    std::packaged_task<MongoPingResult()> task(
        [copy, timeoutMs] { return MongoPing::run(copy->view(), timeoutMs); });
    std::future<MongoPingResult> result = task.get_future();
    std::thread worker(std::move(task));
    if (result.wait_for(std::chrono::milliseconds(timeoutMs + 2000)) == std::future_status::ready) {
        // Joined, not left running: the thread still frees its OpenSSL
        // thread state after handing over the result.
        worker.join();
        return result.get();
    }
    worker.detach(); // a resolver that does not answer must not hold the command
    MongoPingResult timeout;
    timeout.outcome = MongoPingResult::Outcome::Timeout;
    timeout.message
        = QCoreApplication::translate("sb::cli::MongoCheckCommand", "No answer within %1 ms.").arg(timeoutMs);
    return timeout;
}

} // namespace

QString MongoCheckCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::MongoCheckCommand",
                                       "Check a MongoDB URL (redacted breakdown, warnings, optional ping).");
}

QString MongoCheckCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::MongoCheckCommand",
               "Reads the URL from standard input (one trailing line break is removed), or from the vault "
               "with --project and --name. The URL is parsed by the MongoDB C driver, and more strictly "
               "where the connection-string specification is: '@', ':' and '/' in the username or "
               "password must be percent-encoded. The report shows the URL with its password replaced by "
               "****, never the password.\n\n"
               "Warnings: no credentials, tls=false to a host that is not this machine, credentials sent "
               "to an IP address without TLS, certificate checks switched off, unknown options.\n\n"
               "--ping connects (with the URL's credentials) and sends a ping: success with the round-trip "
               "time and server version, or dns-failure, connection-refused, timeout, tls-failure, "
               "authentication-failed.\n\n"
               "--fix writes the URL with its username and password percent-encoded to standard output "
               "(it contains the password: redirect it).\n\n%1\n\n"
               "Exit codes: 0 valid (and ping succeeded), 1 wrong vault passphrase, 2 usage, 3 invalid URL, "
               "4 file error, 6 ping failed, 8 no such vault, project or secret.")
        .arg(vaultHelp());
}

void MongoCheckCommand::addOptions(QCommandLineParser& parser)
{
    addSecretOptions(parser);
    parser.addOption(m_ping);
    parser.addOption(m_timeout);
    parser.addOption(m_json);
    parser.addOption(m_fix);
}

int MongoCheckCommand::execute(const QCommandLineParser& parser)
{
    int timeoutMs = MongoPing::DefaultTimeoutMs;
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        timeoutMs = parser.value(m_timeout).toInt(&ok);
        if (!ok || timeoutMs < 100 || timeoutMs > 600000) {
            return usage(QCoreApplication::translate("sb::cli::MongoCheckCommand",
                                                     "--timeout-ms takes 100 to 600000."));
        }
    }
    if (parser.isSet(m_project) != parser.isSet(m_name)) {
        return usage(
            QCoreApplication::translate("sb::cli::MongoCheckCommand", "--project and --name go together."));
    }
    SecureBuffer url;
    if (parser.isSet(m_project)) {
        auto value = secretValue(parser, ProjectSecretType::MongoDbUrl);
        if (!value) {
            return value.error().kind == ErrorKind::Usage ? usage(value.error().message)
                                                          : report(value.error());
        }
        url = std::move(*value);
    } else {
        auto input = readStandardInput();
        if (!input) {
            return report(input.error());
        }
        url = std::move(*input);
        stripLineBreak(url);
    }

    if (parser.isSet(m_fix)) {
        const std::optional<SecureBuffer> fixed = MongoUrl::escapingFix(url.view());
        const SecureBuffer& candidate = fixed ? *fixed : url;
        auto info = MongoUrl::analyze(candidate.view());
        if (!info) {
            return report(info.error());
        }
        if (fixed) {
            printLine(standardError(), QStringLiteral("Fixed: %1").arg(info->redacted));
        }
        return writeResult(candidate.view());
    }

    auto info = MongoUrl::analyze(url.view());
    if (!info) {
        Error error = info.error();
        if (MongoUrl::escapingFix(url.view())) {
            error.message += QCoreApplication::translate("sb::cli::MongoCheckCommand",
                                                         " Run with --fix to write the corrected URL.");
        }
        return report(error);
    }
    std::optional<MongoPingResult> ping;
    if (parser.isSet(m_ping)) {
        ping = pingWithin(url, timeoutMs);
        if (!ping->ok()) {
            return report(Error {
                ErrorKind::ConnectionFailed,
                QStringLiteral("%1 (%2): %3").arg(ping->outcomeName(), info->redacted, ping->summary()) });
        }
    }

    QByteArray out;
    if (parser.isSet(m_json)) {
        QByteArray hosts;
        for (const MongoHost& h : info->hosts) {
            hosts += (hosts.isEmpty() ? "" : ",") + q(h.display());
        }
        QByteArray options;
        for (const MongoOption& o : info->options) {
            options += (options.isEmpty() ? "" : ",") + QByteArray("{\"key\":") + q(o.key)
                + ",\"value\":" + q(o.value) + ",\"known\":" + (o.known ? "true" : "false") + "}";
        }
        QByteArray warnings;
        for (const MongoFinding& w : info->warnings) {
            warnings += (warnings.isEmpty() ? "" : ",") + q(w.message);
        }
        out = "{\"valid\":true,\"redacted\":" + q(info->redacted) + ",\"scheme\":" + q(info->scheme)
            + ",\"hosts\":[" + hosts + "],\"username\":" + q(info->username)
            + ",\"password\":" + (info->hasPassword ? "true" : "false") + ",\"database\":" + q(info->database)
            + ",\"authSource\":" + q(info->authSource) + ",\"authMechanism\":" + q(info->authMechanism)
            + ",\"replicaSet\":" + q(info->replicaSet) + ",\"tls\":" + (info->tls ? "true" : "false")
            + ",\"options\":[" + options + "],\"warnings\":[" + warnings + "]";
        if (ping) {
            out += ",\"ping\":{\"outcome\":" + q(ping->outcomeName())
                + ",\"roundTripMs\":" + QByteArray::number(ping->roundTripMs, 'f', 3)
                + ",\"serverVersion\":" + q(ping->serverVersion) + "}";
        }
        out += "}\n";
    } else {
        QStringList hosts;
        for (const MongoHost& h : info->hosts) {
            hosts << h.display();
        }
        QStringList options;
        for (const MongoOption& o : info->options) {
            options << o.key + QLatin1Char('=') + o.value
                    + (o.known ? QString() : QStringLiteral(" (unknown)"));
        }
        const QString none = QStringLiteral("-");
        QString text = QCoreApplication::translate("sb::cli::MongoCheckCommand", "Valid MongoDB URL: %1\n")
                           .arg(info->redacted);
        text += QStringLiteral("  scheme:         %1%2\n")
                    .arg(info->scheme,
                         info->srv ? QCoreApplication::translate("sb::cli::MongoCheckCommand",
                                                                 " (hosts from the SRV record)")
                                   : QString());
        text += QStringLiteral("  hosts:          %1\n").arg(hosts.join(QStringLiteral(", ")));
        text
            += QStringLiteral("  username:       %1\n").arg(info->username.isEmpty() ? none : info->username);
        text += QStringLiteral("  password:       %1\n")
                    .arg(info->hasPassword
                             ? QCoreApplication::translate("sb::cli::MongoCheckCommand", "**** (hidden)")
                             : none);
        text
            += QStringLiteral("  database:       %1\n").arg(info->database.isEmpty() ? none : info->database);
        text += QCoreApplication::translate("sb::cli::MongoCheckCommand", "  auth source:    %1%2\n")
                    .arg(info->authSource,
                         info->authSourceExplicit ? QString() : QStringLiteral(" (default)"));
        text
            += QCoreApplication::translate("sb::cli::MongoCheckCommand", "  auth mechanism: %1\n")
                   .arg(info->authMechanism.isEmpty() ? QStringLiteral("(negotiated)") : info->authMechanism);
        text += QStringLiteral("  TLS:            %1%2\n")
                    .arg(info->tls ? QStringLiteral("on") : QStringLiteral("off"),
                         info->tlsExplicit ? QString() : QStringLiteral(" (default)"));
        text += QStringLiteral("  options:        %1\n")
                    .arg(options.isEmpty() ? none : options.join(QStringLiteral(", ")));
        for (const MongoFinding& w : info->warnings) {
            text += QStringLiteral("warning: %1\n").arg(w.message);
        }
        if (ping) {
            text += QStringLiteral("ping: %1\n").arg(ping->summary());
        }
        out = text.toUtf8();
    }
    return writeResult(out);
}

} // namespace sb::cli
