// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

namespace sb::cli {

class ProjectRenameCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("project rename"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;
    QString positionalSyntax() const override { return QStringLiteral("OLD NEW"); }
    int minimumPositional() const override { return 2; }
    int maximumPositional() const override { return 2; }
};

} // namespace sb::cli
