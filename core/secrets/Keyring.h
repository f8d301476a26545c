// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QObject>

#include <functional>

namespace sb {

// The system keyring (Secret Service, KWallet) through QtKeychain, for the
// opt-in "remember the vault passphrase". Asynchronous: the keyring may ask
// the user to unlock it. Nothing ever falls back to a plaintext file.
class Keyring : public QObject
{
    Q_OBJECT
public:
    explicit Keyring(QString service = QStringLiteral("SecretBench"), QObject* parent = nullptr);

    // The keyring entry for a vault file (its absolute, canonical path).
    static QString entryForVault(const QString& vaultPath);

    void store(const QString& entry, const SecureBuffer& secret, std::function<void(Status)> done);
    // NotFound when nothing is stored under `entry`.
    void load(const QString& entry, std::function<void(Result<SecureBuffer>)> done);
    // Succeeds when nothing was stored, too.
    void remove(const QString& entry, std::function<void(Status)> done);

private:
    QString m_service;
};

} // namespace sb
