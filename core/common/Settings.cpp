// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>

namespace sb {

namespace {
constexpr auto ClipboardKey = "security/clipboardClearSeconds";
constexpr auto RevealKey = "security/revealSeconds";
constexpr auto AutoLockKey = "security/autoLockMinutes";
constexpr auto SessionLockKey = "security/lockOnSessionLock";
constexpr auto KeyringKey = "security/rememberPassphraseInKeyring";
constexpr auto KdfKey = "vault/kdfTargetMilliseconds";
constexpr auto BackendUrlKey = "formPreview/backendUrl";
constexpr auto BackendTimeoutKey = "formPreview/backendTimeoutSeconds";
constexpr auto FontFamilyKey = "appearance/editorFontFamily";
constexpr auto FontSizeKey = "appearance/editorFontSize";
constexpr auto ThemeKey = "appearance/theme";
constexpr auto RecentKey = "files/recent";
const QUrl DefaultBackend(QStringLiteral("http://127.0.0.1:8080/"));
} // namespace

Settings& Settings::instance()
{
    // SECRETBENCH_SETTINGS names an INI file to use instead of the user's
    // configuration: tests, screenshots and portable setups.
    static Settings settings(
        qEnvironmentVariableIsSet("SECRETBENCH_SETTINGS")
            ? std::make_unique<QSettings>(qEnvironmentVariable("SECRETBENCH_SETTINGS"), QSettings::IniFormat)
            // Named explicitly: the GUI and the CLI share one configuration.
            : std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                          QStringLiteral("SecretBench"), QStringLiteral("secretbench")));
    return settings;
}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_storage(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

Settings::Settings(std::unique_ptr<QSettings> storage)
    : m_storage(std::move(storage))
{ }

Settings::~Settings() = default;

int Settings::boundedInt(const char* key, const Limits& limits) const
{
    bool ok = false;
    const int value = m_storage->value(QLatin1String(key), limits.fallback).toInt(&ok);
    return ok ? std::clamp(value, limits.minimum, limits.maximum) : limits.fallback;
}

void Settings::setBoundedInt(const char* key, const Limits& limits, int value)
{
    setValue(key, std::clamp(value, limits.minimum, limits.maximum));
}

void Settings::setValue(const char* key, const QVariant& value)
{
    if (m_storage->value(QLatin1String(key)) == value) {
        return;
    }
    m_storage->setValue(QLatin1String(key), value);
    Q_EMIT changed();
}

int Settings::clipboardClearSeconds() const
{
    return boundedInt(ClipboardKey, ClipboardClearSeconds);
}

void Settings::setClipboardClearSeconds(int seconds)
{
    setBoundedInt(ClipboardKey, ClipboardClearSeconds, seconds);
}

int Settings::revealSeconds() const
{
    return boundedInt(RevealKey, RevealSeconds);
}

void Settings::setRevealSeconds(int seconds)
{
    setBoundedInt(RevealKey, RevealSeconds, seconds);
}

int Settings::autoLockMinutes() const
{
    return boundedInt(AutoLockKey, AutoLockMinutes);
}

void Settings::setAutoLockMinutes(int minutes)
{
    setBoundedInt(AutoLockKey, AutoLockMinutes, minutes);
}

bool Settings::lockOnSessionLock() const
{
    return m_storage->value(QLatin1String(SessionLockKey), true).toBool();
}

void Settings::setLockOnSessionLock(bool lock)
{
    setValue(SessionLockKey, lock);
}

QUrl Settings::backendUrl() const
{
    const QUrl url(m_storage->value(QLatin1String(BackendUrlKey)).toString(), QUrl::StrictMode);
    const bool usable = url.isValid()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
    return usable ? url : DefaultBackend;
}

void Settings::setBackendUrl(const QUrl& url)
{
    setValue(BackendUrlKey, url.toString());
}

int Settings::backendTimeoutSeconds() const
{
    return boundedInt(BackendTimeoutKey, BackendTimeoutSeconds);
}

void Settings::setBackendTimeoutSeconds(int seconds)
{
    setBoundedInt(BackendTimeoutKey, BackendTimeoutSeconds, seconds);
}

QString Settings::editorFontFamily() const
{
    return m_storage->value(QLatin1String(FontFamilyKey)).toString();
}

void Settings::setEditorFontFamily(const QString& family)
{
    setValue(FontFamilyKey, family);
}

int Settings::editorFontSize() const
{
    return boundedInt(FontSizeKey, EditorFontSize);
}

void Settings::setEditorFontSize(int points)
{
    setBoundedInt(FontSizeKey, EditorFontSize, points);
}

Settings::Theme Settings::theme() const
{
    const QString name = m_storage->value(QLatin1String(ThemeKey)).toString();
    if (name == QLatin1String("light")) {
        return Theme::Light;
    }
    if (name == QLatin1String("dark")) {
        return Theme::Dark;
    }
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    setValue(ThemeKey, themeName(theme));
}

int Settings::kdfTargetMilliseconds() const
{
    return boundedInt(KdfKey, KdfTargetMilliseconds);
}

void Settings::setKdfTargetMilliseconds(int milliseconds)
{
    setBoundedInt(KdfKey, KdfTargetMilliseconds, milliseconds);
}

bool Settings::rememberPassphraseInKeyring() const
{
    // Off unless the user turned it on.
    return m_storage->value(QLatin1String(KeyringKey), false).toBool();
}

void Settings::setRememberPassphraseInKeyring(bool remember)
{
    setValue(KeyringKey, remember);
}

QStringList Settings::recentFiles() const
{
    return m_storage->value(QLatin1String(RecentKey)).toStringList().mid(0, MaximumRecentFiles);
}

void Settings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    setValue(RecentKey, files.mid(0, MaximumRecentFiles));
}

void Settings::clearRecentFiles()
{
    setValue(RecentKey, QStringList());
}

void Settings::restoreDefaults()
{
    const QStringList recent = recentFiles();
    m_storage->clear();
    if (!recent.isEmpty()) {
        m_storage->setValue(QLatin1String(RecentKey), recent);
    }
    Q_EMIT changed();
}

void Settings::sync()
{
    m_storage->sync();
}

QString themeName(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::System:
        return QStringLiteral("system");
    case Settings::Theme::Light:
        return QStringLiteral("light");
    case Settings::Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

} // namespace sb
