// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb::VaultLocation {

constexpr auto EnvironmentVariable = "SECRETBENCH_VAULT";
constexpr auto FileName = "vault.sbvault";

// Where the vault is: `commandLinePath` (--vault) when given, else
// $SECRETBENCH_VAULT, else vault.sbvault in SecretBench's application data
// folder (QStandardPaths::AppDataLocation of the app, shared by the CLI:
// ~/.local/share/SecretBench/secretbench/ on Linux).
QString resolve(const QString& commandLinePath = {});

// Where the value came from, for messages: "--vault", "SECRETBENCH_VAULT" or
// "default location".
QString sourceOf(const QString& commandLinePath = {});

// The app-wide override set from the GUI's --vault option.
void setCommandLineOverride(const QString& path);
QString commandLineOverride();

} // namespace sb::VaultLocation
