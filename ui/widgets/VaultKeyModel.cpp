// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultKeyModel.h"

#include "widgets/SecretTypeStyle.h"
#include "widgets/SeverityStyle.h"

namespace sb {

VaultKeyModel::VaultKeyModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_oneOffText(tr("One-off key (given here, never stored)"))
{ }

void VaultKeyModel::setOneOffText(const QString& text)
{
    m_oneOffText = text;
    Q_EMIT dataChanged(index(0), index(0));
}

void VaultKeyModel::setKeys(QList<VaultKeyInfo> keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

int VaultKeyModel::rowOf(const QString& reference) const
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].reference() == reference) {
            return i + 1;
        }
    }
    return -1;
}

const VaultKeyInfo* VaultKeyModel::key(int row) const
{
    return row >= 1 && row <= m_keys.size() ? &m_keys[row - 1] : nullptr;
}

int VaultKeyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size()) + 1;
}

QVariant VaultKeyModel::data(const QModelIndex& index, int role) const
{
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return m_oneOffText;
        case ReferenceRole:
            return QString();
        default:
            return {};
        }
    }
    const VaultKeyInfo* info = key(index.row());
    if (!info) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(info->reference(), info->summary());
    case Qt::ToolTipRole: {
        QString tip = info->type == ProjectSecretType::PortClientSecret
            ? tr("Port client secret %1: %2 bytes, SHA-256 of the secret begins %3.")
                  .arg(info->reference())
                  .arg(info->length)
                  .arg(info->digest)
            : tr("RSA private key %1: %2 bits, %3; public key SHA-256 %4.")
                  .arg(info->reference())
                  .arg(info->bits)
                  .arg(info->format, info->fingerprint);
        if (!info->problem.isEmpty()) {
            tip += QLatin1Char(' ') + tr("Problem: %1.").arg(info->problem);
        }
        return tip;
    }
    case Qt::DecorationRole:
        return secretTypeIcon(info->type);
    case Qt::ForegroundRole:
        return info->severity == Severity::Error ? QVariant(severityColour(Severity::Error)) : QVariant();
    case ReferenceRole:
        return info->reference();
    default:
        return {};
    }
}

} // namespace sb
