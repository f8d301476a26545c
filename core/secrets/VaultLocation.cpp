// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sb::VaultLocation {

namespace {

QString& overridePath()
{
    static QString path;
    return path;
}

QString defaultPath()
{
    // AppDataLocation depends on the application name; the CLI calls itself
    // "secretbench-cli" but must find the app's vault, so ask as the app.
    const QString ownName = QCoreApplication::applicationName();
    const QString ownOrganization = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("secretbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("SecretBench"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(ownName);
    QCoreApplication::setOrganizationName(ownOrganization);
    return QDir(dir).filePath(QString::fromLatin1(FileName));
}

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QString resolve(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty()) {
        return absolute(commandLinePath);
    }
    if (!overridePath().isEmpty()) {
        return absolute(overridePath());
    }
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        return absolute(fromEnvironment);
    }
    return defaultPath();
}

QString sourceOf(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty() || !overridePath().isEmpty()) {
        return QStringLiteral("--vault");
    }
    if (!qEnvironmentVariable(EnvironmentVariable).isEmpty()) {
        return QString::fromLatin1(EnvironmentVariable);
    }
    return QCoreApplication::translate("sb::VaultLocation", "default location");
}

void setCommandLineOverride(const QString& path)
{
    overridePath() = path;
}

QString commandLineOverride()
{
    return overridePath();
}

} // namespace sb::VaultLocation
