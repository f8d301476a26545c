// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sb::cli {

// One CLI command ("encrypt", "payload build"). Subclasses declare their
// options and do their work in execute(); parsing, --help and usage errors are
// handled here the same way for every command.
class Command
{
public:
    virtual ~Command() = default;

    // Words that select the command: "encrypt", or "payload build".
    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    // `arguments` starts with the command's own words.
    int run(const QStringList& arguments);

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser) = 0;
    // Text after the options in --help: what goes in and out, exit codes.
    virtual QString details() const { return {}; }
    // Positional arguments: "DEFINITION.json" etc. Empty = none accepted.
    virtual QString positionalSyntax() const { return {}; }
    virtual int minimumPositional() const { return 0; }
    virtual int maximumPositional() const { return 0; }

    // Reports an error on stderr and returns its exit code.
    int report(const Error& error) const;
    int usage(const QString& message) const;
};

// Every command, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace sb::cli
