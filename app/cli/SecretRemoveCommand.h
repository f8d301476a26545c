// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

namespace sb::cli {

class SecretRemoveCommand : public SecretCommand
{
public:
    QString name() const override { return QStringLiteral("secret remove"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;
};

} // namespace sb::cli
