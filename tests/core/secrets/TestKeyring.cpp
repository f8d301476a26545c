// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/Keyring.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;

// Runs against a real Secret Service: run-with-keyring.sh starts a private
// D-Bus session with gnome-keyring. Without one, the test says so and checks
// that the error is the clear "no keyring" message instead.
class TestKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeLoadRemove();
    void missingEntry();
    void noKeyringIsAClearError();

private:
    static bool haveKeyring()
    {
        return qEnvironmentVariable("SECRETBENCH_TEST_KEYRING") == QLatin1String("1");
    }
};

namespace {
Status waitStatus(const std::function<void(std::function<void(Status)>)>& start)
{
    std::optional<Status> result;
    start([&result](Status value) { result.emplace(std::move(value)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return result.value_or(fail(ErrorKind::Cancelled, QStringLiteral("timed out")));
}

Result<SecureBuffer> waitSecret(const std::function<void(std::function<void(Result<SecureBuffer>)>)>& start)
{
    std::optional<Result<SecureBuffer>> result;
    start([&result](Result<SecureBuffer> value) { result.emplace(std::move(value)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (!result) {
        return fail(ErrorKind::Cancelled, QStringLiteral("timed out"));
    }
    return std::move(*result);
}
} // namespace

void TestKeyring::storeLoadRemove()
{
    if (!haveKeyring()) {
        QSKIP("SKIPPED: no Secret Service here (dbus-run-session and gnome-keyring-daemon are needed; "
              "packaging/deps.sh --test installs them)");
    }
    Keyring keyring(QStringLiteral("SecretBench test"));
    const QString entry = Keyring::entryForVault(QStringLiteral("/tmp/keyring-test.sbvault"));
    QVERIFY(entry.startsWith(QStringLiteral("vault:/")));
    const SecureBuffer passphrase = SecureBuffer::copyOf("correct horse ✓ battery");
    auto stored = waitStatus([&](auto done) { keyring.store(entry, passphrase, done); });
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    auto loaded = waitSecret([&](auto done) { keyring.load(entry, done); });
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QVERIFY(loaded->constantTimeEquals(passphrase.view()));
    QVERIFY(waitStatus([&](auto done) { keyring.remove(entry, done); }));
    auto gone = waitSecret([&](auto done) { keyring.load(entry, done); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
}

void TestKeyring::missingEntry()
{
    if (!haveKeyring()) {
        QSKIP("SKIPPED: no Secret Service here (see storeLoadRemove)");
    }
    Keyring keyring(QStringLiteral("SecretBench test"));
    auto loaded = waitSecret([&](auto done) { keyring.load(QStringLiteral("vault:/never/stored"), done); });
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, ErrorKind::NotFound);
    // Removing what is not there is not an error.
    QVERIFY(waitStatus([&](auto done) { keyring.remove(QStringLiteral("vault:/never/stored"), done); }));
}

void TestKeyring::noKeyringIsAClearError()
{
    if (haveKeyring()) {
        QSKIP("SKIPPED here: the plain TestKeyring run (no session bus) checks this case");
    }
    Keyring keyring(QStringLiteral("SecretBench test"));
    auto stored = waitStatus(
        [&](auto done) { keyring.store(QStringLiteral("vault:/x"), SecureBuffer::copyOf("p"), done); });
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QStringLiteral("system keyring")),
             qPrintable(stored.error().message));
    QVERIFY(stored.error().message.contains(QStringLiteral("never stores it anywhere else"))
            || stored.error().message.contains(QStringLiteral("could not be stored")));
}

QTEST_GUILESS_MAIN(TestKeyring)
#include "TestKeyring.moc"
