// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "KeyOptions.h"

#include <QCoreApplication>

namespace sb::cli {

class DecryptCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("decrypt"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
    QString details() const override;

private:
    int decryptOne(const QCommandLineParser& parser, class EnvelopeDecryptor& decryptor);
    int decryptBatch(const QCommandLineParser& parser, const class EnvelopeDecryptor& decryptor);

    KeyOptions m_keys { KeyOptions::Role::Decrypt };
    QCommandLineOption m_object { QStringLiteral("object"),
                                  QCoreApplication::translate(
                                      "sb::cli::DecryptCommand",
                                      "The value is an object input: the plaintext must be JSON.") };
    QCommandLineOption m_batch { QStringLiteral("batch"),
                                 QCoreApplication::translate(
                                     "sb::cli::DecryptCommand",
                                     "Decrypt one envelope per line into one JSON object per line.") };
    QCommandLineOption m_threads { QStringLiteral("threads"),
                                   QCoreApplication::translate(
                                       "sb::cli::DecryptCommand",
                                       "With --batch: worker threads (default: one per core)."),
                                   QStringLiteral("n") };
};

} // namespace sb::cli
