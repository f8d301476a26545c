// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"
#include "widgets/ClipboardService.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace sb;

class TestClipboardService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secretIsMarkedConcealed();
    void clearedAfterTimeout();
    void leftAloneWhenSomethingElseWasCopied();
    void plainTextIsNotCleared();
    void clearedOnQuit();

private:
    ManualClock m_clock;
};

void TestClipboardService::init()
{
    Clock::setInstance(&m_clock);
    QApplication::clipboard()->clear();
    ClipboardService::instance().setClearTimeout(30);
}

void TestClipboardService::cleanup()
{
    ClipboardService::instance().clearIfOwned();
    Clock::setInstance(nullptr);
}

void TestClipboardService::secretIsMarkedConcealed()
{
    ClipboardService::instance().copySecret(QStringLiteral("s3cret"));
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("s3cret"));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
}

void TestClipboardService::clearedAfterTimeout()
{
    QSignalSpy cleared(&ClipboardService::instance(), &ClipboardService::cleared);
    ClipboardService::instance().copySecret(QStringLiteral("s3cret"));
    QCOMPARE(ClipboardService::instance().remaining(), 30000);
    m_clock.advance(29000);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("s3cret"));
    m_clock.advance(1000);
    QCOMPARE(QApplication::clipboard()->text(), QString());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!ClipboardService::instance().holdsOurSecret());
}

void TestClipboardService::leftAloneWhenSomethingElseWasCopied()
{
    QSignalSpy cleared(&ClipboardService::instance(), &ClipboardService::cleared);
    ClipboardService::instance().copySecret(QStringLiteral("s3cret"));
    // The user copies something else in another application.
    QApplication::clipboard()->setText(QStringLiteral("meeting notes"));
    m_clock.advance(30000);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("meeting notes"));
    QCOMPARE(cleared.count(), 0);
}

void TestClipboardService::plainTextIsNotCleared()
{
    ClipboardService::instance().copyText(QStringLiteral("{{ secrets.mongo }}"));
    m_clock.advance(120000);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("{{ secrets.mongo }}"));
}

void TestClipboardService::clearedOnQuit()
{
    ClipboardService::instance().copySecret(QStringLiteral("s3cret"));
    // aboutToQuit is a private signal: invoke it the way QCoreApplication::exit does.
    QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));
    QCOMPARE(QApplication::clipboard()->text(), QString());
}

QTEST_MAIN(TestClipboardService)
#include "TestClipboardService.moc"
