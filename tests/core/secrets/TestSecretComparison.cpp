// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "secrets/SecretComparison.h"

#include <QTest>

using namespace sb;
using namespace sb::test;

// Masked comparisons (versions, projects) and the workspace's search.
class TestSecretComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data();
    void values();
    void projects();
    void search_data();
    void search();
};

void TestSecretComparison::values_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QString>("summary");
    const int jwt = int(ProjectSecretType::JwtSecret);
    const int mongo = int(ProjectSecretType::MongoDbUrl);
    QTest::newRow("same") << jwt << QByteArray("abcdef") << QByteArray("abcdef")
                          << QStringLiteral("same value (6 bytes)");
    QTest::newRow("same length") << jwt << QByteArray("abcdef") << QByteArray("abcdeg")
                                 << QStringLiteral("changed (6 bytes each)");
    QTest::newRow("lengths") << jwt << QByteArray("abc") << QByteArray("abcdef")
                             << QStringLiteral("changed (3 -> 6 bytes)");
    QTest::newRow("URL password") << mongo << QByteArray("mongodb://u:one@h/db")
                                  << QByteArray("mongodb://u:two@h/db")
                                  << QStringLiteral("changed: password (20 bytes each)");
    QTest::newRow("URL hosts and password")
        << mongo << QByteArray("mongodb://u:one@h1/db") << QByteArray("mongodb://u:three@h2/db")
        << QStringLiteral("changed: hosts, password (21 -> 23 bytes)");
}

void TestSecretComparison::values()
{
    QFETCH(int, type);
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(QString, summary);
    const ValueComparison c = compareValues(ProjectSecretType(type), a, b);
    QCOMPARE(c.summary(), summary);
    QVERIFY(!c.summary().contains(QString::fromLatin1(a)) || a.size() < 4);
}

void TestSecretComparison::projects()
{
    VaultContent content = sampleContent();
    QVERIFY(content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("jwt_secret"),
                              ProjectSecretType::JwtSecret, JwtSecretValue));
    QVERIFY(content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("EXTRA"),
                              ProjectSecretType::JwtSecret, "x"));
    const QList<ProjectComparisonRow> rows = compareProjects(
        *content.project(QStringLiteral("shop-prod")), *content.project(QStringLiteral("shop-staging")));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].name, QStringLiteral("MONGO_URL"));
    QCOMPARE(rows[0].status, ProjectComparisonRow::Status::Different);
    QVERIFY(rows[0].values.changedParts.contains(QStringLiteral("password")));
    QCOMPARE(rows[1].name, QStringLiteral("JWT_SECRET")); // matched ignoring case
    QCOMPARE(rows[1].status, ProjectComparisonRow::Status::Same);
    QCOMPARE(rows[1].statusText(), QStringLiteral("same"));
    QCOMPARE(rows[2].name, QStringLiteral("EXTRA"));
    QCOMPARE(rows[2].status, ProjectComparisonRow::Status::OnlyInB);
    QCOMPARE(rows[2].statusText(), QStringLiteral("missing in the first project"));
}

void TestSecretComparison::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<int>("secretsInFirst"); // -1: all, by project name
    QTest::newRow("empty") << QString()
                           << QStringList { QStringLiteral("shop-prod"), QStringLiteral("shop-staging") }
                           << -1;
    QTest::newRow("project name") << QStringLiteral("STAGING")
                                  << QStringList { QStringLiteral("shop-staging") } << -1;
    QTest::newRow("secret name") << QStringLiteral("jwt_") << QStringList { QStringLiteral("shop-prod") }
                                 << 1;
    QTest::newRow("type") << QStringLiteral("mongodb")
                          << QStringList { QStringLiteral("shop-prod"), QStringLiteral("shop-staging") } << 1;
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList() << 0;
}

void TestSecretComparison::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, projects);
    QFETCH(int, secretsInFirst);
    const VaultContent content = sampleContent();
    const QList<SearchHit> hits = searchVault(content, query);
    QStringList names;
    for (const SearchHit& hit : hits) {
        names << content.projects()[size_t(hit.project)].name;
    }
    QCOMPARE(names, projects);
    if (!hits.isEmpty() && secretsInFirst >= 0) {
        QVERIFY(!hits.first().projectNameMatched);
        QCOMPARE(hits.first().secrets.size(), secretsInFirst);
    }
}

QTEST_GUILESS_MAIN(TestSecretComparison)
#include "TestSecretComparison.moc"
