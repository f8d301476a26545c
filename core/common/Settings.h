// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSettings;

namespace sb {

// The application's preferences, stored with QSettings. Every value has a
// default and a valid range; setters clamp, so a hand-edited file can never
// put the application into a nonsensical state.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    struct Limits
    {
        int minimum;
        int maximum;
        int fallback;
    };
    static constexpr Limits ClipboardClearSeconds { 5, 600, 30 };
    static constexpr Limits RevealSeconds { 5, 600, 30 };
    static constexpr Limits AutoLockMinutes { 0, 240, 5 }; // 0: never
    static constexpr Limits BackendTimeoutSeconds { 1, 600, 15 };
    static constexpr Limits EditorFontSize { 6, 48, 10 };
    static constexpr Limits KdfTargetMilliseconds { 500, 5000, 750 };
    static constexpr int MaximumRecentFiles = 10;

    // The application-wide instance (QSettings' default location).
    static Settings& instance();
    // A store of its own (tests, or a portable configuration file).
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    int revealSeconds() const;
    void setRevealSeconds(int seconds);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    bool lockOnSessionLock() const;
    void setLockOnSessionLock(bool lock);
    QUrl backendUrl() const;
    void setBackendUrl(const QUrl& url);
    int backendTimeoutSeconds() const;
    void setBackendTimeoutSeconds(int seconds);
    QString editorFontFamily() const; // empty: the system's fixed-width font
    void setEditorFontFamily(const QString& family);
    int editorFontSize() const;
    void setEditorFontSize(int points);
    Theme theme() const;
    void setTheme(Theme theme);
    int kdfTargetMilliseconds() const;
    void setKdfTargetMilliseconds(int milliseconds);
    bool rememberPassphraseInKeyring() const;
    void setRememberPassphraseInKeyring(bool remember);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void clearRecentFiles();

    // Puts every preference back to its default.
    void restoreDefaults();
    void sync();

Q_SIGNALS:
    void changed();

private:
    explicit Settings(std::unique_ptr<QSettings> storage);
    int boundedInt(const char* key, const Limits& limits) const;
    void setBoundedInt(const char* key, const Limits& limits, int value);
    void setValue(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> m_storage;
};

QString themeName(Settings::Theme theme);

} // namespace sb
