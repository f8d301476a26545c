// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class VaultInfoCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("vault info"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_json { QStringLiteral("json"),
                                QCoreApplication::translate("sb::cli::VaultInfoCommand",
                                                            "Write the information as JSON.") };
};

} // namespace sb::cli
