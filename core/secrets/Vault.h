// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "secrets/Kdf.h"
#include "secrets/VaultContent.h"
#include "secrets/VaultHeader.h"

#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace sb {

// Holds a vault's writer lock (QLockFile "<vault>.lock") until destroyed. The
// CLI takes it before reading so that read-modify-write is one step; the app
// takes it only while saving.
class VaultWriteLock
{
public:
    static constexpr int DefaultTimeoutMs = 5000;

    static Result<std::unique_ptr<VaultWriteLock>> acquire(const QString& vaultPath,
                                                           int timeoutMs = DefaultTimeoutMs);
    ~VaultWriteLock();
    VaultWriteLock(const VaultWriteLock&) = delete;
    VaultWriteLock& operator=(const VaultWriteLock&) = delete;

private:
    explicit VaultWriteLock(std::unique_ptr<QLockFile> file);
    std::unique_ptr<QLockFile> m_file;
};

// Which save of a vault file is on disk: the nonce and tag are fresh for every
// save, so they identify it without reading or decrypting the rest.
struct VaultFingerprint
{
    QByteArray nonce;
    QByteArray tag;
    qint64 size = -1;
    bool operator==(const VaultFingerprint&) const = default;
};

// An unlocked vault file (docs/vault-format.md): the decrypted content and the
// derived key, kept so that saving does not rerun the KDF. Saving is atomic
// (QSaveFile + fsync), keeps the previous file as "<vault>.bak", writes mode
// 0600, and refuses to overwrite a file that changed on disk since it was
// opened or last saved. No plaintext ever reaches the disk.
class Vault
{
public:
    Vault();
    ~Vault();
    Vault(Vault&&) noexcept;
    Vault& operator=(Vault&&) noexcept;
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Creates a new vault file (never overwrites one). `params` must be within
    // the KDF bounds; Kdf::calibrate() gives the ones to use.
    static Result<Vault> create(const QString& path,
                                QByteArrayView passphrase,
                                const KdfParams& params,
                                VaultContent content = {});
    static Result<Vault> open(const QString& path, QByteArrayView passphrase);
    // Opens with a key derived earlier from this file's passphrase, salt and
    // parameters; every check but the KDF itself runs. For tests and benchmarks
    // that open one vault many times, and for reloading.
    static Result<Vault> openWithKey(const QString& path, const VaultKey& key);

    bool isOpen() const;
    const QString& path() const { return m_path; }
    const VaultContent& content() const { return m_content; }
    VaultContent& content() { return m_content; }
    const KdfParams& kdfParams() const { return m_header.kdf; }
    // The format version of the file as last read or written.
    quint16 formatVersion() const { return m_header.formatVersion; }
    const VaultKey& key() const { return m_key; }
    // Notes from opening, e.g. a file readable by other users.
    const QStringList& warnings() const { return m_warnings; }

    // Keeps `lock` until this vault is locked or destroyed; save() then uses it.
    void adoptWriteLock(std::unique_ptr<VaultWriteLock> lock);

    Status save(int lockTimeoutMs = VaultWriteLock::DefaultTimeoutMs);
    // True when the file on disk is no longer the one this vault read or wrote.
    Result<bool> hasChangedOnDisk() const;
    // Reads the file again with the kept key (VaultChanged when the passphrase
    // was changed elsewhere: unlock again).
    Status reload();
    // New salt and key (and parameters), then saves.
    Status changePassphrase(QByteArrayView passphrase, const KdfParams& params);

    // Wipes the decrypted content and the key; the object is then closed.
    void lock();

    static QString backupPath(const QString& path);
    static QString lockPath(const QString& path);
    // Reads the fingerprint of the file at `path` (header and tag only).
    static Result<VaultFingerprint> fingerprintOf(const QString& path);

private:
    static Result<Vault> openFile(const QString& path, QByteArrayView passphrase, const VaultKey* key);
    Status write(bool keepBackup);

    QString m_path;
    VaultHeader m_header;
    VaultKey m_key;
    VaultContent m_content;
    VaultFingerprint m_fingerprint;
    QStringList m_warnings;
    std::unique_ptr<VaultWriteLock> m_lock;
};

} // namespace sb
