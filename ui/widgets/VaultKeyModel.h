// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultKeys.h"

#include <QAbstractListModel>

namespace sb {

// The choices of a KeyPicker: a one-off key first, then every key entry of
// the vault by project/name with what identifies it (never the key).
class VaultKeyModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int ReferenceRole = Qt::UserRole; // "PROJECT/NAME", empty for the one-off row

    explicit VaultKeyModel(QObject* parent = nullptr);

    void setOneOffText(const QString& text);
    void setKeys(QList<VaultKeyInfo> keys);
    const QList<VaultKeyInfo>& keys() const { return m_keys; }
    // The row of an entry, or -1; row 0 is the one-off key.
    int rowOf(const QString& reference) const;
    const VaultKeyInfo* key(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QString m_oneOffText;
    QList<VaultKeyInfo> m_keys;
};

} // namespace sb
