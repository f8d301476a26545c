// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "TestSupport.h"
#include "secrets/Vault.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>

using namespace sb;
using namespace sb::test;

// The vault file: format, keys, damage, history, concurrent writers. One vault
// is created (one KDF run) in initTestCase; tests that only need to open it
// again use the derived key (Vault::openWithKey), while every path that takes a
// passphrase -- and every header check -- goes through Vault::open.
class TestVault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void fileIsPrivateAndHasNoPlaintext();
    void wrongPassphrase();
    void emptyPassphraseIsRefused();
    void passphraseIsNormalised();
    void everyHeaderByteFlipped();
    void everyContentByteFlipped();
    void truncatedAtEveryLength();
    void appendedBytes();
    void hostileHeader_data();
    void hostileHeader();
    void kdfBounds_data();
    void kdfBounds();
    void createRefusesExistingFile();
    void missingVault();
    void historyAndRollbackSurviveSaving();
    void backupHoldsPreviousSave();
    void freshNoncePerSave();
    void concurrentWriterIsDetected();
    void busyLockIsReported();
    void lockLeftByAKilledWriterIsCleared();
    void reloadAfterExternalChange();
    void changePassphrase();
    void lockWipesContentAndKey();
    void calibrationNeverGoesBelowTheFloor();

private:
    QString copyOfSample(const QString& name);
    static QByteArray sha(const QString& path)
    {
        return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
    QString m_sample;
    VaultKey m_key;
    QByteArray m_sampleDump;
};

void TestVault::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.sbvault"));
    VaultContent content = sampleContent();
    m_sampleDump = dump(content);
    auto vault = Vault::create(m_sample, VaultPassphrase, fastestAllowedKdf(), std::move(content));
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    m_key = vault->key().clone();
}

QString TestVault::copyOfSample(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::remove(Vault::backupPath(path));
    if (!QFile::copy(m_sample, path)) {
        qFatal("cannot copy the sample vault");
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestVault::roundTrip()
{
    auto vault = Vault::open(m_sample, VaultPassphrase);
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(dump(vault->content()), m_sampleDump);
    QCOMPARE(vault->kdfParams(), Kdf::minimum());
    QVERIFY(vault->warnings().isEmpty());
    const ProjectSecret* jwt
        = *vault->content().findSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET"));
    QCOMPARE(jwt->versions.size(), size_t(2));
    QCOMPARE(jwt->current().value.view(), QByteArrayView(JwtSecretValue));
    QCOMPARE(jwt->reference(), QStringLiteral("{{ secrets.JWT_SECRET }}"));
}

void TestVault::fileIsPrivateAndHasNoPlaintext()
{
    struct stat info
    { };
    QCOMPARE(::stat(QFile::encodeName(m_sample).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const QByteArray bytes = readAll(m_sample);
    QVERIFY(bytes.startsWith(QByteArray("SBVAULT\0", 8)));
    // The content is padded to 512 bytes: 112 header + 512 + 16 tag.
    QCOMPARE(bytes.size(), 640);
    for (const QByteArray& plain :
         { MongoUrlValue, MongoPasswordDecoded, JwtSecretValue, QByteArray("shop-prod"),
           QByteArray("MONGO_URL"), QByteArray("old-jwt-secret") }) {
        QVERIFY2(!bytes.contains(plain), plain.constData());
    }
}

void TestVault::wrongPassphrase()
{
    const QByteArray before = sha(m_sample);
    auto vault = Vault::open(m_sample, "correct horse battery stapler");
    QVERIFY(!vault);
    QCOMPARE(vault.error().kind, ErrorKind::WrongPassphrase);
    QVERIFY(vault.error().message.startsWith(QStringLiteral("Wrong passphrase or damaged file")));
    QVERIFY(!vault.error().message.contains(QStringLiteral("stapler")));
    QCOMPARE(sha(m_sample), before);
}

void TestVault::emptyPassphraseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("empty-pass.sbvault"));
    auto vault = Vault::create(path, "", fastestAllowedKdf());
    QVERIFY(!vault);
    QCOMPARE(vault.error().kind, ErrorKind::Usage);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(Vault::open(m_sample, "").error().kind, ErrorKind::Usage);
}

void TestVault::passphraseIsNormalised()
{
    // "é" typed precomposed on one system and decomposed on another is one passphrase.
    const QString path = m_dir.filePath(QStringLiteral("unicode.sbvault"));
    const QByteArray composed = QStringLiteral("caf\u00e9 cr\u00e8me").toUtf8();
    const QByteArray decomposed = QStringLiteral("cafe\u0301 cre\u0300me").toUtf8();
    QVERIFY(composed != decomposed);
    QVERIFY(Vault::create(path, decomposed, fastestAllowedKdf()));
    auto vault = Vault::open(path, composed);
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(Vault::open(path, "\xff\xfe").error().kind, ErrorKind::NotUtf8);
}

void TestVault::everyHeaderByteFlipped()
{
    // Header damage is caught before any key is derived: the full passphrase
    // path runs for every byte and stays fast.
    const QString path = copyOfSample(QStringLiteral("flip-header.sbvault"));
    const QByteArray original = readAll(path);
    for (qsizetype i = 0; i < VaultHeader::Size; ++i) {
        QByteArray damaged = original;
        damaged[i] = char(damaged[i] ^ 0x01);
        QVERIFY(writeAll(path, damaged));
        auto vault = Vault::open(path, VaultPassphrase);
        QVERIFY2(!vault, qPrintable(QStringLiteral("byte %1 flipped but the vault opened").arg(i)));
        QVERIFY2(vault.error().kind == ErrorKind::MalformedVault,
                 qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(vault.error().message)));
        const QString& message = vault.error().message;
        if (i < 8) {
            QVERIFY2(message.contains(QStringLiteral("not a SecretBench vault")), qPrintable(message));
        } else if (i < 10) {
            QVERIFY2(message.contains(QStringLiteral("format version")), qPrintable(message));
        } else if (i < 12) {
            QVERIFY2(message.contains(QStringLiteral("declares a length")), qPrintable(message));
        } else {
            QVERIFY2(message.contains(QStringLiteral("checksum")), qPrintable(message));
        }
        QVERIFY(message.contains(QStringLiteral("the file was not changed")));
        QCOMPARE(readAll(path), damaged); // untouched
    }
}

void TestVault::everyContentByteFlipped()
{
    const QString path = copyOfSample(QStringLiteral("flip-content.sbvault"));
    const QByteArray original = readAll(path);
    for (qsizetype i = VaultHeader::Size; i < original.size(); ++i) {
        QByteArray damaged = original;
        damaged[i] = char(damaged[i] ^ 0x80);
        QVERIFY(writeAll(path, damaged));
        auto vault = Vault::openWithKey(path, m_key);
        QVERIFY2(!vault, qPrintable(QStringLiteral("byte %1 flipped but the vault opened").arg(i)));
        QVERIFY2(vault.error().kind == ErrorKind::AuthenticationFailed,
                 qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(vault.error().message)));
        QVERIFY(vault.error().message.contains(QStringLiteral("passphrase is right")));
        QCOMPARE(readAll(path), damaged);
    }
    QVERIFY(writeAll(path, original));
    QVERIFY(Vault::openWithKey(path, m_key));
}

void TestVault::truncatedAtEveryLength()
{
    const QString path = copyOfSample(QStringLiteral("truncated.sbvault"));
    const QByteArray original = readAll(path);
    for (qsizetype length = 0; length < original.size(); ++length) {
        const QByteArray cut = original.first(length);
        QVERIFY(writeAll(path, cut));
        auto vault = Vault::open(path, VaultPassphrase);
        QVERIFY2(!vault, qPrintable(QStringLiteral("length %1 opened").arg(length)));
        QCOMPARE(vault.error().kind, ErrorKind::MalformedVault);
        QVERIFY2(vault.error().message.contains(QStringLiteral("truncated")),
                 qPrintable(QStringLiteral("length %1: %2").arg(length).arg(vault.error().message)));
        QCOMPARE(readAll(path), cut);
    }
}

void TestVault::appendedBytes()
{
    const QString path = copyOfSample(QStringLiteral("appended.sbvault"));
    QVERIFY(writeAll(path, readAll(m_sample) + "tail"));
    auto vault = Vault::open(path, VaultPassphrase);
    QVERIFY(!vault);
    QCOMPARE(vault.error().kind, ErrorKind::MalformedVault);
    QVERIFY(vault.error().message.contains(QStringLiteral("4 unexpected bytes")));
}

void TestVault::hostileHeader_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<quint32>("lanes");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("4 GiB of memory") << quint32(4u * 1024 * 1024) << 3u << 4u
                                     << QStringLiteral("above the maximum");
    QTest::newRow("memory 0") << 0u << 3u << 4u << QStringLiteral("below the minimum");
    QTest::newRow("8 MiB, below the floor")
        << quint32(8 * 1024) << 3u << 4u << QStringLiteral("below the minimum");
    QTest::newRow("a billion iterations")
        << quint32(64 * 1024) << 1000000000u << 4u << QStringLiteral("iterations");
    QTest::newRow("1 iteration") << quint32(64 * 1024) << 1u << 4u << QStringLiteral("iterations");
    QTest::newRow("0 lanes") << quint32(64 * 1024) << 3u << 0u << QStringLiteral("lanes");
    QTest::newRow("16M lanes") << quint32(64 * 1024) << 3u << 0xffffffu << QStringLiteral("lanes");
    QTest::newRow("1 GiB x 64 passes")
        << quint32(1024 * 1024) << 64u << 4u << QStringLiteral("exceeds the limit");
}

void TestVault::hostileHeader()
{
    // A crafted header with a valid checksum: the bounds are checked before
    // anything is allocated or derived.
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, iterations);
    QFETCH(quint32, lanes);
    QFETCH(QString, complaint);
    const QString path = copyOfSample(QStringLiteral("hostile.sbvault"));
    QByteArray bytes = readAll(path);
    qToBigEndian(memoryKiB, bytes.data() + 16);
    qToBigEndian(iterations, bytes.data() + 20);
    qToBigEndian(lanes, bytes.data() + 24);
    const QByteArray checksum
        = QCryptographicHash::hash(QByteArrayView(bytes).first(96), QCryptographicHash::Sha256).left(16);
    bytes.replace(96, 16, checksum);
    QVERIFY(writeAll(path, bytes));
    auto vault = Vault::open(path, VaultPassphrase);
    QVERIFY(!vault);
    QCOMPARE(vault.error().kind, ErrorKind::MalformedVault);
    QVERIFY2(vault.error().message.contains(complaint), qPrintable(vault.error().message));
    QCOMPARE(readAll(path), bytes);
}

void TestVault::kdfBounds_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<quint32>("lanes");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("RFC 9106 second option") << quint32(64 * 1024) << 3u << 4u << true;
    QTest::newRow("1 GiB, 4 passes") << quint32(1024 * 1024) << 4u << 4u << true;
    QTest::newRow("1 GiB, 5 passes") << quint32(1024 * 1024) << 5u << 4u << false;
    QTest::newRow("just below 64 MiB") << quint32(64 * 1024 - 1) << 3u << 4u << false;
    QTest::newRow("t=2") << quint32(64 * 1024) << 2u << 4u << false;
    QTest::newRow("p=3") << quint32(64 * 1024) << 3u << 3u << false;
    QTest::newRow("p=16") << quint32(64 * 1024) << 3u << 16u << true;
    QTest::newRow("p=17") << quint32(64 * 1024) << 3u << 17u << false;
}

void TestVault::kdfBounds()
{
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, iterations);
    QFETCH(quint32, lanes);
    QFETCH(bool, accepted);
    const KdfParams params { memoryKiB, iterations, lanes };
    QCOMPARE(bool(Kdf::checkBounds(params)), accepted);
    if (!accepted) {
        // Creation refuses them too, before deriving anything.
        const QString path = m_dir.filePath(QStringLiteral("bounds.sbvault"));
        auto vault = Vault::create(path, VaultPassphrase, params);
        QVERIFY(!vault);
        QCOMPARE(vault.error().kind, ErrorKind::Usage);
        QVERIFY(!QFileInfo::exists(path));
    }
}

void TestVault::createRefusesExistingFile()
{
    const QString path = copyOfSample(QStringLiteral("existing.sbvault"));
    const QByteArray before = sha(path);
    auto vault = Vault::create(path, VaultPassphrase, fastestAllowedKdf());
    QVERIFY(!vault);
    QCOMPARE(vault.error().kind, ErrorKind::AlreadyExists);
    QCOMPARE(sha(path), before);
}

void TestVault::missingVault()
{
    auto vault = Vault::open(m_dir.filePath(QStringLiteral("nowhere.sbvault")), VaultPassphrase);
    QVERIFY(!vault);
    QCOMPARE(vault.error().kind, ErrorKind::NotFound);
}

void TestVault::historyAndRollbackSurviveSaving()
{
    ManualClock clock;
    Clock::setInstance(&clock);
    const QString path = copyOfSample(QStringLiteral("history.sbvault"));
    auto vault = Vault::openWithKey(path, m_key);
    QVERIFY(vault);
    const QString project = QStringLiteral("shop-prod");
    const QString name = QStringLiteral("JWT_SECRET");
    // Versions 1 and 2 exist; 13 more values make 15 in all, of which 11 are kept.
    for (int i = 3; i <= 15; ++i) {
        clock.advance(60000);
        auto outcome = vault->content().setSecret(project, name, ProjectSecretType::JwtSecret,
                                                  QByteArray("jwt-value-number-") + QByteArray::number(i));
        QVERIFY(outcome);
        QCOMPARE(*outcome, SetOutcome::Replaced);
    }
    QVERIFY(vault->save());
    auto reopened = Vault::openWithKey(path, m_key);
    QVERIFY(reopened);
    const ProjectSecret* secret = *reopened->content().findSecret(project, name);
    QCOMPARE(secret->versions.size(), size_t(ProjectSecret::HistoryLimit + 1));
    QCOMPARE(secret->current().number, 15u);
    QCOMPARE(secret->versions.back().number, 5u);
    QCOMPARE(secret->current().updated(), clock.now());

    // Roll back to 7: a new version 16 with 7's value; 15 stays as history.
    clock.advance(1000);
    QVERIFY(reopened->content().rollbackSecret(project, name, 7));
    QVERIFY(reopened->save());
    QVERIFY(reopened->content().renameSecret(project, name, QStringLiteral("TOKEN_SECRET")));
    QVERIFY(reopened->save());
    auto again = Vault::openWithKey(path, m_key);
    QVERIFY(again);
    QVERIFY(!again->content().findSecret(project, name));
    const ProjectSecret* renamed = *again->content().findSecret(project, QStringLiteral("TOKEN_SECRET"));
    QCOMPARE(renamed->current().number, 16u);
    QCOMPARE(renamed->current().value.view(), QByteArrayView("jwt-value-number-7"));
    QCOMPARE(renamed->version(15)->value.view(), QByteArrayView("jwt-value-number-15"));
    QCOMPARE(renamed->versions.size(), size_t(11));
    QVERIFY(!renamed->version(5)); // pushed out by the rollback
    QCOMPARE(renamed->reference(), QStringLiteral("{{ secrets.TOKEN_SECRET }}"));
    Clock::setInstance(nullptr);
}

void TestVault::backupHoldsPreviousSave()
{
    const QString path = copyOfSample(QStringLiteral("backup.sbvault"));
    QVERIFY(!QFileInfo::exists(Vault::backupPath(path)));
    auto vault = Vault::openWithKey(path, m_key);
    QVERIFY(vault);
    QVERIFY(vault->content().addProject(QStringLiteral("third")));
    QVERIFY(vault->save());
    QCOMPARE(readAll(Vault::backupPath(path)), readAll(m_sample));
    QCOMPARE(QFile::permissions(Vault::backupPath(path)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(vault->content().addProject(QStringLiteral("fourth")));
    QVERIFY(vault->save());
    auto backup = Vault::openWithKey(Vault::backupPath(path), m_key);
    QVERIFY(backup);
    QVERIFY(backup->content().project(QStringLiteral("third")));
    QVERIFY(!backup->content().project(QStringLiteral("fourth")));
    for (const QString& file : { path, Vault::backupPath(path) }) {
        const QByteArray bytes = readAll(file);
        QVERIFY(!bytes.contains(MongoUrlValue) && !bytes.contains(JwtSecretValue)
                && !bytes.contains("third"));
    }
}

void TestVault::freshNoncePerSave()
{
    const QString path = copyOfSample(QStringLiteral("nonce.sbvault"));
    auto vault = Vault::openWithKey(path, m_key);
    QVERIFY(vault);
    QList<QByteArray> nonces { readAll(path).mid(60, 12) };
    for (int i = 0; i < 3; ++i) {
        QVERIFY(vault->save());
        const QByteArray nonce = readAll(path).mid(60, 12);
        QVERIFY(!nonces.contains(nonce));
        nonces << nonce;
    }
}

void TestVault::concurrentWriterIsDetected()
{
    const QString path = copyOfSample(QStringLiteral("concurrent.sbvault"));
    auto first = Vault::openWithKey(path, m_key);
    auto second = Vault::openWithKey(path, m_key);
    QVERIFY(first && second);
    QVERIFY(second->content().addProject(QStringLiteral("from-second")));
    QVERIFY(second->save());
    const QByteArray afterSecond = readAll(path);
    QCOMPARE(*first->hasChangedOnDisk(), true);
    QVERIFY(first->content().addProject(QStringLiteral("from-first")));
    auto saved = first->save();
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::VaultChanged);
    QCOMPARE(readAll(path), afterSecond); // the newer data is kept
    QVERIFY(first->reload());
    QVERIFY(first->content().project(QStringLiteral("from-second")));
    QVERIFY(!first->content().project(QStringLiteral("from-first")));
    QVERIFY(first->content().addProject(QStringLiteral("from-first")));
    QVERIFY(first->save());
    QCOMPARE(*second->hasChangedOnDisk(), true);
}

void TestVault::busyLockIsReported()
{
    const QString path = copyOfSample(QStringLiteral("busy.sbvault"));
    auto vault = Vault::openWithKey(path, m_key);
    QVERIFY(vault);
    {
        auto held = VaultWriteLock::acquire(path, 0);
        QVERIFY(held);
        auto saved = vault->save(0);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, ErrorKind::VaultBusy);
    }
    QVERIFY(vault->save(0));
}

void TestVault::lockLeftByAKilledWriterIsCleared()
{
    // A writer killed right after creating the lock file leaves it empty;
    // QLockFile alone would wait 30 s before calling it stale.
    const QString path = copyOfSample(QStringLiteral("empty-lock.sbvault"));
    auto vault = Vault::openWithKey(path, m_key);
    QVERIFY(vault);
    QVERIFY(writeAll(Vault::lockPath(path), QByteArray()));
    auto busy = vault->save(0); // a fresh empty file may be a writer at work
    QVERIFY(!busy);
    QCOMPARE(busy.error().kind, ErrorKind::VaultBusy);
    QFile lock(Vault::lockPath(path));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
    lock.close();
    QVERIFY(vault->save(0));
    QVERIFY(!QFile::exists(Vault::lockPath(path)));
}

void TestVault::reloadAfterExternalChange()
{
    const QString path = copyOfSample(QStringLiteral("reload.sbvault"));
    auto vault = Vault::openWithKey(path, m_key);
    QVERIFY(vault);
    QCOMPARE(*vault->hasChangedOnDisk(), false);
    QVERIFY(vault->reload()); // nothing changed: same content
    QCOMPARE(dump(vault->content()), m_sampleDump);
}

void TestVault::changePassphrase()
{
    const QString path = copyOfSample(QStringLiteral("passwd.sbvault"));
    auto vault = Vault::openWithKey(path, m_key);
    QVERIFY(vault);
    QVERIFY(vault->changePassphrase("a completely new passphrase", fastestAllowedKdf()));
    QVERIFY(readAll(path).mid(28, 32) != readAll(m_sample).mid(28, 32)); // new salt
    QCOMPARE(Vault::open(path, VaultPassphrase).error().kind, ErrorKind::WrongPassphrase);
    auto reopened = Vault::open(path, "a completely new passphrase");
    QVERIFY(reopened);
    QCOMPARE(dump(reopened->content()), m_sampleDump);
}

void TestVault::lockWipesContentAndKey()
{
    auto vault = Vault::openWithKey(m_sample, m_key);
    QVERIFY(vault && vault->isOpen());
    vault->lock();
    QVERIFY(!vault->isOpen());
    QVERIFY(vault->content().isEmpty());
    QVERIFY(vault->key().isNull());
    auto saved = vault->save();
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::VaultLocked);
}

void TestVault::calibrationNeverGoesBelowTheFloor()
{
    qint64 measured = 0;
    auto params = Kdf::calibrate(750, &measured);
    QVERIFY(params);
    QVERIFY(params->memoryKiB >= Kdf::MinimumMemoryKiB);
    QVERIFY(params->iterations >= Kdf::MinimumIterations);
    QVERIFY(params->parallelism >= Kdf::MinimumParallelism);
    QVERIFY(Kdf::checkBounds(*params));
    QVERIFY(measured > 0);
    qInfo("calibrated: %s, %lld ms", qPrintable(params->describe()), measured);
}

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
