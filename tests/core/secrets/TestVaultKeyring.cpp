// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsTestSupport.h"
#include "TestSupport.h"
#include "secrets/Keyring.h"
#include "secrets/VaultSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::test;

// "Remember the vault passphrase in the system keyring", end to end: the
// session stores it after an unlock, unlocks with it, follows a passphrase
// change (in the app and in `vault passwd`) and forgets it. Runs twice, like
// TestKeyring: inside run-with-keyring.sh against a real Secret Service
// (gnome-keyring in a private D-Bus session), and with no session bus, where
// every keyring step must fail with a clear message and nothing else.
class TestVaultKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void rememberUnlockChangeForget();
    void stalePassphraseIsReported();
    void offByDefaultStoresNothing();
    void cliPasswdUpdatesTheStoredPassphrase();
    void noKeyringIsAClearMessage();

private:
    static bool haveKeyring()
    {
        return qEnvironmentVariable("SECRETBENCH_TEST_KEYRING") == QLatin1String("1");
    }
    static QString skipReason()
    {
        return QStringLiteral(
            "SKIPPED: no Secret Service here (dbus-run-session and gnome-keyring-daemon are "
            "needed; the TestVaultKeyringService run has them)");
    }
    bool unlock(VaultSession& session, const QByteArray& passphrase);
    Result<SecureBuffer> stored();
    Status store(const QByteArray& passphrase);

    QTemporaryDir m_dir;
    QString m_path;
    Keyring m_keyring;
};

namespace {
template<typename T>
std::optional<T> wait(const std::function<void(std::function<void(T)>)>& start)
{
    // Polls the event loop until the keyring answers (a deadline, not a delay).
    std::optional<T> result;
    start([&result](T value) { result.emplace(std::move(value)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return result;
}
} // namespace

void TestVaultKeyring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("keyring.sbvault"));
    QVERIFY(Vault::create(m_path, VaultPassphrase, fastestAllowedKdf(), sampleContent()));
}

void TestVaultKeyring::init()
{
    if (haveKeyring()) {
        // Every case starts with nothing stored for the vault.
        auto removed
            = wait<Status>([this](auto done) { m_keyring.remove(Keyring::entryForVault(m_path), done); });
        QVERIFY(removed && *removed);
    }
}

bool TestVaultKeyring::unlock(VaultSession& session, const QByteArray& passphrase)
{
    QSignalSpy unlocked(&session, &VaultSession::unlocked);
    session.unlock(SecureBuffer::copyOf(passphrase));
    return unlocked.wait(30000);
}

Result<SecureBuffer> TestVaultKeyring::stored()
{
    auto loaded = wait<Result<SecureBuffer>>(
        [this](auto done) { m_keyring.load(Keyring::entryForVault(m_path), done); });
    if (!loaded) {
        return fail(ErrorKind::Cancelled, QStringLiteral("the keyring did not answer"));
    }
    return std::move(*loaded);
}

Status TestVaultKeyring::store(const QByteArray& passphrase)
{
    auto done = wait<Status>([&](auto callback) {
        m_keyring.store(Keyring::entryForVault(m_path), SecureBuffer::copyOf(passphrase), callback);
    });
    return done.value_or(fail(ErrorKind::Cancelled, QStringLiteral("the keyring did not answer")));
}

void TestVaultKeyring::rememberUnlockChangeForget()
{
    if (!haveKeyring()) {
        QSKIP(qPrintable(skipReason()));
    }
    VaultSession session;
    session.setPath(m_path);
    session.setKeyring(&m_keyring);
    session.setRememberPassphrase(true);
    QVERIFY(session.remembersPassphrase());

    // A successful unlock stores the passphrase.
    QSignalSpy storedSpy(&session, &VaultSession::passphraseStored);
    QVERIFY(unlock(session, VaultPassphrase));
    QVERIFY(storedSpy.wait(20000));
    auto kept = stored();
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
    QVERIFY(kept->constantTimeEquals(VaultPassphrase));

    // Opening the vault tries the keyring first.
    session.lock();
    QSignalSpy unlocked(&session, &VaultSession::unlocked);
    session.unlockWithKeyring();
    QVERIFY(unlocked.wait(30000));
    QVERIFY(session.isUnlocked());

    // Changing the passphrase updates the stored one.
    const QByteArray next("the next passphrase, changed in the app");
    QVERIFY(session.changePassphrase(SecureBuffer::copyOf(next)));
    QVERIFY(storedSpy.wait(20000));
    QVERIFY(stored()->constantTimeEquals(next));
    session.lock();
    session.unlockWithKeyring();
    QVERIFY(unlocked.wait(30000));

    // Turning the setting off removes it; the keyring then has nothing to offer.
    QSignalSpy forgotten(&session, &VaultSession::passphraseForgotten);
    session.setRememberPassphrase(false);
    QVERIFY(forgotten.wait(20000));
    QCOMPARE(stored().error().kind, ErrorKind::NotFound);
    session.lock();
    QSignalSpy failed(&session, &VaultSession::keyringFailed);
    session.unlockWithKeyring();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::NotFound);
    QCOMPARE(session.state(), VaultSession::State::Locked);

    // Forget removes it while the setting stays on; put the passphrase back for the other cases.
    QVERIFY(unlock(session, next));
    session.setRememberPassphrase(true);
    QVERIFY(session.changePassphrase(SecureBuffer::copyOf(VaultPassphrase)));
    QVERIFY(storedSpy.wait(20000));
    session.forgetStoredPassphrase();
    QVERIFY(forgotten.wait(20000));
    QCOMPARE(stored().error().kind, ErrorKind::NotFound);
}

void TestVaultKeyring::stalePassphraseIsReported()
{
    if (!haveKeyring()) {
        QSKIP(qPrintable(skipReason()));
    }
    QVERIFY(store("a passphrase that was changed since"));
    VaultSession session;
    session.setPath(m_path);
    session.setKeyring(&m_keyring);
    session.setRememberPassphrase(true);
    QSignalSpy failed(&session, &VaultSession::failed);
    session.unlockWithKeyring();
    QVERIFY(failed.wait(30000));
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::WrongPassphrase);
    QVERIFY2(error.message.contains(QStringLiteral("stored in the system keyring no longer opens")),
             qPrintable(error.message));
    QCOMPARE(session.state(), VaultSession::State::Locked);
}

void TestVaultKeyring::offByDefaultStoresNothing()
{
    if (!haveKeyring()) {
        QSKIP(qPrintable(skipReason()));
    }
    VaultSession session;
    session.setPath(m_path);
    session.setKeyring(&m_keyring);
    QVERIFY(!session.remembersPassphrase());
    QSignalSpy storedSpy(&session, &VaultSession::passphraseStored);
    QVERIFY(unlock(session, VaultPassphrase));
    QCOMPARE(stored().error().kind, ErrorKind::NotFound);
    QCOMPARE(storedSpy.count(), 0);
}

void TestVaultKeyring::cliPasswdUpdatesTheStoredPassphrase()
{
    if (!haveKeyring()) {
        QSKIP(qPrintable(skipReason()));
    }
    const QString path = m_dir.filePath(QStringLiteral("cli.sbvault"));
    QVERIFY(Vault::create(path, VaultPassphrase, fastestAllowedKdf()));
    const QString oldFile = m_dir.filePath(QStringLiteral("old"));
    const QString newFile = m_dir.filePath(QStringLiteral("new"));
    QVERIFY(writeAll(oldFile, VaultPassphrase + "\n"));
    QVERIFY(writeAll(newFile, "changed with vault passwd\n"));
    const QStringList passwd { QStringLiteral("vault"), QStringLiteral("passwd"), QStringLiteral("--vault"),
                               path };
    // Nothing stored: nothing is created.
    ProcessResult r = runCli(passwd
                             + QStringList { QStringLiteral("--passphrase-file"), oldFile,
                                             QStringLiteral("--new-passphrase-file"), newFile });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto none
        = wait<Result<SecureBuffer>>([&](auto done) { m_keyring.load(Keyring::entryForVault(path), done); });
    QCOMPARE(none->error().kind, ErrorKind::NotFound);
    // Stored: replaced by the new passphrase.
    auto put = wait<Status>([&](auto done) {
        m_keyring.store(Keyring::entryForVault(path), SecureBuffer::copyOf("changed with vault passwd"),
                        done);
    });
    QVERIFY(put && *put);
    r = runCli(passwd
               + QStringList { QStringLiteral("--passphrase-file"), newFile,
                               QStringLiteral("--new-passphrase-file"), oldFile });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("system keyring was updated"), r.err.constData());
    QVERIFY(!r.err.contains(VaultPassphrase));
    auto updated
        = wait<Result<SecureBuffer>>([&](auto done) { m_keyring.load(Keyring::entryForVault(path), done); });
    QVERIFY(updated && *updated);
    QVERIFY((*updated)->constantTimeEquals(VaultPassphrase));
    wait<Status>([&](auto done) { m_keyring.remove(Keyring::entryForVault(path), done); });
}

void TestVaultKeyring::noKeyringIsAClearMessage()
{
    if (haveKeyring()) {
        QSKIP("SKIPPED here: the plain TestVaultKeyring run (no session bus) checks this case");
    }
    VaultSession session;
    session.setPath(m_path);
    session.setKeyring(&m_keyring);
    session.setRememberPassphrase(true);
    // Unlocking still works; storing fails with a message that says why.
    QSignalSpy failed(&session, &VaultSession::keyringFailed);
    QVERIFY(unlock(session, VaultPassphrase));
    QVERIFY(failed.wait(20000));
    const QString message = failed.first().first().value<Error>().message;
    QVERIFY2(message.contains(QStringLiteral("No system keyring is available")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("never stores it anywhere else")));
    QVERIFY(session.isUnlocked());
    // Opening with the keyring falls back to asking, with the same clear message.
    session.lock();
    failed.clear();
    session.unlockWithKeyring();
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("No system keyring")));
    QCOMPARE(session.state(), VaultSession::State::Locked);
    // vault passwd does not fail or complain for want of a keyring.
    const QString file = m_dir.filePath(QStringLiteral("p"));
    QVERIFY(writeAll(file, VaultPassphrase + "\n"));
    const ProcessResult r = runCli({ QStringLiteral("vault"), QStringLiteral("passwd"),
                                     QStringLiteral("--vault"), m_path, QStringLiteral("--passphrase-file"),
                                     file, QStringLiteral("--new-passphrase-file"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.err.contains("keyring"));
}

QTEST_MAIN(TestVaultKeyring)
#include "TestVaultKeyring.moc"
