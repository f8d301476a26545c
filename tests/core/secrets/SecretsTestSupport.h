// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "secrets/Kdf.h"
#include "secrets/VaultContent.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

// Fixtures shared by the project-secrets tests: a known vault content, a
// readable dump of a content (values included, for comparisons in tests
// only), and file helpers.
namespace sb::test {

inline const QByteArray VaultPassphrase("correct horse battery staple");

// Values that must never appear outside the vault (leak tests look for them).
inline const QByteArray
    MongoUrlValue("mongodb+srv://app_user:Tr0ub4dor%2F3x%40mple@cluster0.example.net/shop?retryWrites=true");
inline const QByteArray MongoPasswordDecoded("Tr0ub4dor/3x@mple");
inline const QByteArray JwtSecretValue("9fJx2Kq7ZpLw4RtYb8NcVm3HsDg6AeUo1iTyQrWzXe0");

inline KdfParams fastestAllowedKdf()
{
    return Kdf::minimum();
}

inline VaultContent sampleContent()
{
    VaultContent content;
    (void)content.addProject(QStringLiteral("shop-prod"));
    (void)content.addProject(QStringLiteral("shop-staging"));
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("MONGO_URL"),
                            ProjectSecretType::MongoDbUrl, MongoUrlValue);
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET"),
                            ProjectSecretType::JwtSecret, "old-jwt-secret-value-0000000000000");
    (void)content.setSecret(QStringLiteral("shop-prod"), QStringLiteral("JWT_SECRET"),
                            ProjectSecretType::JwtSecret, JwtSecretValue);
    (void)content.setSecret(QStringLiteral("shop-staging"), QStringLiteral("MONGO_URL"),
                            ProjectSecretType::MongoDbUrl, "mongodb://localhost:27017/shop");
    return content;
}

inline QByteArray dump(const VaultContent& content)
{
    QByteArray out;
    for (const Project& p : content.projects()) {
        out += "project " + p.name.toUtf8() + " " + QByteArray::number(p.createdMs) + "\n";
        for (const ProjectSecret& s : p.secrets) {
            out += "  secret " + s.name.toUtf8() + " " + secretTypeName(s.type).toUtf8() + " "
                + QByteArray::number(s.createdMs) + "\n";
            for (const SecretVersion& v : s.versions) {
                out += "    v" + QByteArray::number(v.number) + " " + QByteArray::number(v.updatedMs) + " "
                    + QByteArray(v.value.chars(), v.value.size()) + "\n";
            }
        }
    }
    return out;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace sb::test

// Values the GUI tests type (the leak test looks for them in every output).
namespace sb::test {
inline const QByteArray GuiPassphrase("gui passphrase, long enough");
inline const QByteArray
    GuiMongoTyped("mongodb+srv://app_user:Gu1-p@ss-w0rd@cluster0.example.net/shop?retryWrites=true");
inline const QByteArray
    GuiMongoFixed("mongodb+srv://app_user:Gu1-p%40ss-w0rd@cluster0.example.net/shop?retryWrites=true");
inline const QByteArray GuiMongoPassword("Gu1-p@ss-w0rd");
inline const QByteArray GuiJwtFirst("first-gui-jwt-secret-value-0123456789abcdef");
} // namespace sb::test
