// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"
#include "common/Countdown.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;

class TestCountdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualClockDrivesExpiry();
    void stopAndRestart();
    void systemClockFires();
};

void TestCountdown::manualClockDrivesExpiry()
{
    ManualClock clock;
    Clock::setInstance(&clock);
    Countdown countdown;
    QSignalSpy expired(&countdown, &Countdown::expired);
    countdown.start(30000);
    QCOMPARE(countdown.remaining(), 30000);
    clock.advance(29999);
    QCOMPARE(expired.count(), 0);
    QCOMPARE(countdown.remaining(), 1);
    clock.advance(1);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!countdown.isActive());
    clock.advance(60000);
    QCOMPARE(expired.count(), 1); // single shot
    Clock::setInstance(nullptr);
}

void TestCountdown::stopAndRestart()
{
    ManualClock clock;
    Clock::setInstance(&clock);
    Countdown countdown;
    QSignalSpy expired(&countdown, &Countdown::expired);
    countdown.start(1000);
    clock.advance(500);
    countdown.start(1000); // restart pushes the deadline
    clock.advance(900);
    QCOMPARE(expired.count(), 0);
    countdown.stop();
    clock.advance(5000);
    QCOMPARE(expired.count(), 0);
    QCOMPARE(countdown.remaining(), -1);
    Clock::setInstance(nullptr);
}

void TestCountdown::systemClockFires()
{
    Countdown countdown;
    QSignalSpy expired(&countdown, &Countdown::expired);
    countdown.start(10);
    QVERIFY(expired.wait(5000));
}

QTEST_GUILESS_MAIN(TestCountdown)
#include "TestCountdown.moc"
