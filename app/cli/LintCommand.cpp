// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LintCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/JsonText.h"
#include "inputs/DefinitionLinter.h"

#include <QCoreApplication>

namespace sb::cli {

QString LintCommand::summary() const
{
    return QCoreApplication::translate(
        "sb::cli::LintCommand",
        "Check a Port action definition (secrets, types, order, steps, jq, invocation).");
}

QString LintCommand::details() const
{
    QString rules;
    for (const auto& [rule, description] : DefinitionLinter::rules()) {
        rules += QStringLiteral("  %1  %2\n").arg(rule.leftJustified(34), description);
    }
    return QStringLiteral(
               "Reads a whole action (trigger.userInputs), a bare userInputs object or a bare properties "
               "object, and prints one problem per line on standard output:\n"
               "  FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]\n"
               "      fix: ONE LINE\n"
               "With --json, a JSON array of {\"rule\", \"severity\", \"message\", \"fix\", \"line\", "
               "\"column\", "
               "\"pointer\", \"input\"}.\n"
               "jq expressions ({\"jqQuery\": ...} and {{ }} templates) are compiled with the real jq, then "
               "run "
               "once over a sample entity and user; runtime failures are warnings.\n\n"
               "Rules:\n%1\n"
               "Exit codes: 0 no errors (warnings may remain), 5 errors were found, 2 usage, 4 file error.")
        .arg(rules);
}

void LintCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_json);
    parser.addOption(m_noEval);
}

int LintCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().first();
    auto text = readFile(path, QStringLiteral("definition"));
    if (!text) {
        return report(text.error());
    }
    const DefinitionLinter::Outcome outcome = DefinitionLinter::lintText(*text, !parser.isSet(m_noEval));
    QByteArray out;
    if (parser.isSet(m_json)) {
        JsonNode list = JsonNode::makeArray();
        for (const LintProblem& p : outcome.problems) {
            JsonNode item = JsonNode::makeObject();
            item.insert(QStringLiteral("rule"), JsonNode::makeString(p.rule));
            item.insert(QStringLiteral("severity"), JsonNode::makeString(severityName(p.severity)));
            item.insert(QStringLiteral("message"), JsonNode::makeString(p.message));
            item.insert(QStringLiteral("fix"), JsonNode::makeString(p.fix));
            item.insert(QStringLiteral("line"), JsonNode::makeNumber(p.location.line));
            item.insert(QStringLiteral("column"), JsonNode::makeNumber(p.location.column));
            item.insert(QStringLiteral("pointer"), JsonNode::makeString(p.location.pointer));
            item.insert(QStringLiteral("input"),
                        p.input.isEmpty() ? JsonNode() : JsonNode::makeString(p.input));
            list.items.push_back(std::move(item));
        }
        out = JsonText::serialize(list, true) + '\n';
    } else {
        for (const LintProblem& p : outcome.problems) {
            out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n      fix: %7\n")
                       .arg(path)
                       .arg(p.location.line)
                       .arg(p.location.column)
                       .arg(severityName(p.severity), p.message, p.rule, p.fix)
                       .toUtf8();
        }
    }
    if (auto ok = writeStandardOutput(out); !ok) {
        return report(ok.error());
    }
    return hasErrors(outcome.problems) ? LintErrors : Success;
}

} // namespace sb::cli
