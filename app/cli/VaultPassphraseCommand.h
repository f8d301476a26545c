// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VaultCommand.h"

#include <QCoreApplication>

namespace sb::cli {

class VaultPassphraseCommand : public VaultCommand
{
public:
    QString name() const override { return QStringLiteral("vault passwd"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    QCommandLineOption m_newPassphraseFile {
        QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate(
            "sb::cli::VaultPassphraseCommand",
            "Read the new passphrase from <file> (else it is asked twice on the terminal)."),
        QStringLiteral("file")
    };
    QCommandLineOption m_recalibrate { QStringLiteral("recalibrate"),
                                       QCoreApplication::translate(
                                           "sb::cli::VaultPassphraseCommand",
                                           "Calibrate the key derivation for this machine again.") };
};

} // namespace sb::cli
