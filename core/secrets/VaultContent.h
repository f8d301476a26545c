// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"
#include "secrets/VaultHeader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace sb {

enum class ProjectSecretType : quint8
{
    MongoDbUrl = 1,
    JwtSecret = 2,
    // Keys for the form preview, the inspector and the CLI (format version 2).
    PortClientSecret = 3,
    RsaPrivateKey = 4,
};

// Every type, in the order lists offer them.
QList<ProjectSecretType> allSecretTypes();
// "mongodb-url" / "jwt-secret" / "port-client-secret" / "rsa-private-key", and back.
QString secretTypeName(ProjectSecretType type);
std::optional<ProjectSecretType> secretTypeFromName(QStringView name);
// "mongodb-url, jwt-secret, port-client-secret or rsa-private-key", for messages.
QString secretTypeNameList();
// "MongoDB URL" / "JWT secret" / "Port client secret" / "RSA private key".
QString secretTypeTitle(ProjectSecretType type);
// The types that hold a key the workspaces and the CLI can pick.
bool isKeyType(ProjectSecretType type);
// The oldest vault format version that can hold an entry of this type.
quint16 formatVersionFor(ProjectSecretType type);

struct SecretVersion
{
    quint32 number = 1; // grows by one with every new value, never reused
    qint64 updatedMs = 0; // when this value was set, ms since the epoch (UTC)
    SecureBuffer value;

    QDateTime updated() const;
    SecretVersion clone() const;
};

struct ProjectSecret
{
    // History kept besides the current value.
    static constexpr int HistoryLimit = 10;

    QString name;
    ProjectSecretType type = ProjectSecretType::JwtSecret;
    qint64 createdMs = 0;
    // versions.front() is the current value, then the history, newest first.
    std::vector<SecretVersion> versions;

    const SecretVersion& current() const { return versions.front(); }
    const SecretVersion* version(quint32 number) const;
    // The stable reference workflows use: "{{ secrets.<name> }}".
    QString reference() const;
    static QString referenceFor(const QString& secretName);
    ProjectSecret clone() const;
};

struct Project
{
    QString name;
    qint64 createdMs = 0;
    std::vector<ProjectSecret> secrets;

    const ProjectSecret* secret(const QString& secretName) const;
    ProjectSecret* secret(const QString& secretName);
    Project clone() const;
};

// What changed when a value was set.
enum class SetOutcome
{
    Added,
    Replaced,
    Unchanged,
};

// The decrypted content of a vault: projects -> secrets -> versions. Every
// operation validates its input and leaves the content unchanged on failure.
// Times come from sb::Clock. Not thread-safe.
class VaultContent
{
public:
    static constexpr qsizetype MaximumValueSize = 64 * 1024;
    static constexpr qsizetype MaximumProjectNameLength = 100;
    static constexpr qsizetype MaximumSecretNameLength = 64;

    VaultContent() = default;
    VaultContent(VaultContent&&) noexcept = default;
    VaultContent& operator=(VaultContent&&) noexcept = default;
    VaultContent(const VaultContent&) = delete;
    VaultContent& operator=(const VaultContent&) = delete;
    VaultContent clone() const;

    const std::vector<Project>& projects() const { return m_projects; }
    const Project* project(const QString& name) const;
    QStringList projectNames() const;
    bool isEmpty() const { return m_projects.empty(); }
    void clear(); // wipes every value

    Status addProject(const QString& name);
    Status renameProject(const QString& from, const QString& to);
    Status removeProject(const QString& name);

    // Adds the secret, or replaces its value (the old one goes to the history,
    // which keeps the newest HistoryLimit values). Setting the current value
    // again changes nothing. A new secret takes `type`; an existing one must
    // already have it. The value must pass checkValue(type, value).
    Result<SetOutcome>
    setSecret(const QString& project, const QString& name, ProjectSecretType type, QByteArrayView value);
    Status renameSecret(const QString& project, const QString& from, const QString& to);
    Status removeSecret(const QString& project, const QString& name);
    // Makes version `number`'s value current again, as a new version; the
    // value it replaces goes to the history.
    Status rollbackSecret(const QString& project, const QString& name, quint32 number);

    Result<const ProjectSecret*> findSecret(const QString& project, const QString& name) const;

    // Names rules, shared with the UI for live validation.
    static Status checkProjectName(const QString& name);
    static Status checkSecretName(const QString& name);
    static Status checkValue(QByteArrayView value);
    // checkValue(value), then the rules of `type`: a Port client secret has at
    // least 32 bytes (the key is its first 32); an rsa-private-key value
    // (StoredPrivateKey) holds a PEM that opens with the passphrase stored
    // with it.
    static Status checkValue(ProjectSecretType type, QByteArrayView value);

    // The oldest file format version that can hold this content: 2 when a key
    // entry is present, else 1.
    quint16 formatVersion() const;

    // The binary plaintext of docs/vault-format.md section 5, padded to a
    // multiple of 512 bytes so the file size does not tell value lengths.
    SecureBuffer serialize() const;
    // Reads the plaintext of a file in `formatVersion`, whose types it allows.
    static Result<VaultContent> parse(QByteArrayView plaintext,
                                      quint16 formatVersion = VaultHeader::LatestFormatVersion);

private:
    Project* mutableProject(const QString& name);
    Result<ProjectSecret*> mutableSecret(const QString& project, const QString& name);

    std::vector<Project> m_projects;
};

} // namespace sb
