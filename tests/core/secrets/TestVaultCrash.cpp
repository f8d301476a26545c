// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "TestSupport.h"
#include "secrets/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sb;
using namespace sb::test;

// A writer killed with SIGKILL at random moments during 200 saves never
// leaves a vault that fails to open: it holds the last completed save or the
// one in progress, and the backup opens too.
class TestVaultCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterNeverBreaksTheVault();
};

namespace {

int counterIn(const Vault& vault)
{
    auto secret = vault.content().findSecret(QStringLiteral("crash"), QStringLiteral("COUNTER"));
    if (!secret) {
        return -1;
    }
    const QByteArray value((*secret)->current().value.chars(), (*secret)->current().value.size());
    return value.mid(6).split('x').first().toInt();
}

} // namespace

void TestVaultCrash::killedWriterNeverBreaksTheVault()
{
    // A kill tests atomicity, not durability (fsync matters only for power
    // loss): RAM-backed /dev/shm, where there is one, keeps 200 synced saves fast.
    const QString shm = QStringLiteral("/dev/shm");
    QTemporaryDir dir(QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
                          ? shm + QStringLiteral("/TestVaultCrash-XXXXXX")
                          : QString());
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sbvault"));
    const QString passphraseFile = dir.filePath(QStringLiteral("passphrase"));
    QVERIFY(writeAll(passphraseFile, VaultPassphrase));
    VaultContent content;
    QVERIFY(content.addProject(QStringLiteral("crash")));
    QVERIFY(content.setSecret(QStringLiteral("crash"), QStringLiteral("COUNTER"),
                              ProjectSecretType::JwtSecret, "value-0"));
    auto created = Vault::create(path, VaultPassphrase, fastestAllowedKdf(), std::move(content));
    QVERIFY(created);
    const VaultKey key = created->key().clone();
    created->lock();

    constexpr int TotalSaves = 200;
    QRandomGenerator random(20260101);
    int completed = 0; // the last save the writer reported as done
    int kills = 0;
    while (completed < TotalSaves) {
        QProcess writer;
        writer.start(QStringLiteral(SECRETBENCH_VAULT_WRITER),
                     { path, passphraseFile, QString::number(completed + 1),
                       QString::number(TotalSaves - completed) });
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(30000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
        // Ask for a random number of saves, let half of them complete, and
        // kill it a random number of microseconds later: inside one of the
        // remaining saves, or between two.
        const int saves = std::min(int(random.bounded(2, 14)), TotalSaves - completed);
        writer.write(QByteArray(saves, '\n'));
        writer.waitForBytesWritten();
        for (int done = 0; done < saves / 2;) {
            if (!writer.canReadLine() && !writer.waitForReadyRead(30000)) {
                QVERIFY2(writer.state() == QProcess::NotRunning, "the writer stopped answering");
                break;
            }
            while (writer.canReadLine()) {
                completed = writer.readLine().trimmed().toInt();
                ++done;
            }
        }
        QThread::usleep(random.bounded(0, 2000));
        // It must still be at work: a writer that gave up (a lock it could
        // not take, an error) would make this test pass for the wrong reason.
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        writer.kill(); // SIGKILL on Unix; QProcess never signals a pid it no longer owns
        ++kills;
        writer.waitForFinished(30000);
        while (writer.canReadLine()) {
            completed = std::max(completed, writer.readLine().trimmed().toInt());
        }

        auto vault = Vault::openWithKey(path, key);
        QVERIFY2(vault,
                 qPrintable(QStringLiteral("after kill %1 (save %2): %3")
                                .arg(kills)
                                .arg(completed)
                                .arg(vault ? QString() : vault.error().message)));
        const int counter = counterIn(*vault);
        QVERIFY2(
            counter == completed || counter == completed + 1,
            qPrintable(QStringLiteral("vault holds %1, last completed save %2").arg(counter).arg(completed)));
        completed = counter; // a save that landed before the kill counts
        if (QFile::exists(Vault::backupPath(path))) {
            auto backup = Vault::openWithKey(Vault::backupPath(path), key);
            QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
            QVERIFY(counterIn(*backup) <= counter); // equal when killed between backup and rename
        }
        // No plaintext and no stray files besides the backup's temporary link and the lock.
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
            QVERIFY2(!readAll(dir.filePath(name)).contains("value-"), qPrintable(name));
        }
    }
    QVERIFY2(kills >= 20, qPrintable(QString::number(kills)));
    qInfo("%d saves, writer killed %d times, vault intact every time", completed, kills);
}

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "TestVaultCrash.moc"
