// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "CliIo.h"
#include "ExitCodes.h"

#include <QCoreApplication>

namespace sb::cli {

namespace {

// Wraps prose at `width` columns; lines that start with spaces (examples,
// tables) are kept as they are.
QString wrapped(const QString& text, int width)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(' ')) || line.size() <= width) {
            out << line;
            continue;
        }
        QString current;
        for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                out << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

int Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("sb::cli::Command", "Show this help."));
    parser.addOption(help);
    addOptions(parser);
    // Positional arguments are not declared to the parser: their syntax is in
    // the usage line, and QCommandLineParser would list them again under
    // "Arguments:" with nothing to say, wrapping names longer than the options.

    // QCommandLineParser treats the first argument as the program name; the
    // command's words are joined into it so that help reads naturally.
    const qsizetype words = name().count(QLatin1Char(' ')) + 1;
    QStringList args = arguments.mid(words);
    args.prepend(QStringLiteral("secretbench-cli ") + name());
    if (!parser.parse(args)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(help)) {
        // helpText() names the executable path; the first line is rewritten to name the command.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        QString synopsis
            = QCoreApplication::translate("sb::cli::Command", "Usage: secretbench-cli %1 [options]")
                  .arg(name());
        if (!positionalSyntax().isEmpty()) {
            synopsis += QLatin1Char(' ') + positionalSyntax();
        }
        text.replace(0, firstLineEnd, synopsis);
        if (!details().isEmpty()) {
            text += QLatin1Char('\n') + wrapped(details().trimmed(), 79) + QLatin1Char('\n');
        }
        writeStandardOutput(text.toUtf8());
        return Success;
    }
    const qsizetype positional = parser.positionalArguments().size();
    if (positional < minimumPositional() || positional > maximumPositional()) {
        if (maximumPositional() == 0) {
            return usage(QCoreApplication::translate("sb::cli::Command", "unexpected argument '%1'")
                             .arg(parser.positionalArguments().first()));
        }
        return usage(QStringLiteral("expected %1").arg(positionalSyntax()));
    }
    return execute(parser);
}

int Command::report(const Error& error) const
{
    printError(error.message);
    return exitCodeFor(error.kind);
}

int Command::usage(const QString& message) const
{
    printError(message);
    printLine(
        standardError(),
        QCoreApplication::translate("sb::cli::Command", "Try 'secretbench-cli %1 --help'.").arg(name()));
    return UsageError;
}

} // namespace sb::cli
