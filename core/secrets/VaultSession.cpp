// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSession.h"

#include "crypto/Random.h"
#include "secrets/Keyring.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace sb {

VaultSession::VaultSession(QObject* parent)
    : QObject(parent)
{
    connect(&m_idle, &Countdown::expired, this, [this] { lock(LockReason::Inactivity); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &VaultSession::onFileEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &VaultSession::onFileEvent);
}

VaultSession::~VaultSession()
{
    ++m_generation; // a worker still running delivers to nobody
    if (m_vault) {
        m_vault->lock();
    }
}

void VaultSession::setPath(const QString& path)
{
    if (m_state == State::Unlocked || m_state == State::Busy) {
        lock(LockReason::Manual);
    }
    ++m_generation; // a keyring read started for the previous file must not unlock this one
    m_path = path;
    setState(QFileInfo::exists(path) ? State::Locked : State::NoVault);
}

void VaultSession::setState(State state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

const VaultContent* VaultSession::content() const
{
    return m_vault && m_vault->isOpen() ? &m_vault->content() : nullptr;
}

const Vault* VaultSession::vault() const
{
    return m_vault && m_vault->isOpen() ? &*m_vault : nullptr;
}

void VaultSession::create(SecureBuffer passphrase, std::optional<KdfParams> params)
{
    const QString path = m_path;
    m_unlockingFromKeyring = false;
    m_pendingPassphrase
        = remembersPassphrase() ? std::make_shared<SecureBuffer>(passphrase.clone()) : nullptr;
    auto shared = std::make_shared<SecureBuffer>(std::move(passphrase));
    const int targetMs = m_kdfTargetMs;
    startWorker([path, shared, params, targetMs]() -> Result<Vault> {
        KdfParams chosen;
        if (params) {
            chosen = *params;
        } else {
            auto calibrated = Kdf::calibrate(targetMs);
            if (!calibrated) {
                return std::unexpected(calibrated.error());
            }
            chosen = *calibrated;
        }
        auto vault = Vault::create(path, shared->view(), chosen);
        shared->clear();
        return vault;
    });
}

void VaultSession::unlock(SecureBuffer passphrase)
{
    startUnlock(std::move(passphrase), false);
}

void VaultSession::startUnlock(SecureBuffer passphrase, bool fromKeyring)
{
    const QString path = m_path;
    m_unlockingFromKeyring = fromKeyring;
    // What came from the keyring is there already.
    m_pendingPassphrase = remembersPassphrase() && !fromKeyring
        ? std::make_shared<SecureBuffer>(passphrase.clone())
        : nullptr;
    auto shared = std::make_shared<SecureBuffer>(std::move(passphrase));
    startWorker([path, shared]() -> Result<Vault> {
        auto vault = Vault::open(path, shared->view());
        shared->clear();
        return vault;
    });
}

void VaultSession::startWorker(std::function<Result<Vault>()> work)
{
    const quint64 generation = ++m_generation;
    setState(State::Busy);
    QPointer<VaultSession> self(this);
    // The global pool: the application waits for it when it ends, so no
    // worker is still running (or freeing its OpenSSL state) at exit.
    QThreadPool::globalInstance()->start([work, self, generation] {
        auto result = std::make_shared<Result<Vault>>(work());
        Random::releaseThreadState();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result] {
                if (self) {
                    self->finishWorker(generation, std::move(*result));
                } else if (*result) {
                    (*result)->lock();
                }
            },
            Qt::QueuedConnection);
    });
}

void VaultSession::finishWorker(quint64 generation, Result<Vault> result)
{
    if (generation != m_generation) {
        if (result) {
            result->lock();
        }
        return;
    }
    const std::shared_ptr<SecureBuffer> passphrase = std::move(m_pendingPassphrase);
    if (!result) {
        setState(QFileInfo::exists(m_path) ? State::Locked : State::NoVault);
        Error error = result.error();
        if (m_unlockingFromKeyring && error.kind == ErrorKind::WrongPassphrase) {
            error.message = QCoreApplication::translate(
                "sb::VaultSession",
                "The passphrase stored in the system keyring no longer opens the "
                "vault (it was changed elsewhere): enter the current one.");
        }
        Q_EMIT failed(error);
        return;
    }
    m_vault.emplace(std::move(*result));
    if (passphrase) {
        storeInKeyring(*passphrase);
        passphrase->clear();
    }
    watch();
    setState(State::Unlocked);
    noteActivity();
    Q_EMIT unlocked();
    Q_EMIT contentChanged();
}

void VaultSession::lock(LockReason reason)
{
    ++m_generation;
    m_pendingPassphrase.reset();
    m_idle.stop();
    const bool wasOpen = m_vault.has_value() || m_state == State::Busy;
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
    }
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    setState(QFileInfo::exists(m_path) ? State::Locked : State::NoVault);
    if (wasOpen) {
        Q_EMIT locked(reason);
    }
}

Status VaultSession::apply(const std::function<Status(VaultContent&)>& change)
{
    if (!m_vault || !m_vault->isOpen()) {
        return fail(ErrorKind::VaultLocked,
                    QCoreApplication::translate("sb::VaultSession", "The vault is locked; unlock it first."));
    }
    noteActivity();
    if (auto ok = reloadIfChanged(); !ok) {
        return ok;
    }
    VaultContent before = m_vault->content().clone();
    if (auto ok = change(m_vault->content()); !ok) {
        m_vault->content() = std::move(before);
        return ok;
    }
    if (auto ok = m_vault->save(); !ok) {
        m_vault->content() = std::move(before);
        if (ok.error().kind == ErrorKind::VaultChanged) {
            // Someone saved between our check and our save: show their data.
            reloadIfChanged();
        }
        return ok;
    }
    watch();
    Q_EMIT contentChanged();
    return {};
}

Status VaultSession::reloadIfChanged()
{
    if (!m_vault || !m_vault->isOpen()) {
        return {};
    }
    auto changed = m_vault->hasChangedOnDisk();
    if (!changed) {
        return std::unexpected(changed.error());
    }
    if (!*changed) {
        return {};
    }
    if (auto ok = m_vault->reload(); !ok) {
        if (ok.error().kind == ErrorKind::VaultChanged) {
            // The passphrase changed elsewhere: our key no longer opens it.
            lock(LockReason::Manual);
        }
        return ok;
    }
    watch();
    Q_EMIT contentChanged();
    Q_EMIT reloaded();
    return {};
}

void VaultSession::watch()
{
    // A save replaces the file (rename), which ends a watch on the old inode.
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path)) {
        m_watcher.addPath(m_path);
    }
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir)) {
        m_watcher.addPath(dir);
    }
}

void VaultSession::onFileEvent()
{
    if (m_state != State::Unlocked) {
        return;
    }
    watch();
    if (auto ok = reloadIfChanged(); !ok) {
        Q_EMIT failed(ok.error());
    }
}

Status VaultSession::changePassphrase(SecureBuffer passphrase)
{
    if (!m_vault || !m_vault->isOpen()) {
        return fail(ErrorKind::VaultLocked,
                    QCoreApplication::translate("sb::VaultSession", "The vault is locked; unlock it first."));
    }
    noteActivity();
    if (auto ok = reloadIfChanged(); !ok) {
        return ok;
    }
    if (auto ok = m_vault->changePassphrase(passphrase.view(), m_vault->kdfParams()); !ok) {
        return ok;
    }
    watch();
    if (remembersPassphrase()) {
        storeInKeyring(passphrase);
    } else if (m_keyring) {
        // A passphrase stored earlier would be stale: it opens only the backup now.
        m_keyring->remove(Keyring::entryForVault(m_path), [](Status) {});
    }
    return {};
}

void VaultSession::setKeyring(Keyring* keyring)
{
    m_keyring = keyring;
}

void VaultSession::setRememberPassphrase(bool remember)
{
    const bool wasOn = m_remember;
    m_remember = remember;
    if (wasOn == remember) {
        return;
    }
    if (!remember) {
        forgetStoredPassphrase();
    }
    Q_EMIT rememberPassphraseChanged(remember);
}

void VaultSession::storeInKeyring(const SecureBuffer& passphrase)
{
    if (!m_keyring) {
        return;
    }
    QPointer<VaultSession> self(this);
    m_keyring->store(Keyring::entryForVault(m_path), passphrase, [self](Status stored) {
        if (!self) {
            return;
        }
        if (stored) {
            Q_EMIT self->passphraseStored();
        } else {
            Q_EMIT self->keyringFailed(stored.error());
        }
    });
}

void VaultSession::unlockWithKeyring()
{
    if (m_state != State::Locked) {
        return;
    }
    if (!m_keyring) {
        Q_EMIT keyringFailed(
            Error { ErrorKind::NotFound,
                    QCoreApplication::translate("sb::VaultSession", "No system keyring is in use.") });
        return;
    }
    QPointer<VaultSession> self(this);
    const quint64 generation = m_generation;
    m_keyring->load(Keyring::entryForVault(m_path), [self, generation](Result<SecureBuffer> passphrase) {
        if (!self || self->m_generation != generation || self->m_state != State::Locked) {
            return; // locked, unlocked or moved elsewhere meanwhile
        }
        if (!passphrase) {
            Q_EMIT self->keyringFailed(passphrase.error());
            return;
        }
        self->startUnlock(std::move(*passphrase), true);
    });
}

void VaultSession::forgetStoredPassphrase()
{
    if (!m_keyring) {
        return;
    }
    QPointer<VaultSession> self(this);
    m_keyring->remove(Keyring::entryForVault(m_path), [self](Status removed) {
        if (!self) {
            return;
        }
        if (removed) {
            Q_EMIT self->passphraseForgotten();
        } else {
            Q_EMIT self->keyringFailed(removed.error());
        }
    });
}

void VaultSession::setAutoLockMinutes(int minutes)
{
    m_autoLockMinutes = std::max(0, minutes);
    noteActivity();
}

void VaultSession::noteActivity()
{
    if (m_state != State::Unlocked || m_autoLockMinutes == 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(qint64(m_autoLockMinutes) * 60 * 1000);
}

} // namespace sb
