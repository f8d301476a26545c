// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A vault writer for TestVaultCrash: opens the vault, then saves a counter
// once for every line it reads on standard input, printing each number once
// its save has returned.
//   VaultWriterHelper VAULT PASSPHRASE_FILE FIRST COUNT
#include "secrets/Vault.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        return 2;
    }
    QFile passphraseFile(args[2]);
    if (!passphraseFile.open(QIODevice::ReadOnly)) {
        return 4;
    }
    const QByteArray passphrase = passphraseFile.readAll().trimmed();
    auto vault = sb::Vault::open(args[1], passphrase);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const int first = args[3].toInt();
    const int count = args[4].toInt();
    char go[8];
    for (int i = first; i < first + count && std::fgets(go, sizeof(go), stdin); ++i) {
        // Values of varying length, so that the file size changes too.
        const QByteArray value = "value-" + QByteArray::number(i) + QByteArray(i % 700, 'x');
        auto set = vault->content().setSecret(QStringLiteral("crash"), QStringLiteral("COUNTER"),
                                              sb::ProjectSecretType::JwtSecret, value);
        if (!set) {
            return 3;
        }
        if (auto saved = vault->save(); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 4;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
