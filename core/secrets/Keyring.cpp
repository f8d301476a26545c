// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keyring.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace sb {

namespace {

// libsecret reports a missing session bus or Secret Service as a generic
// error; it means the same as "no backend" to the person reading it.
bool isUnreachable(const QKeychain::Job& job)
{
    const QString text = job.errorString();
    return job.error() == QKeychain::OtherError
        && (text.contains(QLatin1String("connect"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("org.freedesktop.DBus"))
            || text.contains(QLatin1String("ServiceUnknown")));
}

Error keyringError(const QKeychain::Job& job, const QString& action)
{
    switch (isUnreachable(job) ? QKeychain::NoBackendAvailable : job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error { ErrorKind::FileError,
                       QCoreApplication::translate(
                           "sb::Keyring",
                           "No system keyring is available (a Secret Service such as GNOME Keyring, or "
                           "KWallet), so the passphrase could not be %1. SecretBench never stores it "
                           "anywhere else.")
                           .arg(action) };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error { ErrorKind::Cancelled,
                       QCoreApplication::translate(
                           "sb::Keyring",
                           "The system keyring refused access, so the passphrase could not be %1.")
                           .arg(action) };
    case QKeychain::EntryNotFound:
        return Error { ErrorKind::NotFound,
                       QCoreApplication::translate("sb::Keyring",
                                                   "No passphrase is stored in the system keyring.") };
    default:
        return Error { ErrorKind::FileError,
                       QCoreApplication::translate(
                           "sb::Keyring",
                           "The system keyring failed (%1), so the passphrase could not be %2. "
                           "SecretBench never stores it anywhere else.")
                           .arg(job.errorString(), action) };
    }
}

} // namespace

Keyring::Keyring(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString Keyring::entryForVault(const QString& vaultPath)
{
    const QFileInfo info(vaultPath);
    const QString canonical = info.canonicalFilePath();
    return QStringLiteral("vault:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

void Keyring::store(const QString& entry, const SecureBuffer& secret, std::function<void(Status)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    QByteArray data(secret.chars(), secret.size());
    job->setBinaryData(data);
    wipe(data);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(std::unexpected(keyringError(*finished, QStringLiteral("stored"))));
        } else {
            done({});
        }
    });
    job->start();
}

void Keyring::load(const QString& entry, std::function<void(Result<SecureBuffer>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(std::unexpected(keyringError(*finished, QStringLiteral("read"))));
            return;
        }
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        QByteArray data = read->binaryData();
        SecureBuffer secret = SecureBuffer::copyOf(data);
        wipe(data);
        done(std::move(secret));
    });
    job->start();
}

void Keyring::remove(const QString& entry, std::function<void(Status)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(std::unexpected(keyringError(*finished, QStringLiteral("removed"))));
        } else {
            done({});
        }
    });
    job->start();
}

} // namespace sb
