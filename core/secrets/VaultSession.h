#pragma once

#include "common/Countdown.h"
#include "common/Error.h"
#include "secrets/Kdf.h"
#include "secrets/Vault.h"

#include <QFileSystemWatcher>
#include <QObject>

#include <functional>
#include <optional>

namespace sb {

// The app's hold on one vault: unlocking and creating off the UI thread (the
// KDF takes about a second), every change saved at once, reloading when
// another program (the CLI, a second window) saved the file, and locking --
// by hand, after inactivity (sb::Countdown, so tests drive it with a
// ManualClock), or when the desktop session locks. Locking wipes the
// decrypted content and the derived key.
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

private:
    void setState(State state);
    void startWorker(std::function<Result<Vault>()> work);
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
};

} // namespace sb
