// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"
#include "common/Settings.h"
#include "widgets/ClipboardService.h"
#include "widgets/SecretField.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace sb;

class TestSecretField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void maskedByDefault();
    void revealAndRemaskAfterTimeout();
    void hideByHand();
    void copyGoesThroughClipboardService();
    void secretIsUtf8();
    void revealTimeoutFollowsSettings();

private:
    ManualClock m_clock;
};

void TestSecretField::init()
{
    Clock::setInstance(&m_clock);
}

void TestSecretField::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestSecretField::maskedByDefault()
{
    SecretField field;
    field.show();
    auto* edit = field.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, QStringLiteral("hunter2"));
    QCOMPARE(field.text(), QStringLiteral("hunter2"));
    QVERIFY(edit->displayText() != field.text());
    QVERIFY(!field.isRevealed());
    QCOMPARE(edit->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
}

void TestSecretField::revealAndRemaskAfterTimeout()
{
    SecretField field;
    field.setRevealTimeout(30);
    field.setText(QStringLiteral("hunter2"));
    auto* edit = field.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    auto* reveal = field.findChild<QToolButton*>(QStringLiteral("revealButton"));
    QSignalSpy changed(&field, &SecretField::revealedChanged);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(field.isRevealed());
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(edit->displayText(), QStringLiteral("hunter2"));
    m_clock.advance(29999);
    QVERIFY(field.isRevealed());
    m_clock.advance(1);
    QVERIFY(!field.isRevealed());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!reveal->isChecked());
    QCOMPARE(changed.count(), 2);
}

void TestSecretField::hideByHand()
{
    SecretField field;
    auto* reveal = field.findChild<QToolButton*>(QStringLiteral("revealButton"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!field.isRevealed());
    // The re-mask timer was cancelled: a later expiry changes nothing.
    QSignalSpy changed(&field, &SecretField::revealedChanged);
    m_clock.advance(60000);
    QCOMPARE(changed.count(), 0);
}

void TestSecretField::copyGoesThroughClipboardService()
{
    SecretField field;
    field.setText(QStringLiteral("copied-secret"));
    QSignalSpy copied(&ClipboardService::instance(), &ClipboardService::secretCopied);
    QTest::mouseClick(field.findChild<QToolButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("copied-secret"));
    QVERIFY(ClipboardService::instance().holdsOurSecret());
    ClipboardService::instance().clearIfOwned();
}

void TestSecretField::secretIsUtf8()
{
    SecretField field;
    field.setText(QStringLiteral("päss"));
    QCOMPARE(field.secret().view(), QByteArrayView("p\xc3\xa4ss"));
}

void TestSecretField::revealTimeoutFollowsSettings()
{
    Settings& settings = Settings::instance();
    const int saved = settings.revealSeconds();
    SecretField field;
    settings.setRevealSeconds(10);
    field.setRevealed(true);
    m_clock.advance(9999);
    QVERIFY(field.isRevealed());
    m_clock.advance(1);
    QVERIFY(!field.isRevealed());
    settings.setRevealSeconds(saved);
}

QTEST_MAIN(TestSecretField)
#include "TestSecretField.moc"
