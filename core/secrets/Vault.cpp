// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include "crypto/AesGcm.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace sb {

namespace {

constexpr qint64 MaximumFileSize
    = VaultHeader::Size + qint64(VaultHeader::MaximumCiphertextSize) + VaultHeader::TagSize;

// A fresh salt and the key it gives: for a new vault or a new passphrase.
Result<std::pair<QByteArray, VaultKey>> saltAndKey(QByteArrayView passphrase, const KdfParams& params)
{
    auto salt = Random::bytes(Kdf::SaltSize);
    if (!salt) {
        return std::unexpected(salt.error());
    }
    auto key = VaultKey::derive(passphrase, *salt, params);
    if (!key) {
        return std::unexpected(key.error());
    }
    return std::pair { std::move(*salt), std::move(*key) };
}

std::unexpected<Error> lockedError()
{
    return fail(ErrorKind::VaultLocked,
                QCoreApplication::translate("sb::Vault", "The vault is locked; unlock it first."));
}

Error fileError(const QString& message)
{
    return Error { ErrorKind::FileError, message };
}

Result<QByteArray> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("sb::Vault", "There is no vault at %1.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorKind::FileError,
                    QCoreApplication::translate("sb::Vault", "Cannot read the vault %1: %2")
                        .arg(path, file.errorString()));
    }
    if (file.size() > MaximumFileSize) {
        return fail(ErrorKind::MalformedVault,
                    QCoreApplication::translate(
                        "sb::Vault",
                        "%1 is %2 bytes long, larger than any vault can be: it is not a vault "
                        "or it is damaged.")
                        .arg(path)
                        .arg(file.size()));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(ErrorKind::FileError,
                    QCoreApplication::translate("sb::Vault", "Cannot read the vault %1: %2")
                        .arg(path, file.errorString()));
    }
    return bytes;
}

VaultFingerprint fingerprintOfBytes(QByteArrayView file, const VaultHeader& header)
{
    return VaultFingerprint { header.nonce, file.last(VaultHeader::TagSize).toByteArray(), file.size() };
}

// Makes the rename durable: without this a power cut can bring the old name back.
void syncDirectory(const QString& path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status ensureDirectory(const QString& path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (QFileInfo(dir).isDir()) {
        return {};
    }
    if (!QDir().mkpath(dir)) {
        return std::unexpected(
            fileError(QCoreApplication::translate("sb::Vault", "Cannot create the folder %1.").arg(dir)));
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// Writes `bytes` to `path` through QSaveFile: a temporary file in the same
// folder (unnamed where Linux supports it), mode 0600, fsync, then rename.
Status writeAtomically(const QString& path, QByteArrayView bytes, const std::function<Status()>& beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return std::unexpected(
            fileError(QCoreApplication::translate("sb::Vault", "Cannot write the vault %1: %2")
                          .arg(path, file.errorString())));
    }
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return std::unexpected(fileError(
            QCoreApplication::translate("sb::Vault", "Cannot make %1 private (mode 0600).").arg(path)));
    }
    if (file.write(bytes.data(), bytes.size()) != bytes.size() || !file.flush()
        || ::fsync(file.handle()) != 0) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return std::unexpected(fileError(
            QCoreApplication::translate("sb::Vault", "Cannot write the vault %1: %2").arg(path, reason)));
    }
    if (beforeCommit) {
        if (auto ok = beforeCommit(); !ok) {
            file.cancelWriting();
            return ok;
        }
    }
    if (!file.commit()) {
        return std::unexpected(
            fileError(QCoreApplication::translate("sb::Vault", "Cannot replace the vault %1: %2")
                          .arg(path, file.errorString())));
    }
    syncDirectory(path);
    return {};
}

// "<vault>.bak" becomes the file that is about to be replaced. A hard link
// costs nothing and is atomic; where links are not possible, a copy.
Status makeBackup(const QString& path)
{
    const QString backup = Vault::backupPath(path);
    const QByteArray from = QFile::encodeName(path);
    const QByteArray temp = QFile::encodeName(backup + QStringLiteral(".tmp"));
    ::unlink(temp.constData());
    if (::link(from.constData(), temp.constData()) == 0) {
        if (::rename(temp.constData(), QFile::encodeName(backup).constData()) == 0) {
            return {};
        }
        ::unlink(temp.constData());
        return std::unexpected(
            fileError(QCoreApplication::translate("sb::Vault", "Cannot update the backup %1.").arg(backup)));
    }
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            fileError(QCoreApplication::translate("sb::Vault", "Cannot read %1 to back it up.").arg(path)));
    }
    return writeAtomically(backup, current.readAll(), {});
}

} // namespace

Result<std::unique_ptr<VaultWriteLock>> VaultWriteLock::acquire(const QString& vaultPath, int timeoutMs)
{
    if (auto ok = ensureDirectory(vaultPath); !ok) {
        return std::unexpected(ok.error());
    }
    auto file = std::make_unique<QLockFile>(Vault::lockPath(vaultPath));
    QElapsedTimer waited;
    waited.start();
    while (!file->tryLock(std::clamp<qint64>(timeoutMs - waited.elapsed(), 0, 200))) {
        if (file->error() != QLockFile::LockFailedError) {
            return fail(ErrorKind::FileError,
                        QCoreApplication::translate("sb::Vault", "Cannot create the lock file %1.")
                            .arg(Vault::lockPath(vaultPath)));
        }
        // A writer killed between creating the lock file and writing its
        // process id into it leaves a file QLockFile cannot read; it would
        // count as stale only after 30 s. Nobody takes that long to write it.
        qint64 pid = 0;
        QString host;
        QString app;
        const QFileInfo lockInfo(Vault::lockPath(vaultPath));
        if (!file->getLockInfo(&pid, &host, &app) && lockInfo.exists()
            && lockInfo.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000) {
            file->removeStaleLockFile();
            continue;
        }
        if (waited.elapsed() >= timeoutMs) {
            return fail(
                ErrorKind::VaultBusy,
                QCoreApplication::translate("sb::Vault",
                                            "The vault is being written by another program (%1, process %2); "
                                            "try again in a moment.")
                    .arg(app.isEmpty() ? QStringLiteral("unknown") : app)
                    .arg(pid));
        }
    }
    return std::unique_ptr<VaultWriteLock>(new VaultWriteLock(std::move(file)));
}

VaultWriteLock::VaultWriteLock(std::unique_ptr<QLockFile> file)
    : m_file(std::move(file))
{ }

VaultWriteLock::~VaultWriteLock() = default;

Vault::Vault() = default;
Vault::~Vault()
{
    lock();
}
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&&) noexcept = default;

QString Vault::backupPath(const QString& path)
{
    return path + QStringLiteral(".bak");
}

QString Vault::lockPath(const QString& path)
{
    return path + QStringLiteral(".lock");
}

bool Vault::isOpen() const
{
    return !m_key.isNull();
}

Result<Vault>
Vault::create(const QString& path, QByteArrayView passphrase, const KdfParams& params, VaultContent content)
{
    if (auto ok = Kdf::checkBounds(params); !ok) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate(
                        "sb::Vault",
                        "Key-derivation parameters out of bounds (%1): at least m=64 MiB, t=3, "
                        "p=4; at most 1 GiB, 64 iterations, 16 lanes.")
                        .arg(params.describe()));
    }
    auto normalized = normalizePassphrase(passphrase);
    if (!normalized) {
        return std::unexpected(normalized.error());
    }
    auto lock = VaultWriteLock::acquire(path);
    if (!lock) {
        return std::unexpected(lock.error());
    }
    if (QFileInfo::exists(path)) {
        return fail(
            ErrorKind::AlreadyExists,
            QCoreApplication::translate("sb::Vault", "A vault already exists at %1; it was left untouched.")
                .arg(path));
    }
    auto salted = saltAndKey(normalized->view(), params);
    if (!salted) {
        return std::unexpected(salted.error());
    }
    Vault vault;
    vault.m_path = path;
    vault.m_header.kdf = params;
    vault.m_header.salt = salted->first;
    vault.m_key = std::move(salted->second);
    vault.m_content = std::move(content);
    if (auto ok = vault.write(false); !ok) {
        return std::unexpected(ok.error());
    }
    return vault;
}

Result<Vault> Vault::open(const QString& path, QByteArrayView passphrase)
{
    return openFile(path, passphrase, nullptr);
}

Result<Vault> Vault::openWithKey(const QString& path, const VaultKey& key)
{
    return openFile(path, {}, &key);
}

Result<Vault> Vault::openFile(const QString& path, QByteArrayView passphrase, const VaultKey* givenKey)
{
    auto file = readWholeFile(path);
    if (!file) {
        return std::unexpected(file.error());
    }
    auto header = VaultHeader::parse(*file);
    if (!header) {
        Error error = header.error();
        error.message
            += QCoreApplication::translate("sb::Vault", " (%1; the file was not changed.)").arg(path);
        return std::unexpected(error);
    }
    VaultKey key;
    if (givenKey) {
        key = givenKey->clone();
    } else {
        auto normalized = normalizePassphrase(passphrase);
        if (!normalized) {
            return std::unexpected(normalized.error());
        }
        auto derived = VaultKey::derive(normalized->view(), header->salt, header->kdf);
        if (!derived) {
            return std::unexpected(derived.error());
        }
        key = std::move(*derived);
    }
    if (!constantTimeEquals(key.keyCheck(), header->keyCheck)) {
        return fail(ErrorKind::WrongPassphrase,
                    QCoreApplication::translate(
                        "sb::Vault",
                        "Wrong passphrase or damaged file: the key derived from this passphrase "
                        "does not open %1. The file was not changed.")
                        .arg(path));
    }
    const QByteArrayView bytes(*file);
    const QByteArrayView aad = bytes.first(VaultHeader::Size);
    const QByteArrayView ciphertext = bytes.sliced(VaultHeader::Size, qsizetype(header->ciphertextSize));
    const QByteArrayView tag = bytes.last(VaultHeader::TagSize);
    SecureBuffer plaintext(ciphertext.size());
    AesGcm aes(AesGcm::Mode::Decrypt);
    if (auto ok = aes.setKey(key.contentKey().view()); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = aes.decrypt(header->nonce, aad, ciphertext, tag, plaintext.data()); !ok) {
        return fail(ErrorKind::AuthenticationFailed,
                    QCoreApplication::translate(
                        "sb::Vault",
                        "The vault %1 is damaged: the passphrase is right, but the encrypted "
                        "content fails authentication (its bytes or tag were altered). Nothing "
                        "was decrypted and the file was not changed; %2 holds the previous "
                        "save.")
                        .arg(path, backupPath(path)));
    }
    auto content = VaultContent::parse(plaintext.view(), header->formatVersion);
    if (!content) {
        Error error = content.error();
        error.message
            += QCoreApplication::translate("sb::Vault", " (%1; the file was not changed.)").arg(path);
        return std::unexpected(error);
    }
    Vault vault;
    vault.m_path = path;
    vault.m_fingerprint = fingerprintOfBytes(bytes, *header);
    vault.m_header = std::move(*header);
    vault.m_key = std::move(key);
    vault.m_content = std::move(*content);
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (QFile::permissions(path) & others) {
        vault.m_warnings << QCoreApplication::translate(
            "sb::Vault",
            "The vault file can be read by other users; it is made private "
            "(mode 0600) on the next save.");
    }
    return vault;
}

void Vault::adoptWriteLock(std::unique_ptr<VaultWriteLock> lock)
{
    m_lock = std::move(lock);
}

Result<VaultFingerprint> Vault::fingerprintOf(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return VaultFingerprint {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorKind::FileError,
                    QCoreApplication::translate("sb::Vault", "Cannot read the vault %1: %2")
                        .arg(path, file.errorString()));
    }
    VaultFingerprint fingerprint;
    fingerprint.size = file.size();
    const QByteArray head = file.read(VaultHeader::Size);
    if (head.size() == VaultHeader::Size) {
        fingerprint.nonce = head.mid(60, VaultHeader::NonceSize);
    }
    if (fingerprint.size >= VaultHeader::Size + VaultHeader::TagSize
        && file.seek(fingerprint.size - VaultHeader::TagSize)) {
        fingerprint.tag = file.read(VaultHeader::TagSize);
    }
    return fingerprint;
}

Result<bool> Vault::hasChangedOnDisk() const
{
    auto onDisk = fingerprintOf(m_path);
    if (!onDisk) {
        return std::unexpected(onDisk.error());
    }
    return !(*onDisk == m_fingerprint);
}

Status Vault::save(int lockTimeoutMs)
{
    if (!isOpen()) {
        return lockedError();
    }
    std::unique_ptr<VaultWriteLock> temporary;
    if (!m_lock) {
        auto lock = VaultWriteLock::acquire(m_path, lockTimeoutMs);
        if (!lock) {
            return std::unexpected(lock.error());
        }
        temporary = std::move(*lock);
    }
    auto changed = hasChangedOnDisk();
    if (!changed) {
        return std::unexpected(changed.error());
    }
    if (*changed) {
        return fail(ErrorKind::VaultChanged,
                    QFileInfo::exists(m_path)
                        ? QCoreApplication::translate(
                              "sb::Vault",
                              "The vault %1 was changed by another program (another SecretBench "
                              "or secretbench-cli) since it was opened; nothing was saved, so "
                              "its changes are kept. Reload, then repeat the change.")
                              .arg(m_path)
                        : QCoreApplication::translate(
                              "sb::Vault",
                              "The vault %1 was moved or deleted since it was opened; nothing "
                              "was saved.")
                              .arg(m_path));
    }
    return write(true);
}

Status Vault::write(bool keepBackup)
{
    auto nonce = Random::bytes(VaultHeader::NonceSize);
    if (!nonce) {
        return std::unexpected(nonce.error());
    }
    const SecureBuffer plaintext = m_content.serialize();
    VaultHeader header = m_header;
    header.formatVersion = m_content.formatVersion();
    header.nonce = *nonce;
    header.ciphertextSize = quint64(plaintext.size());
    header.keyCheck = m_key.keyCheck();
    QByteArray file = header.serialize();
    const QByteArray aad = file;
    file.resize(VaultHeader::Size + plaintext.size() + VaultHeader::TagSize);
    auto* out = reinterpret_cast<unsigned char*>(file.data());
    AesGcm aes(AesGcm::Mode::Encrypt);
    if (auto ok = aes.setKey(m_key.contentKey().view()); !ok) {
        return ok;
    }
    if (auto ok = aes.encrypt(header.nonce, aad, plaintext.view(), out + VaultHeader::Size,
                              out + VaultHeader::Size + plaintext.size());
        !ok) {
        return ok;
    }
    if (auto ok = ensureDirectory(m_path); !ok) {
        return ok;
    }
    const QString path = m_path;
    const auto backup = [path, keepBackup]() -> Status {
        return keepBackup && QFileInfo::exists(path) ? makeBackup(path) : Status {};
    };
    if (auto ok = writeAtomically(m_path, file, backup); !ok) {
        return ok;
    }
    m_header = std::move(header);
    m_fingerprint = fingerprintOfBytes(file, m_header);
    m_warnings.clear();
    return {};
}

Status Vault::reload()
{
    if (!isOpen()) {
        return lockedError();
    }
    auto file = readWholeFile(m_path);
    if (!file) {
        return std::unexpected(file.error());
    }
    auto header = VaultHeader::parse(*file);
    if (!header) {
        return std::unexpected(header.error());
    }
    if (header->salt != m_header.salt || !(header->kdf == m_header.kdf)
        || !constantTimeEquals(header->keyCheck, m_key.keyCheck())) {
        return fail(ErrorKind::VaultChanged,
                    QCoreApplication::translate(
                        "sb::Vault",
                        "The vault's passphrase was changed by another program: unlock it again "
                        "with the new passphrase."));
    }
    auto reopened = openWithKey(m_path, m_key);
    if (!reopened) {
        return std::unexpected(reopened.error());
    }
    reopened->m_lock = std::move(m_lock);
    *this = std::move(*reopened);
    return {};
}

Status Vault::changePassphrase(QByteArrayView passphrase, const KdfParams& params)
{
    if (!isOpen()) {
        return lockedError();
    }
    if (auto ok = Kdf::checkBounds(params); !ok) {
        return ok;
    }
    auto normalized = normalizePassphrase(passphrase);
    if (!normalized) {
        return std::unexpected(normalized.error());
    }
    auto salted = saltAndKey(normalized->view(), params);
    if (!salted) {
        return std::unexpected(salted.error());
    }
    const VaultHeader oldHeader = m_header;
    VaultKey oldKey = std::move(m_key);
    m_header.kdf = params;
    m_header.salt = salted->first;
    m_key = std::move(salted->second);
    if (auto ok = save(); !ok) {
        m_header = oldHeader;
        m_key = std::move(oldKey);
        return ok;
    }
    oldKey.wipe();
    return {};
}

void Vault::lock()
{
    m_content.clear();
    m_key.wipe();
    m_lock.reset();
}

} // namespace sb
