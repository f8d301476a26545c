// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Translations.h"

#include <QCoreApplication>
#include <QTest>

// The compiled English translation: built by every build, loaded by both
// applications, and its plural forms make "%n" messages read right.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pluralForms_data();
    void pluralForms();
    void otherTextsPassThrough();
};

void TestTranslations::initTestCase()
{
    QVERIFY(sb::installTranslations(*QCoreApplication::instance()));
}

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const QString form = QStringLiteral("sb::FormPreviewWorkspace");
    QTest::newRow("1 error") << form << QStringLiteral("%n error(s)") << 1 << QStringLiteral("1 error");
    QTest::newRow("0 errors") << form << QStringLiteral("%n error(s)") << 0 << QStringLiteral("0 errors");
    QTest::newRow("3 warnings") << form << QStringLiteral("%n warning(s)") << 3
                                << QStringLiteral("3 warnings");
    QTest::newRow("1 secret") << form << QStringLiteral("Request ready: %n secret(s) encrypted.") << 1
                              << QStringLiteral("Request ready: 1 secret encrypted.");
    QTest::newRow("2 lines") << QStringLiteral("sb::BatchPanel")
                             << QStringLiteral(". %n line(s) could not be read (line %1: %2)") << 2
                             << QStringLiteral(". 2 lines could not be read (line %1: %2)");
    QTest::newRow("1 byte") << QStringLiteral("sb::InspectorWorkspace")
                            << QStringLiteral("A readable envelope of %n bytes. Give a key to decrypt it.")
                            << 1
                            << QStringLiteral("A readable envelope of 1 byte. Give a key to decrypt it.");
    QTest::newRow("1 second") << QStringLiteral("sb::SecretTextView")
                              << QStringLiteral("Hidden. Reveal to show it for %n seconds.") << 1
                              << QStringLiteral("Hidden. Reveal to show it for 1 second.");
    QTest::newRow("30 seconds") << QStringLiteral("sb::SecretField")
                                << QStringLiteral("Copy (the clipboard is cleared after %n seconds)") << 30
                                << QStringLiteral("Copy (the clipboard is cleared after 30 seconds)");
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(
        QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n),
        expected);
}

void TestTranslations::otherTextsPassThrough()
{
    // English is the source language: messages without %n are their own translation.
    QCOMPARE(QCoreApplication::translate("sb::AesGcm", "AES-GCM encryption failed."),
             QStringLiteral("AES-GCM encryption failed."));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
