// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace sb {

class SecretField;

// What the workspace shows while the vault is locked: create a vault (the
// passphrase twice; empty or different ones are refused) or unlock it.
class VaultUnlockPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Create,
        Unlock,
    };

    explicit VaultUnlockPage(QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setVaultPath(const QString& path, const QString& source);
    void setBusy(bool busy, const QString& message = {});
    void showError(const QString& message);
    void showNotice(const QString& message);
    // Empties every passphrase field.
    void clearFields();

    // What to do with an accepted passphrase. Callbacks, not signals: a
    // SecureBuffer moves, and queued signal arguments would need copies.
    using PassphraseHandler = std::function<void(SecureBuffer passphrase)>;
    void setHandlers(PassphraseHandler create, PassphraseHandler unlock);
    // Offers "Use the passphrase stored in the system keyring" while `available`.
    void setKeyringHandler(std::function<void()> unlockWithKeyring);
    void setKeyringAvailable(bool available);

private:
    void submitCreate();
    void submitUnlock();

    Mode m_mode = Mode::Unlock;
    PassphraseHandler m_create;
    PassphraseHandler m_unlock;
    std::function<void()> m_keyringUnlock;
    QLabel* m_heading;
    QLabel* m_path;
    QStackedWidget* m_forms;
    SecretField* m_newPassphrase;
    SecretField* m_repeatPassphrase;
    SecretField* m_passphrase;
    QPushButton* m_createButton;
    QPushButton* m_unlockButton;
    QPushButton* m_keyringButton;
    QLabel* m_error;
    QLabel* m_notice;
    QProgressBar* m_busy;
};

} // namespace sb
