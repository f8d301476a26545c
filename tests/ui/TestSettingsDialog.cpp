// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"
#include "Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsCurrentValues();
    void okStoresWhatWasTyped();
    void cancelStoresNothing();
    void invalidBackendUrlDisablesOk();
    void restoreDefaults();
    void everyInputHasAnAccessibleName();
    void themesChangeThePalette();

private:
    QString ini(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {
QPushButton* button(QDialog& dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox*>()->button(which);
}
} // namespace

void TestSettingsDialog::showsCurrentValues()
{
    Settings settings(ini(QStringLiteral("show.ini")));
    settings.setAutoLockMinutes(17);
    settings.setTheme(Settings::Theme::Dark);
    SettingsDialog dialog(settings);
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))->value(), 17);
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("theme"))->currentData().toInt(),
             int(Settings::Theme::Dark));
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassphrase"))->isChecked());
}

void TestSettingsDialog::okStoresWhatWasTyped()
{
    Settings settings(ini(QStringLiteral("ok.ini")));
    SettingsDialog dialog(settings);
    dialog.show();
    auto* clipboard = dialog.findChild<QSpinBox*>(QStringLiteral("clipboardSeconds"));
    clipboard->selectAll();
    QTest::keyClicks(clipboard, QStringLiteral("45"));
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("backendUrl"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://localhost:5000/webhook"));
    QTest::mouseClick(dialog.findChild<QCheckBox*>(QStringLiteral("lockOnSessionLock")), Qt::LeftButton);
    dialog.findChild<QComboBox*>(QStringLiteral("theme"))->setCurrentIndex(1);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.clipboardClearSeconds(), 45);
    QCOMPARE(settings.backendUrl(), QUrl(QStringLiteral("http://localhost:5000/webhook")));
    QVERIFY(!settings.lockOnSessionLock());
    QCOMPARE(settings.theme(), Settings::Theme::Light);
}

void TestSettingsDialog::cancelStoresNothing()
{
    Settings settings(ini(QStringLiteral("cancel.ini")));
    SettingsDialog dialog(settings);
    dialog.findChild<QSpinBox*>(QStringLiteral("revealSeconds"))->setValue(99);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(settings.revealSeconds(), 30);
}

void TestSettingsDialog::invalidBackendUrlDisablesOk()
{
    Settings settings(ini(QStringLiteral("url.ini")));
    SettingsDialog dialog(settings);
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("backendUrl"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("not a url"));
    QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://hooks.example.test/port"));
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
}

void TestSettingsDialog::restoreDefaults()
{
    Settings settings(ini(QStringLiteral("defaults.ini")));
    settings.setAutoLockMinutes(60);
    settings.setRememberPassphraseInKeyring(true);
    SettingsDialog dialog(settings);
    QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))->value(), 5);
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassphrase"))->isChecked());
    QCOMPARE(settings.autoLockMinutes(), 60); // nothing stored before OK
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(settings.autoLockMinutes(), 5);
    QVERIFY(!settings.rememberPassphraseInKeyring());
}

void TestSettingsDialog::everyInputHasAnAccessibleName()
{
    Settings settings(ini(QStringLiteral("a11y.ini")));
    SettingsDialog dialog(settings);
    const QList<QWidget*> inputs = dialog.findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* widget : inputs) {
        if (qobject_cast<QSpinBox*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QCheckBox*>(widget) || qobject_cast<QComboBox*>(widget)) {
            if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QAbstractSpinBox*>(widget->parentWidget())) {
                continue; // a spin box's own editor
            }
            if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QComboBox*>(widget->parentWidget())) {
                continue; // a combo box's own editor
            }
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestSettingsDialog::themesChangeThePalette()
{
    Theme::apply(Settings::Theme::Dark);
    QVERIFY(Theme::isDark());
    Theme::apply(Settings::Theme::Light);
    QVERIFY(!Theme::isDark());
    Theme::apply(Settings::Theme::System);
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
