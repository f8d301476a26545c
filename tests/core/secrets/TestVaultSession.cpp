// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "secrets/VaultSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test;

// The app's hold on the vault: unlocking off the UI thread, auto-lock on a
// ManualClock, changes saved at once, reloading after another writer.
class TestVaultSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createThenUnlock();
    void wrongPassphraseReportsFailure();
    void autoLockAfterInactivity();
    void activityPostponesAutoLock();
    void autoLockCanBeDisabled();
    void applySavesAndFailuresRollBack();
    void anotherWriterIsReloaded();
    void lockWipes();

private:
    bool unlock(VaultSession& session, const QByteArray& passphrase = VaultPassphrase);

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
};

void TestVaultSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("session.sbvault"));
    QVERIFY(Vault::create(m_path, VaultPassphrase, fastestAllowedKdf(), sampleContent()));
}

void TestVaultSession::init()
{
    Clock::setInstance(&m_clock);
}

void TestVaultSession::cleanup()
{
    Clock::setInstance(nullptr);
}

bool TestVaultSession::unlock(VaultSession& session, const QByteArray& passphrase)
{
    QSignalSpy unlocked(&session, &VaultSession::unlocked);
    session.unlock(SecureBuffer::copyOf(passphrase));
    return unlocked.wait(30000);
}

void TestVaultSession::createThenUnlock()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sbvault"));
    VaultSession session;
    session.setPath(path);
    QCOMPARE(session.state(), VaultSession::State::NoVault);
    QSignalSpy unlocked(&session, &VaultSession::unlocked);
    session.create(SecureBuffer::copyOf("a new passphrase"), fastestAllowedKdf());
    QCOMPARE(session.state(), VaultSession::State::Busy);
    QVERIFY(unlocked.wait(30000));
    QCOMPARE(session.state(), VaultSession::State::Unlocked);
    QVERIFY(session.content() && session.content()->isEmpty());
    session.lock();
    QCOMPARE(session.state(), VaultSession::State::Locked);
    QVERIFY(!session.content());
    QVERIFY(unlock(session, "a new passphrase"));
}

void TestVaultSession::wrongPassphraseReportsFailure()
{
    VaultSession session;
    session.setPath(m_path);
    QSignalSpy failed(&session, &VaultSession::failed);
    session.unlock(SecureBuffer::copyOf("wrong"));
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::WrongPassphrase);
    QCOMPARE(session.state(), VaultSession::State::Locked);
    QVERIFY(!session.content());
}

void TestVaultSession::autoLockAfterInactivity()
{
    VaultSession session;
    session.setPath(m_path);
    QCOMPARE(session.autoLockMinutes(), 5);
    QVERIFY(unlock(session));
    QSignalSpy locked(&session, &VaultSession::locked);
    m_clock.advance(5 * 60 * 1000 - 1);
    QVERIFY(session.isUnlocked());
    m_clock.advance(1);
    QVERIFY(!session.isUnlocked());
    QCOMPARE(locked.count(), 1);
    QCOMPARE(locked.first().first().value<VaultSession::LockReason>(), VaultSession::LockReason::Inactivity);
    QVERIFY(!session.content());
}

void TestVaultSession::activityPostponesAutoLock()
{
    VaultSession session;
    session.setPath(m_path);
    session.setAutoLockMinutes(2);
    QVERIFY(unlock(session));
    for (int i = 0; i < 5; ++i) {
        m_clock.advance(100 * 1000);
        session.noteActivity();
    }
    QVERIFY(session.isUnlocked());
    QCOMPARE(session.autoLockRemainingMs(), 120000);
    m_clock.advance(120 * 1000);
    QVERIFY(!session.isUnlocked());
}

void TestVaultSession::autoLockCanBeDisabled()
{
    VaultSession session;
    session.setPath(m_path);
    session.setAutoLockMinutes(0);
    QVERIFY(unlock(session));
    m_clock.advance(24 * 3600 * 1000);
    QVERIFY(session.isUnlocked());
    QCOMPARE(session.autoLockRemainingMs(), -1);
}

void TestVaultSession::applySavesAndFailuresRollBack()
{
    const QString path = m_dir.filePath(QStringLiteral("apply.sbvault"));
    QFile::copy(m_path, path);
    VaultSession session;
    session.setPath(path);
    QVERIFY(unlock(session));
    QSignalSpy changed(&session, &VaultSession::contentChanged);
    QVERIFY(session.apply([](VaultContent& c) { return c.addProject(QStringLiteral("added")); }));
    QCOMPARE(changed.count(), 1);
    auto reopened = Vault::openWithKey(path, session.vault()->key());
    QVERIFY(reopened && reopened->content().project(QStringLiteral("added")));
    // A failing change leaves nothing behind, in memory or on disk.
    const QByteArray before = readAll(path);
    auto failed = session.apply([](VaultContent& c) -> Status {
        (void)c.addProject(QStringLiteral("half-done"));
        return fail(ErrorKind::Usage, QStringLiteral("no"));
    });
    QVERIFY(!failed);
    QVERIFY(!session.content()->project(QStringLiteral("half-done")));
    QCOMPARE(readAll(path), before);
}

void TestVaultSession::anotherWriterIsReloaded()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sbvault"));
    QFile::copy(m_path, path);
    VaultSession session;
    session.setPath(path);
    QVERIFY(unlock(session));
    // The CLI (another writer) adds a project.
    auto other = Vault::openWithKey(path, session.vault()->key());
    QVERIFY(other);
    QVERIFY(other->content().addProject(QStringLiteral("from-cli")));
    QVERIFY(other->save());
    QSignalSpy reloaded(&session, &VaultSession::reloaded);
    // Our next change applies on top of the newer content; nothing is lost.
    QVERIFY(session.apply([](VaultContent& c) { return c.addProject(QStringLiteral("from-app")); }));
    QCOMPARE(reloaded.count(), 1);
    auto onDisk = Vault::openWithKey(path, session.vault()->key());
    QVERIFY(onDisk->content().project(QStringLiteral("from-cli")));
    QVERIFY(onDisk->content().project(QStringLiteral("from-app")));
    // Without a change of ours, the file watcher reloads by itself.
    QVERIFY(other->reload());
    QVERIFY(other->content().addProject(QStringLiteral("second-from-cli")));
    QVERIFY(other->save());
    QVERIFY(reloaded.wait(10000));
    QVERIFY(session.content()->project(QStringLiteral("second-from-cli")));
}

void TestVaultSession::lockWipes()
{
    VaultSession session;
    session.setPath(m_path);
    QVERIFY(unlock(session));
    QSignalSpy locked(&session, &VaultSession::locked);
    session.lock(VaultSession::LockReason::SessionLocked);
    QCOMPARE(locked.count(), 1);
    QVERIFY(!session.content());
    QVERIFY(!session.vault());
    QCOMPARE(session.apply([](VaultContent&) { return Status {}; }).error().kind, ErrorKind::VaultLocked);
    session.lock(); // twice is harmless and silent
    QCOMPARE(locked.count(), 1);
}

QTEST_GUILESS_MAIN(TestVaultSession)
#include "TestVaultSession.moc"
