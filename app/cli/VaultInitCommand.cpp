// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultInitCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "common/Settings.h"
#include "secrets/Kdf.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace sb::cli {

QString VaultInitCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::VaultInitCommand",
                                       "Create the vault, asking for its passphrase twice.");
}

QString VaultInitCommand::details() const
{
    return QCoreApplication::translate(
               "sb::cli::VaultInitCommand",
               "Creates an empty vault (mode 0600) and never overwrites an existing one. The key "
               "derivation (Argon2id) is calibrated so that unlocking takes about 0.75 s on this "
               "machine, and never goes below m=64 MiB, t=3, p=4 (RFC 9106); --kdf-* set it by "
               "hand within the same bounds.\n\n%1\n\n%2")
        .arg(vaultHelp(),
             vaultExitCodes({ { 2,
                                QCoreApplication::translate("sb::cli::VaultInitCommand",
                                                            "usage, or a vault already exists there") } }));
}

void VaultInitCommand::addOptions(QCommandLineParser& parser)
{
    addVaultOptions(parser);
    parser.addOption(m_memory);
    parser.addOption(m_iterations);
    parser.addOption(m_parallelism);
}

int VaultInitCommand::execute(const QCommandLineParser& parser)
{
    const QString path = vaultPath(parser);
    if (QFileInfo::exists(path)) {
        return report(
            Error { ErrorKind::AlreadyExists,
                    QCoreApplication::translate("sb::cli::VaultInitCommand",
                                                "A vault already exists at %1; it was left untouched.")
                        .arg(path) });
    }
    KdfParams params;
    qint64 measuredMs = -1;
    if (parser.isSet(m_memory) || parser.isSet(m_iterations) || parser.isSet(m_parallelism)) {
        params = Kdf::minimum();
        const auto number = [&parser](const QCommandLineOption& option, std::uint32_t fallback, bool& ok) {
            if (!parser.isSet(option)) {
                return fallback;
            }
            return std::uint32_t(parser.value(option).toUInt(&ok));
        };
        bool ok = true;
        params.memoryKiB = number(m_memory, Kdf::MinimumMemoryKiB / 1024, ok) * 1024;
        params.iterations = number(m_iterations, Kdf::MinimumIterations, ok);
        params.parallelism = number(m_parallelism, Kdf::MinimumParallelism, ok);
        if (!ok || !Kdf::checkBounds(params)) {
            return usage(
                QCoreApplication::translate("sb::cli::VaultInitCommand",
                                            "Key-derivation parameters out of bounds: memory 64 to 1024 MiB, "
                                            "iterations 3 to 64, parallelism 4 to 16."));
        }
    }
    auto secret = passphrase(parser, true);
    if (!secret) {
        return report(secret.error());
    }
    if (!parser.isSet(m_memory) && !parser.isSet(m_iterations) && !parser.isSet(m_parallelism)) {
        printLine(standardError(),
                  QCoreApplication::translate("sb::cli::VaultInitCommand",
                                              "Calibrating the key derivation for this machine..."));
        // The unlock time the user chose in the app's settings (0.75 s unless changed).
        auto calibrated = Kdf::calibrate(Settings::instance().kdfTargetMilliseconds(), &measuredMs);
        if (!calibrated) {
            return report(calibrated.error());
        }
        params = *calibrated;
    }
    QElapsedTimer timer;
    timer.start();
    auto vault = Vault::create(path, secret->view(), params);
    if (!vault) {
        return report(vault.error());
    }
    if (measuredMs < 0) {
        measuredMs = timer.elapsed();
    }
    const QString text = QCoreApplication::translate("sb::cli::VaultInitCommand",
                                                     "Created %1 (%2; unlocking takes about %3 s).\n")
                             .arg(path, params.describe())
                             .arg(double(measuredMs) / 1000.0, 0, 'f', 2);
    return writeResult(text.toUtf8());
}

} // namespace sb::cli
