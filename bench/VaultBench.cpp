// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project-secrets benchmark (docs/benchmarks.md, "Project secrets").
//   secretbench-bench-vault [--rounds N] [--dir PATH]
// Measures the KDF as calibrated on this machine (and a full unlock), then, for
// a vault of 1,000 projects with both secrets and a full history (22,000
// values): opening after the KDF, saving, and search; and, for information,
// the leak check over 1 MiB of log text.
#include "secrets/Kdf.h"
#include "secrets/LeakCheck.h"
#include "secrets/ProjectListModel.h"
#include "secrets/SecretComparison.h"
#include "secrets/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace sb;

namespace {

struct Timing
{
    double best = 0;
    double median = 0;
};

Timing measure(int rounds, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms.front(), ms[ms.size() / 2] };
}

void row(const char* what, const Timing& t, const char* target)
{
    std::printf("| %-44s | %9.2f | %9.2f | %-9s |\n", what, t.best, t.median, target);
}

[[noreturn]] void die(const Error& error)
{
    std::fprintf(stderr, "secretbench-bench-vault: %s\n", qPrintable(error.message));
    std::exit(4);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 7;
    QString base;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rounds")) {
            rounds = std::max(1, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--dir")) {
            base = args[i + 1];
        }
    }
    QTemporaryDir dir(base.isEmpty() ? QString() : base + QStringLiteral("/vault-bench-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 4;
    }
    const QByteArray passphrase("benchmark passphrase, not a real one");

    // 1. The KDF as calibrated, and a full unlock with it.
    qint64 calibratedMs = 0;
    auto params = Kdf::calibrate(750, &calibratedMs);
    if (!params) {
        die(params.error());
    }
    const QString small = dir.filePath(QStringLiteral("small.sbvault"));
    if (auto created = Vault::create(small, passphrase, *params); !created) {
        die(created.error());
    }
    const Timing unlock = measure(3, [&] {
        if (auto v = Vault::open(small, passphrase); !v) {
            die(v.error());
        }
    });

    // 2. 1,000 projects x (MongoDB URL + JWT secret) x 11 versions.
    VaultContent content;
    for (int p = 0; p < 1000; ++p) {
        const QString project = QStringLiteral("project-%1").arg(p, 4, 10, QLatin1Char('0'));
        (void)content.addProject(project);
        for (int v = 0; v <= ProjectSecret::HistoryLimit; ++v) {
            const QByteArray n = QByteArray::number(p) + "-" + QByteArray::number(v);
            (void)content.setSecret(project, QStringLiteral("MONGO_URL"), ProjectSecretType::MongoDbUrl,
                                    "mongodb+srv://app_" + n + ":pw-" + n + "-Zq8wLr2Vt5@cluster-"
                                        + QByteArray::number(p)
                                        + ".ab1cd.mongodb.net/shop?retryWrites=true&w=majority");
            (void)content.setSecret(project, QStringLiteral("JWT_SECRET"), ProjectSecretType::JwtSecret,
                                    "jwt-" + n + "-" + QByteArray(52, 'k'));
        }
    }
    const QString big = dir.filePath(QStringLiteral("big.sbvault"));
    auto vault = Vault::create(big, passphrase, Kdf::minimum(), std::move(content));
    if (!vault) {
        die(vault.error());
    }
    const VaultKey key = vault->key().clone();
    const Timing open = measure(rounds, [&] {
        if (auto v = Vault::openWithKey(big, key); !v) {
            die(v.error());
        }
    });
    const Timing save = measure(rounds, [&] {
        if (auto ok = vault->save(); !ok) {
            die(ok.error());
        }
    });
    const QStringList queries = { QStringLiteral("project-05"), QStringLiteral("mongo"),
                                  QStringLiteral("JWT_SECRET"), QStringLiteral("no-such-thing"), QString() };
    Timing search { 0, 0 };
    qsizetype hits = 0;
    for (const QString& query : queries) {
        const Timing t = measure(rounds, [&] { hits += searchVault(vault->content(), query).size(); });
        search.best = std::max(search.best, t.best);
        search.median = std::max(search.median, t.median);
    }

    // The workspace's filter: the same search plus the list model's reset.
    ProjectListModel model;
    model.setContent(&vault->content());
    Timing filter { 0, 0 };
    for (const QString& query : queries) {
        const Timing t = measure(rounds, [&] { model.setFilter(query); });
        filter.best = std::max(filter.best, t.best);
        filter.median = std::max(filter.median, t.median);
    }

    // 3. For information: the leak check of 1 MiB of log over every current value.
    QByteArray log;
    while (log.size() < (1 << 20)) {
        log += "2026-01-12T09:14:03Z INFO request id=" + QByteArray::number(log.size())
            + " user=svc status=200 ok\n";
    }
    log += "leaked: pw-500-10-Zq8wLr2Vt5\n";
    qsizetype findings = 0;
    const Timing leak = measure(3, [&] {
        LeakChecker checker;
        checker.addVault(vault->content());
        findings = checker.scan(log).size();
    });

    std::printf("KDF as calibrated: %s; calibration measured %lld ms\n", qPrintable(params->describe()),
                static_cast<long long>(calibratedMs));
    std::printf("Vault: %d projects, %d values, file %lld bytes, folder %s\n", 1000, 22000,
                static_cast<long long>(QFileInfo(big).size()), qPrintable(dir.path()));
    std::printf("\n| %-44s | %9s | %9s | %-9s |\n", "measurement (ms)", "best", "median", "target");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------------",
                "----------:", "----------:", "-----------");
    row("unlock with the calibrated KDF (small vault)", unlock, "0.5-1 s");
    row("open 1,000 projects after the KDF", open, "< 50");
    row("save 1,000 projects (fsync, .bak)", save, "< 100");
    row("search, core (slowest of 5 queries)", search, "< 16");
    row("filter, projects list model (slowest of 5)", filter, "< 16");
    row("leak check, 1 MiB of log, 2,000 secrets", leak, "-");
    std::printf("\n(%lld search hits in all, %lld leak found as planted)\n", static_cast<long long>(hits),
                static_cast<long long>(findings));
    return 0;
}
