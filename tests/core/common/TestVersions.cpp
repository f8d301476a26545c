// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Versions.h"

#include <QTest>

class TestVersions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLibraryIsListed()
    {
        QStringList names;
        for (const auto& [name, version] : sb::Versions::libraries()) {
            names << name;
            QVERIFY2(!version.isEmpty(), qPrintable(name));
            QVERIFY2(version != QLatin1String("unknown"),
                     qPrintable(name + QStringLiteral(" version unknown")));
        }
        QCOMPARE(names,
                 (QStringList { QStringLiteral("Qt"), QStringLiteral("OpenSSL"), QStringLiteral("libmongoc"),
                                QStringLiteral("jq"), QStringLiteral("libargon2"),
                                QStringLiteral("QtKeychain") }));
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "TestVersions.moc"
