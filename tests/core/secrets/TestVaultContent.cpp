// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "secrets/VaultContent.h"

#include <QTest>
#include <QtEndian>

using namespace sb;
using namespace sb::test;

// The decrypted model: names, values, history, rollback, serialisation.
class TestVaultContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void projectNames_data();
    void projectNames();
    void secretNames_data();
    void secretNames();
    void values_data();
    void values();
    void projectsAreUniqueIgnoringCase();
    void addReplaceUnchanged();
    void typeIsFixed();
    void historyKeepsTenPreviousValues();
    void rollbackKeepsCurrentAsHistory();
    void rollbackErrors();
    void renameKeepsHistory();
    void removeAndNotFound();
    void serialiseRoundTrip();
    void serialisedSizeIsPadded();
    void damagedPlaintext_data();
    void damagedPlaintext();
    void cloneIsDeep();

private:
    ManualClock m_clock;
};

void TestVaultContent::init()
{
    Clock::setInstance(&m_clock);
}

void TestVaultContent::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestVaultContent::projectNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("shop") << true;
    QTest::newRow("spaces inside") << QStringLiteral("Shop (prod) 2") << true;
    QTest::newRow("unicode") << QStringLiteral("Bücherei – prod") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("leading space") << QStringLiteral(" shop") << false;
    QTest::newRow("control") << QStringLiteral("sh\top") << false;
    QTest::newRow("zero-width") << QStringLiteral("sh\u200bop") << false;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('p')) << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('p')) << false;
}

void TestVaultContent::projectNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    VaultContent content;
    QCOMPARE(bool(content.addProject(name)), valid);
    QCOMPARE(content.projects().size(), size_t(valid ? 1 : 0));
}

void TestVaultContent::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("upper") << QStringLiteral("MONGO_URL") << true;
    QTest::newRow("lower digits") << QStringLiteral("jwt_secret2") << true;
    QTest::newRow("leading underscore") << QStringLiteral("_x") << true;
    QTest::newRow("leading digit") << QStringLiteral("2fa") << false;
    QTest::newRow("dash") << QStringLiteral("my-db") << false;
    QTest::newRow("dot") << QStringLiteral("db.url") << false;
    QTest::newRow("space") << QStringLiteral("db url") << false;
    QTest::newRow("braces") << QStringLiteral("a}}") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("64") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65") << QString(65, QLatin1Char('a')) << false;
}

void TestVaultContent::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    QCOMPARE(bool(content.setSecret(QStringLiteral("p"), name, ProjectSecretType::JwtSecret, "value")),
             valid);
}

void TestVaultContent::values_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("text") << QByteArray("s3cret") << true;
    QTest::newRow("utf-8") << QByteArray("p\xc3\xa4ss") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("not utf-8") << QByteArray("\xff\xfe") << false;
    QTest::newRow("64 KiB") << QByteArray(64 * 1024, 'v') << true;
    QTest::newRow("64 KiB + 1") << QByteArray(64 * 1024 + 1, 'v') << false;
}

void TestVaultContent::values()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    QCOMPARE(bool(content.setSecret(QStringLiteral("p"), QStringLiteral("S"), ProjectSecretType::JwtSecret,
                                    value)),
             valid);
}

void TestVaultContent::projectsAreUniqueIgnoringCase()
{
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("Shop")));
    QCOMPARE(content.addProject(QStringLiteral("shop")).error().kind, ErrorKind::AlreadyExists);
    QVERIFY(content.addProject(QStringLiteral("Blog")));
    QCOMPARE(content.renameProject(QStringLiteral("Blog"), QStringLiteral("SHOP")).error().kind,
             ErrorKind::AlreadyExists);
    QVERIFY(content.renameProject(QStringLiteral("Shop"), QStringLiteral("shop"))); // its own case change
    QCOMPARE(content.projectNames(), QStringList({ QStringLiteral("shop"), QStringLiteral("Blog") }));
}

void TestVaultContent::addReplaceUnchanged()
{
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    const QString p = QStringLiteral("p");
    const QString s = QStringLiteral("TOKEN");
    QCOMPARE(*content.setSecret(p, s, ProjectSecretType::JwtSecret, "one"), SetOutcome::Added);
    const qint64 created = m_clock.msecsSinceEpoch();
    m_clock.advance(5000);
    QCOMPARE(*content.setSecret(p, s, ProjectSecretType::JwtSecret, "two"), SetOutcome::Replaced);
    QCOMPARE(*content.setSecret(p, s, ProjectSecretType::JwtSecret, "two"), SetOutcome::Unchanged);
    const ProjectSecret* secret = *content.findSecret(p, s);
    QCOMPARE(secret->versions.size(), size_t(2));
    QCOMPARE(secret->createdMs, created);
    QCOMPARE(secret->current().updatedMs, created + 5000);
    QCOMPARE(secret->versions[1].value.view(), QByteArrayView("one"));
    QCOMPARE(content.setSecret(p, QStringLiteral("token"), ProjectSecretType::JwtSecret, "x").error().kind,
             ErrorKind::AlreadyExists);
    QCOMPARE(content.setSecret(QStringLiteral("nope"), s, ProjectSecretType::JwtSecret, "x").error().kind,
             ErrorKind::NotFound);
}

void TestVaultContent::typeIsFixed()
{
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    QVERIFY(content.setSecret(QStringLiteral("p"), QStringLiteral("DB"), ProjectSecretType::MongoDbUrl,
                              "mongodb://h"));
    auto changed
        = content.setSecret(QStringLiteral("p"), QStringLiteral("DB"), ProjectSecretType::JwtSecret, "x");
    QVERIFY(!changed);
    QCOMPARE(changed.error().kind, ErrorKind::Usage);
}

void TestVaultContent::historyKeepsTenPreviousValues()
{
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    for (int i = 1; i <= 25; ++i) {
        QVERIFY(content.setSecret(QStringLiteral("p"), QStringLiteral("S"), ProjectSecretType::JwtSecret,
                                  "value-" + QByteArray::number(i)));
    }
    const ProjectSecret* s = *content.findSecret(QStringLiteral("p"), QStringLiteral("S"));
    QCOMPARE(s->versions.size(), size_t(11));
    for (size_t i = 0; i < s->versions.size(); ++i) {
        QCOMPARE(s->versions[i].number, quint32(25 - i));
        QCOMPARE(s->versions[i].value.view(),
                 QByteArrayView("value-" + QByteArray::number(qsizetype(25 - i))));
    }
}

void TestVaultContent::rollbackKeepsCurrentAsHistory()
{
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    for (const char* v : { "a", "b", "c" }) {
        QVERIFY(content.setSecret(QStringLiteral("p"), QStringLiteral("S"), ProjectSecretType::JwtSecret, v));
    }
    m_clock.advance(1000);
    QVERIFY(content.rollbackSecret(QStringLiteral("p"), QStringLiteral("S"), 1));
    const ProjectSecret* s = *content.findSecret(QStringLiteral("p"), QStringLiteral("S"));
    QCOMPARE(s->current().number, 4u);
    QCOMPARE(s->current().value.view(), QByteArrayView("a"));
    QCOMPARE(s->current().updatedMs, m_clock.msecsSinceEpoch());
    QCOMPARE(s->version(3)->value.view(), QByteArrayView("c"));
    // Undo the rollback by rolling back to 3.
    QVERIFY(content.rollbackSecret(QStringLiteral("p"), QStringLiteral("S"), 3));
    QCOMPARE(s->current().value.view(), QByteArrayView("c"));
    QCOMPARE(s->versions.size(), size_t(5));
}

void TestVaultContent::rollbackErrors()
{
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    QVERIFY(content.setSecret(QStringLiteral("p"), QStringLiteral("S"), ProjectSecretType::JwtSecret, "a"));
    QCOMPARE(content.rollbackSecret(QStringLiteral("p"), QStringLiteral("S"), 1).error().kind,
             ErrorKind::Usage);
    QCOMPARE(content.rollbackSecret(QStringLiteral("p"), QStringLiteral("S"), 9).error().kind,
             ErrorKind::NotFound);
    QCOMPARE(content.rollbackSecret(QStringLiteral("p"), QStringLiteral("X"), 1).error().kind,
             ErrorKind::NotFound);
}

void TestVaultContent::renameKeepsHistory()
{
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("p")));
    for (const char* v : { "a", "b" }) {
        QVERIFY(
            content.setSecret(QStringLiteral("p"), QStringLiteral("OLD"), ProjectSecretType::JwtSecret, v));
    }
    QVERIFY(
        content.setSecret(QStringLiteral("p"), QStringLiteral("OTHER"), ProjectSecretType::JwtSecret, "o"));
    QCOMPARE(content.renameSecret(QStringLiteral("p"), QStringLiteral("OLD"), QStringLiteral("other"))
                 .error()
                 .kind,
             ErrorKind::AlreadyExists);
    QCOMPARE(content.renameSecret(QStringLiteral("p"), QStringLiteral("OLD"), QStringLiteral("bad name"))
                 .error()
                 .kind,
             ErrorKind::Usage);
    QVERIFY(content.renameSecret(QStringLiteral("p"), QStringLiteral("OLD"), QStringLiteral("NEW")));
    const ProjectSecret* s = *content.findSecret(QStringLiteral("p"), QStringLiteral("NEW"));
    QCOMPARE(s->versions.size(), size_t(2));
    QCOMPARE(s->reference(), QStringLiteral("{{ secrets.NEW }}"));
    QVERIFY(content.renameProject(QStringLiteral("p"), QStringLiteral("q")));
    QVERIFY(content.findSecret(QStringLiteral("q"), QStringLiteral("NEW")));
}

void TestVaultContent::removeAndNotFound()
{
    VaultContent content = sampleContent();
    QCOMPARE(content.removeSecret(QStringLiteral("shop-prod"), QStringLiteral("NOPE")).error().kind,
             ErrorKind::NotFound);
    QVERIFY(content.removeSecret(QStringLiteral("shop-prod"), QStringLiteral("MONGO_URL")));
    QVERIFY(!content.findSecret(QStringLiteral("shop-prod"), QStringLiteral("MONGO_URL")));
    QCOMPARE(content.removeProject(QStringLiteral("nope")).error().kind, ErrorKind::NotFound);
    QVERIFY(content.removeProject(QStringLiteral("shop-prod")));
    QCOMPARE(content.projectNames(), QStringList { QStringLiteral("shop-staging") });
}

void TestVaultContent::serialiseRoundTrip()
{
    const VaultContent content = sampleContent();
    const SecureBuffer bytes = content.serialize();
    auto parsed = VaultContent::parse(bytes.view());
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(dump(*parsed), dump(content));
    auto empty = VaultContent::parse(VaultContent().serialize().view());
    QVERIFY(empty && empty->isEmpty());
}

void TestVaultContent::serialisedSizeIsPadded()
{
    VaultContent content;
    QCOMPARE(content.serialize().size(), 512);
    QVERIFY(content.addProject(QStringLiteral("p")));
    QVERIFY(content.setSecret(QStringLiteral("p"), QStringLiteral("S"), ProjectSecretType::JwtSecret,
                              QByteArray(600, 'x')));
    QCOMPARE(content.serialize().size(), 1024);
}

void TestVaultContent::damagedPlaintext_data()
{
    // Authenticated but unreadable content (a bug, or a newer writer):
    // each defect is named, nothing is half-loaded.
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QString>("complaint");
    const SecureBuffer good = sampleContent().serialize();
    const QByteArray bytes(good.chars(), good.size());
    QByteArray hugeCount = bytes;
    qToBigEndian(quint32(0x7fffffff), hugeCount.data());
    QTest::newRow("impossible project count") << hugeCount << QStringLiteral("project count");
    QByteArray cut = bytes.first(4 + 2 + 9 + 5); // in the middle of the first project's time
    qToBigEndian(quint32(1), cut.data());
    QTest::newRow("cut in the first project") << cut << QStringLiteral("cut short");
    QByteArray padding = bytes;
    padding[padding.size() - 1] = 1;
    QTest::newRow("non-zero padding") << padding << QStringLiteral("padding");
    QByteArray badType = bytes;
    // u32 count, u16 + "shop-prod", i64, u32, then the first secret: u16 + "MONGO_URL", u8 type
    const qsizetype typeOffset = 4 + 2 + 9 + 8 + 4 + 2 + 9;
    QCOMPARE(badType[typeOffset], char(1));
    badType[typeOffset] = 9;
    QTest::newRow("unknown type") << badType << QStringLiteral("unknown type 9");
    VaultContent two;
    QVERIFY(two.addProject(QStringLiteral("ab")));
    QVERIFY(two.addProject(QStringLiteral("cd")));
    const SecureBuffer twoBytes = two.serialize();
    QByteArray duplicate(twoBytes.chars(), twoBytes.size());
    duplicate.replace(duplicate.indexOf("cd"), 2, "AB");
    QTest::newRow("same project name twice") << duplicate << QStringLiteral("appears twice");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("project count");
}

void TestVaultContent::damagedPlaintext()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QString, complaint);
    auto parsed = VaultContent::parse(plaintext);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::MalformedVault);
    QVERIFY2(parsed.error().message.contains(complaint), qPrintable(parsed.error().message));
}

void TestVaultContent::cloneIsDeep()
{
    VaultContent content = sampleContent();
    VaultContent copy = content.clone();
    QCOMPARE(dump(copy), dump(content));
    QVERIFY(content.removeProject(QStringLiteral("shop-prod")));
    QVERIFY(copy.project(QStringLiteral("shop-prod")));
    copy.clear();
    QVERIFY(copy.isEmpty());
}

QTEST_GUILESS_MAIN(TestVaultContent)
#include "TestVaultContent.moc"
