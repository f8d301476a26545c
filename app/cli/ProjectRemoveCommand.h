// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

namespace sb::cli {

class ProjectRemoveCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("project remove"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;
    QString positionalSyntax() const override { return QStringLiteral("NAME"); }
    int minimumPositional() const override { return 1; }
    int maximumPositional() const override { return 1; }
};

} // namespace sb::cli
