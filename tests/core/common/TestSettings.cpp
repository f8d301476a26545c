// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void persistsAcrossInstances();
    void clampsOutOfRangeValues_data();
    void clampsOutOfRangeValues();
    void handEditedGarbageFallsBack();
    void recentFiles();
    void restoreDefaultsKeepsRecentFiles();
    void changedOnlyOnRealChange();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void TestSettings::defaults()
{
    Settings settings(m_dir.filePath(QStringLiteral("fresh.ini")));
    QCOMPARE(settings.clipboardClearSeconds(), 30);
    QCOMPARE(settings.revealSeconds(), 30);
    QCOMPARE(settings.autoLockMinutes(), 5);
    QVERIFY(settings.lockOnSessionLock());
    QCOMPARE(settings.backendUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    QCOMPARE(settings.backendTimeoutSeconds(), 15);
    QCOMPARE(settings.editorFontFamily(), QString());
    QCOMPARE(settings.editorFontSize(), 10);
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QCOMPARE(settings.kdfTargetMilliseconds(), 750);
    QVERIFY(!settings.rememberPassphraseInKeyring()); // opt-in only
}

void TestSettings::persistsAcrossInstances()
{
    {
        Settings settings(path());
        settings.setClipboardClearSeconds(45);
        settings.setRevealSeconds(10);
        settings.setAutoLockMinutes(15);
        settings.setLockOnSessionLock(false);
        settings.setBackendUrl(QUrl(QStringLiteral("http://localhost:9000/hook")));
        settings.setBackendTimeoutSeconds(12);
        settings.setEditorFontFamily(QStringLiteral("DejaVu Sans Mono"));
        settings.setEditorFontSize(13);
        settings.setTheme(Settings::Theme::Dark);
        settings.setKdfTargetMilliseconds(1000);
        settings.setRememberPassphraseInKeyring(true);
        settings.sync();
    }
    Settings settings(path());
    QCOMPARE(settings.clipboardClearSeconds(), 45);
    QCOMPARE(settings.revealSeconds(), 10);
    QCOMPARE(settings.autoLockMinutes(), 15);
    QVERIFY(!settings.lockOnSessionLock());
    QCOMPARE(settings.backendUrl(), QUrl(QStringLiteral("http://localhost:9000/hook")));
    QCOMPARE(settings.backendTimeoutSeconds(), 12);
    QCOMPARE(settings.editorFontFamily(), QStringLiteral("DejaVu Sans Mono"));
    QCOMPARE(settings.editorFontSize(), 13);
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(settings.kdfTargetMilliseconds(), 1000);
    QVERIFY(settings.rememberPassphraseInKeyring());
}

void TestSettings::clampsOutOfRangeValues_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("stored");
    QTest::newRow("below") << 0 << 5;
    QTest::newRow("inside") << 42 << 42;
    QTest::newRow("above") << 100000 << 600;
}

void TestSettings::clampsOutOfRangeValues()
{
    QFETCH(int, requested);
    QFETCH(int, stored);
    Settings settings(path());
    settings.setClipboardClearSeconds(requested);
    QCOMPARE(settings.clipboardClearSeconds(), stored);
}

void TestSettings::handEditedGarbageFallsBack()
{
    const QString file = m_dir.filePath(QStringLiteral("garbage.ini"));
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[security]\nclipboardClearSeconds=soon\nautoLockMinutes=-3\n"
              "[formPreview]\nbackendUrl=ftp://nowhere\n[appearance]\ntheme=purple\n");
    ini.close();
    Settings settings(file);
    QCOMPARE(settings.clipboardClearSeconds(), 30);
    QCOMPARE(settings.autoLockMinutes(), 0); // clamped to the minimum, 0 = never
    QCOMPARE(settings.backendUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    QCOMPARE(settings.theme(), Settings::Theme::System);
}

void TestSettings::recentFiles()
{
    Settings settings(m_dir.filePath(QStringLiteral("recent.ini")));
    for (int i = 0; i < 15; ++i) {
        settings.addRecentFile(QStringLiteral("/tmp/file%1.json").arg(i));
    }
    settings.addRecentFile(QStringLiteral("/tmp/file10.json")); // moves to the front, no duplicate
    const QStringList recent = settings.recentFiles();
    QCOMPARE(recent.size(), Settings::MaximumRecentFiles);
    QCOMPARE(recent.first(), QStringLiteral("/tmp/file10.json"));
    QCOMPARE(recent.count(QStringLiteral("/tmp/file10.json")), 1);
    settings.clearRecentFiles();
    QVERIFY(settings.recentFiles().isEmpty());
}

void TestSettings::restoreDefaultsKeepsRecentFiles()
{
    Settings settings(m_dir.filePath(QStringLiteral("restore.ini")));
    settings.setAutoLockMinutes(60);
    settings.addRecentFile(QStringLiteral("/tmp/a.json"));
    settings.restoreDefaults();
    QCOMPARE(settings.autoLockMinutes(), 5);
    QCOMPARE(settings.recentFiles(), QStringList { QStringLiteral("/tmp/a.json") });
}

void TestSettings::changedOnlyOnRealChange()
{
    Settings settings(m_dir.filePath(QStringLiteral("signal.ini")));
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setRevealSeconds(20);
    settings.setRevealSeconds(20);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
