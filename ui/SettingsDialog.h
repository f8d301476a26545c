// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sb {

// Edits Settings. Nothing is stored until OK; Restore defaults fills the form
// with the defaults (still to be confirmed with OK).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    // Offered when a vault passphrase is stored in the system keyring.
    void setForgetPassphraseAvailable(bool available);

Q_SIGNALS:
    // The user asked to remove the stored vault passphrase from the keyring.
    void forgetPassphraseRequested();

private:
    void load(const Settings& settings);
    void loadDefaults();
    void save();
    bool backendUrlIsValid() const;

    Settings& m_settings;
    QSpinBox* m_clipboardSeconds;
    QSpinBox* m_revealSeconds;
    QSpinBox* m_autoLockMinutes;
    QCheckBox* m_lockOnSessionLock;
    QCheckBox* m_rememberPassphrase;
    QPushButton* m_forgetPassphrase;
    QLineEdit* m_backendUrl;
    QSpinBox* m_backendTimeout;
    QFontComboBox* m_fontFamily;
    QCheckBox* m_systemFont;
    QSpinBox* m_fontSize;
    QComboBox* m_theme;
    QSpinBox* m_kdfTarget;
    QPushButton* m_okButton;
};

} // namespace sb
