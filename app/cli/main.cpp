// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliIo.h"
#include "Command.h"
#include "ExitCodes.h"
#include "common/Hardening.h"
#include "common/Translations.h"
#include "common/Version.h"
#include "crypto/SelfTest.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

using namespace sb;
using namespace sb::cli;

namespace {

QString versionText()
{
    return QStringLiteral("secretbench-cli %1 (Qt %2, %3)")
        .arg(QStringLiteral(SECRETBENCH_VERSION), QString::fromLatin1(qVersion()),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

QString generalHelp(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text = QCoreApplication::translate(
        "sb::cli::Main",
        "Usage: secretbench-cli COMMAND [options]\n\n"
        "SecretBench's command line: Port secret-input envelopes, action definitions and project secrets.\n"
        "Values go through standard input and output as exact bytes; keys are read from files.\n\n"
        "Commands:\n");
    for (const auto& command : commands) {
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(18), command->summary());
    }
    text += QCoreApplication::translate(
        "sb::cli::Main",
        "\nRun 'secretbench-cli COMMAND --help' for a command's options.\n"
        "Options: -h, --help (this text), --version.\n\n"
        "Exit codes: 0 success, 1 authentication failure, 2 usage, 3 malformed input, 4 file or I/O error,\n"
        "5 lint errors, 6 ping failed, 7 token expired or not yet valid, 8 not found, 9 leaks found.\n");
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    Hardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("secretbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SecretBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECRETBENCH_VERSION));
    installTranslations(app);

    if (auto ok = SelfTest::run(); !ok) {
        printError(ok.error().message);
        return IoError;
    }

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    auto commands = allCommands();
    if (arguments.isEmpty()) {
        printLine(standardError(), generalHelp(commands).trimmed());
        return UsageError;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        writeStandardOutput(generalHelp(commands).toUtf8());
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        writeStandardOutput((versionText() + QLatin1Char('\n')).toUtf8());
        return Success;
    }

    // The longest command name that the arguments start with ("payload build" before "payload").
    Command* match = nullptr;
    qsizetype matchWords = 0;
    for (const auto& command : commands) {
        const QStringList words = command->name().split(QLatin1Char(' '));
        if (words.size() > matchWords && arguments.mid(0, words.size()) == words) {
            match = command.get();
            matchWords = words.size();
        }
    }
    if (!match) {
        QStringList known;
        for (const auto& command : commands) {
            if (command->name().startsWith(first + QLatin1Char(' '))) {
                known << command->name();
            }
        }
        if (!known.isEmpty()) {
            printError(QCoreApplication::translate("sb::cli::Main", "'%1' needs a subcommand: %2")
                           .arg(first, known.join(QStringLiteral(", "))));
        } else {
            printError(QCoreApplication::translate("sb::cli::Main", "unknown command '%1'").arg(first));
        }
        printLine(standardError(),
                  QCoreApplication::translate("sb::cli::Main", "Try 'secretbench-cli --help'."));
        return UsageError;
    }
    return match->run(arguments);
}
