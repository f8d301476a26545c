// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeakCheckCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"
#include "secrets/LeakCheck.h"

#include <QCoreApplication>

namespace sb::cli {

QString LeakCheckCommand::summary() const
{
    return QCoreApplication::translate(
        "sb::cli::LeakCheckCommand",
        "Find the vault's secrets in a text (a log, a response, a config file).");
}

QString LeakCheckCommand::details() const
{
    return QStringLiteral(
               "Reads FILE, or standard input, and reports every place where a secret of the vault (or of "
               "--project) appears: raw, base64, base64url, hex, URL-encoded or JSON-escaped, and a MongoDB "
               "URL's password on its own. Each finding gives the line, the column, the secret's project "
               "and name, and the form -- never the value. --history also looks for the older values kept "
               "in the history. With --json: [{\"line\", \"column\", \"offset\", \"length\", \"secret\", "
               "\"part\", \"form\", \"current\"}].\n\n%1\n\n%2")
        .arg(vaultHelp(),
             vaultExitCodes(
                 { { 9, QCoreApplication::translate("sb::cli::LeakCheckCommand", "leaks found") } }));
}

void LeakCheckCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_project);
    addVaultOptions(parser);
    parser.addOption(m_history);
    parser.addOption(m_json);
}

int LeakCheckCommand::execute(const QCommandLineParser& parser)
{
    QByteArray text;
    if (!parser.positionalArguments().isEmpty()) {
        auto read = readFile(parser.positionalArguments().first(), QStringLiteral("text"));
        if (!read) {
            return report(read.error());
        }
        text = std::move(*read);
    } else {
        auto read = readStandardInput();
        if (!read) {
            return report(read.error());
        }
        text = QByteArray(read->chars(), read->size());
    }
    auto vault = openVault(parser, false);
    if (!vault) {
        return report(vault.error());
    }
    const QString project = parser.value(m_project);
    if (!project.isEmpty() && !vault->content().project(project)) {
        return report(
            Error { ErrorKind::NotFound,
                    QCoreApplication::translate("sb::cli::LeakCheckCommand", "There is no project \"%1\".")
                        .arg(project) });
    }
    LeakChecker checker;
    checker.addVault(vault->content(), project, parser.isSet(m_history));
    vault->lock();
    const QList<LeakFinding> findings = checker.scan(text);
    wipe(text);

    QByteArray out;
    if (parser.isSet(m_json)) {
        out = "[";
        for (const LeakFinding& f : findings) {
            out += (out.size() > 1 ? "," : "") + QByteArray("{\"line\":") + QByteArray::number(f.line)
                + ",\"column\":" + QByteArray::number(f.column) + ",\"offset\":"
                + QByteArray::number(f.offset) + ",\"length\":" + QByteArray::number(f.length)
                + ",\"secret\":" + JsonText::quoted(f.secret.toUtf8()) + ",\"part\":"
                + JsonText::quoted(f.part.toUtf8()) + ",\"form\":" + JsonText::quoted(f.form.toUtf8())
                + ",\"current\":" + (f.currentValue ? "true" : "false") + "}";
        }
        out += "]\n";
    } else {
        for (const LeakFinding& f : findings) {
            out += f.describe().toUtf8() + '\n';
        }
    }
    if (auto ok = writeStandardOutput(out); !ok) {
        return report(ok.error());
    }
    if (findings.isEmpty()) {
        printLine(standardError(),
                  QCoreApplication::translate("sb::cli::LeakCheckCommand", "No secret found."));
        return Success;
    }
    printLine(standardError(),
              findings.size() == 1
                  ? QCoreApplication::translate("sb::cli::LeakCheckCommand", "1 leak found.")
                  : QCoreApplication::translate("sb::cli::LeakCheckCommand", "%1 leaks found.")
                        .arg(findings.size()));
    return LeaksFound;
}

} // namespace sb::cli
