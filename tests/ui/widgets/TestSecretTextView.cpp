// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"
#include "widgets/ClipboardService.h"
#include "widgets/SecretTextView.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sb;

class TestSecretTextView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void maskedUntilRevealed_data();
    void maskedUntilRevealed();
    void remasksAfterTimeout();
    void copyClearsAfterTimeout();
    void copyLeavesOtherClipboardAlone();

private:
    ManualClock m_clock;
};

void TestSecretTextView::init()
{
    Clock::setInstance(&m_clock);
    QApplication::clipboard()->clear();
}

void TestSecretTextView::cleanup()
{
    ClipboardService::instance().clearIfOwned();
    Clock::setInstance(nullptr);
}

void TestSecretTextView::maskedUntilRevealed_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("status");
    QTest::newRow("text") << QByteArray("hunter2\nsecond line") << "hunter2\nsecond line"
                          << "19 bytes, valid UTF-8";
    QTest::newRow("JSON, pretty") << QByteArray(R"({"user":"ops","n":[1,2]})")
                                  << "{\n  \"user\": \"ops\",\n  \"n\": [\n    1,\n    2\n  ]\n}"
                                  << "24 bytes, valid UTF-8, JSON";
    QTest::newRow("bytes") << QByteArray("\xff\x00\x41", 3) << "ff 00 41"
                           << "3 bytes, not valid UTF-8";
}

void TestSecretTextView::maskedUntilRevealed()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, shown);
    QFETCH(QString, status);
    SecretTextView view;
    view.show();
    view.setSecret(SecureBuffer::copyOf(value));
    QVERIFY(!view.isRevealed());
    QVERIFY(!view.displayedText().contains(shown));
    QVERIFY(view.displayedText().contains(QChar(0x2022)));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("secretStatus"))->text(), status);
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("revealButton")), Qt::LeftButton);
    QVERIFY(view.isRevealed());
    QCOMPARE(view.displayedText(), shown);
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("revealButton")), Qt::LeftButton);
    QVERIFY(!view.isRevealed());
    QVERIFY(!view.displayedText().contains(shown));
}

void TestSecretTextView::remasksAfterTimeout()
{
    SecretTextView view;
    view.setSecret(SecureBuffer::copyOf("s3cret-value"));
    QSignalSpy changed(&view, &SecretTextView::revealedChanged);
    view.setRevealed(true);
    QCOMPARE(view.displayedText(), QStringLiteral("s3cret-value"));
    m_clock.advance(29999);
    QVERIFY(view.isRevealed());
    m_clock.advance(1);
    QVERIFY(!view.isRevealed());
    QVERIFY(!view.displayedText().contains(QLatin1String("s3cret")));
    QCOMPARE(changed.count(), 2);
    view.clear();
    QVERIFY(!view.hasSecret());
    view.setRevealed(true);
    QVERIFY(!view.isRevealed());
}

void TestSecretTextView::copyClearsAfterTimeout()
{
    SecretTextView view;
    view.setSecret(SecureBuffer::copyOf(R"({"a":1})"));
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    // The exact value, not its pretty form, even while masked.
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral(R"({"a":1})"));
    m_clock.advance(29000);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral(R"({"a":1})"));
    m_clock.advance(1000);
    QCOMPARE(QApplication::clipboard()->text(), QString());
}

void TestSecretTextView::copyLeavesOtherClipboardAlone()
{
    SecretTextView view;
    view.setSecret(SecureBuffer::copyOf("s3cret-value"));
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    QApplication::clipboard()->setText(QStringLiteral("something else"));
    m_clock.advance(30000);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("something else"));
}

QTEST_MAIN(TestSecretTextView)
#include "TestSecretTextView.moc"
