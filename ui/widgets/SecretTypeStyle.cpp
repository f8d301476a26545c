// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretTypeStyle.h"

#include "UiResources.h"

#include <QCoreApplication>

namespace sb {

QIcon secretTypeIcon(ProjectSecretType type)
{
    initUiResources();
    switch (type) {
    case ProjectSecretType::MongoDbUrl:
        return QIcon(QStringLiteral(":/icons/mongodb.svg"));
    case ProjectSecretType::JwtSecret:
        return QIcon(QStringLiteral(":/icons/jwt.svg"));
    case ProjectSecretType::PortClientSecret:
        return QIcon(QStringLiteral(":/icons/client-secret.svg"));
    case ProjectSecretType::RsaPrivateKey:
        return QIcon(QStringLiteral(":/icons/private-key.svg"));
    }
    return {};
}

QString secretTypeShortName(ProjectSecretType type)
{
    switch (type) {
    case ProjectSecretType::MongoDbUrl:
        return QCoreApplication::translate("sb::SecretTypeStyle", "MongoDB");
    case ProjectSecretType::JwtSecret:
        return QCoreApplication::translate("sb::SecretTypeStyle", "JWT");
    case ProjectSecretType::PortClientSecret:
        return QCoreApplication::translate("sb::SecretTypeStyle", "Client secret");
    case ProjectSecretType::RsaPrivateKey:
        return QCoreApplication::translate("sb::SecretTypeStyle", "RSA key");
    }
    return {};
}

} // namespace sb
