// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/RsaKey.h"
#include "secrets/VaultKeys.h"
#include "secrets/VaultSession.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace sb {

class VaultKeyModel;

// Where a workspace takes a key from: an entry of the unlocked vault
// (port-client-secret and/or rsa-private-key, listed by project/name and
// fingerprint or length and digest prefix, never the key), or a one-off key
// the workspace takes itself and never stores. Reads the key from the shared
// VaultSession when asked and keeps an opened private key only while the vault
// is unlocked and the choice unchanged: locking the vault takes it away
// everywhere, and the picker says the vault is locked and offers to unlock
// (unlockRequested(); the application answers with its one unlock flow).
// After an unlock, the entry chosen before the lock is chosen again.
class KeyPicker : public QWidget
{
    Q_OBJECT
public:
    explicit KeyPicker(KeyKinds kinds, QWidget* parent = nullptr);

    // The application's vault session; nullptr offers the one-off key only.
    void setSession(VaultSession* session);
    VaultSession* session() const { return m_session; }

    void setOneOffText(const QString& text);
    bool isOneOff() const;
    // "PROJECT/NAME", or empty for the one-off key.
    QString selectedReference() const;
    // False when the vault is locked or has no such key entry.
    bool selectReference(const QString& reference);
    void selectOneOff();
    std::optional<VaultKeyInfo> selectedInfo() const;
    // The chosen entry's key, read from the vault now.
    Result<SecureBuffer> clientSecret() const;
    Result<RsaPrivateKey> privateKey() const;

    // What the picker says about the vault ("The vault is locked.", ...).
    QString statusText() const;
    QComboBox* comboBox() const { return m_combo; }
    QPushButton* unlockButton() const { return m_unlock; }

Q_SIGNALS:
    // Another key is to be used: another entry, the one-off key, or the entry's
    // value changed or went away (lock, removal).
    void selectionChanged();
    void unlockRequested();

private:
    void refresh();
    void select(int row);
    void announce();
    Result<const ProjectSecret*> selectedSecret() const;
    // The chosen entry and what its value is (digest or fingerprint); empty for the one-off key.
    QString selectedIdentity() const;

    KeyKinds m_kinds;
    QPointer<VaultSession> m_session;
    VaultKeyModel* m_model;
    QComboBox* m_combo;
    QLabel* m_status;
    QPushButton* m_unlock;
    // The entry chosen by the user, kept across a lock.
    QString m_wanted;
    // The entry selectionChanged() last announced, with its value's digest or
    // fingerprint: a change elsewhere in the vault is not announced.
    QString m_announced;
    // The chosen rsa-private-key, opened once (an encrypted PEM costs a key
    // derivation) for the identity it was opened for; dropped by refresh()
    // when the choice, the value or the lock state changes.
    mutable std::optional<RsaPrivateKey> m_openedKey;
    mutable QString m_openedFor;
    bool m_refreshing = false;
};

} // namespace sb
