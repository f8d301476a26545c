// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Countdown.h"
#include "common/Error.h"
#include "secrets/Kdf.h"
#include "secrets/Keyring.h"
#include "secrets/Vault.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sb {

// The app's hold on one vault: unlocking and creating off the UI thread (the
// KDF takes about a second), every change saved at once, reloading when
// another program (the CLI, a second window) saved the file, and locking --
// by hand, after inactivity (sb::Countdown, so tests drive it with a
// ManualClock), or when the desktop session locks. Locking wipes the
// decrypted content and the derived key. One session serves the whole
// application, so every workspace sees the same lock state.
//
// With a keyring and "remember the passphrase" on, a successful unlock,
// creation or passphrase change stores the passphrase in the system keyring
// (Keyring::entryForVault(path())), unlockWithKeyring() opens the vault with
// it, and turning the setting off removes it. Nothing is stored anywhere else.
class VaultSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoVault, // no file at path(): create one
        Locked,
        Busy, // deriving a key
        Unlocked,
    };
    Q_ENUM(State)

    enum class LockReason
    {
        Manual,
        Inactivity,
        SessionLocked,
        Closing,
    };
    Q_ENUM(LockReason)

    static constexpr int DefaultAutoLockMinutes = 5;

    explicit VaultSession(QObject* parent = nullptr);
    ~VaultSession() override;

    void setPath(const QString& path);
    const QString& path() const { return m_path; }
    State state() const { return m_state; }
    bool isUnlocked() const { return m_state == State::Unlocked; }

    // Both run the KDF on a worker thread and report with unlocked() or
    // failed(). Without `params`, creation calibrates them (Kdf::calibrate).
    void create(SecureBuffer passphrase, std::optional<KdfParams> params = std::nullopt);
    void unlock(SecureBuffer passphrase);
    void lock(LockReason reason = LockReason::Manual);

    // The decrypted content; nullptr while locked.
    const VaultContent* content() const;
    const Vault* vault() const;

    // Applies `change` and saves. When the file changed on disk, it is
    // reloaded first and the change applies to the newer content (reloaded()
    // tells the user); the change is undone in memory when saving fails.
    Status apply(const std::function<Status(VaultContent&)>& change);
    // Reloads when the file on disk is not the one we hold.
    Status reloadIfChanged();

    // A new passphrase (the KDF parameters stay), saved at once; the keyring
    // follows: updated when remembering, else any stored one is removed.
    Status changePassphrase(SecureBuffer passphrase);

    // The system keyring (not owned; nullptr: never used).
    void setKeyring(Keyring* keyring);
    // Turning it off removes a stored passphrase.
    void setRememberPassphrase(bool remember);
    bool remembersPassphrase() const { return m_remember && m_keyring; }
    // Unlocks with the passphrase stored in the keyring; keyringFailed() says
    // why when it cannot (nothing stored, no keyring), and the caller asks for
    // the passphrase instead.
    void unlockWithKeyring();
    // Removes the stored passphrase now.
    void forgetStoredPassphrase();

    void setAutoLockMinutes(int minutes); // 0 disables
    // How long unlocking a vault created here should take (Kdf::calibrate).
    void setKdfTargetMilliseconds(int milliseconds) { m_kdfTargetMs = milliseconds; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    // User input: restarts the inactivity countdown.
    void noteActivity();
    qint64 autoLockRemainingMs() const { return m_idle.remaining(); }

Q_SIGNALS:
    void stateChanged(sb::VaultSession::State state);
    void unlocked();
    void failed(const sb::Error& error);
    void locked(sb::VaultSession::LockReason reason);
    // The content changed (our change, or a reload).
    void contentChanged();
    // Another program changed the file and we reloaded it.
    void reloaded();
    void rememberPassphraseChanged(bool remember);
    // The keyring holds the passphrase now, or no longer.
    void passphraseStored();
    void passphraseForgotten();
    // A keyring operation failed; the message says why (no keyring, nothing stored, access refused).
    void keyringFailed(const sb::Error& error);

private:
    void setState(State state);
    void startWorker(std::function<Result<Vault>()> work);
    void startUnlock(SecureBuffer passphrase, bool fromKeyring);
    void storeInKeyring(const SecureBuffer& passphrase);
    void finishWorker(quint64 generation, Result<Vault> result);
    void watch();
    void onFileEvent();

    QString m_path;
    State m_state = State::NoVault;
    std::optional<Vault> m_vault;
    Countdown m_idle;
    int m_autoLockMinutes = DefaultAutoLockMinutes;
    int m_kdfTargetMs = 750;
    QFileSystemWatcher m_watcher;
    quint64 m_generation = 0;
    QPointer<Keyring> m_keyring;
    bool m_remember = false;
    // The passphrase of the unlock or creation under way, kept for the keyring
    // until it succeeds (only while remembering).
    std::shared_ptr<SecureBuffer> m_pendingPassphrase;
    bool m_unlockingFromKeyring = false;
};

} // namespace sb
