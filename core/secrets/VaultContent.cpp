// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultContent.h"

#include "common/Clock.h"
#include "common/Utf8.h"
#include "crypto/PortManagedCipher.h"
#include "secrets/VaultKeys.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace sb {

namespace {

constexpr qsizetype PaddingBlock = 512;

bool insertUnique(QSet<QString>& set, const QString& key)
{
    if (set.contains(key)) {
        return false;
    }
    set.insert(key);
    return true;
}

bool sameName(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

qint64 nowMs()
{
    return Clock::instance().msecsSinceEpoch();
}

Error notFoundProject(const QString& name)
{
    return Error { ErrorKind::NotFound,
                   QCoreApplication::translate("sb::VaultContent", "There is no project \"%1\".").arg(name) };
}

Error notFoundSecret(const QString& project, const QString& name)
{
    return Error { ErrorKind::NotFound,
                   QCoreApplication::translate("sb::VaultContent", "Project \"%1\" has no secret \"%2\".")
                       .arg(project, name) };
}

// Serialisation helpers: big-endian integers, u16-prefixed UTF-8 names and
// u32-prefixed values, appended straight into a wiping buffer.
class Writer
{
public:
    explicit Writer(SecureBuffer& out)
        : m_out(out)
    { }
    void u8(quint8 v) { m_out.append(char(v)); }
    void u16(quint16 v)
    {
        char b[2];
        qToBigEndian(v, b);
        m_out.append(QByteArrayView(b, 2));
    }
    void u32(quint32 v)
    {
        char b[4];
        qToBigEndian(v, b);
        m_out.append(QByteArrayView(b, 4));
    }
    void i64(qint64 v)
    {
        char b[8];
        qToBigEndian(v, b);
        m_out.append(QByteArrayView(b, 8));
    }
    void name(const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        u16(quint16(utf8.size()));
        m_out.append(utf8);
    }
    void blob(QByteArrayView bytes)
    {
        u32(quint32(bytes.size()));
        m_out.append(bytes);
    }

private:
    SecureBuffer& m_out;
};

class Reader
{
public:
    explicit Reader(QByteArrayView in)
        : m_in(in)
    { }

    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_in.size() - m_pos; }

    bool u8(quint8& v)
    {
        if (remaining() < 1) {
            return false;
        }
        v = quint8(m_in[m_pos++]);
        return true;
    }
    bool u16(quint16& v) { return fixed(v); }
    bool u32(quint32& v) { return fixed(v); }
    bool i64(qint64& v) { return fixed(v); }
    bool bytes(qsizetype size, QByteArrayView& v)
    {
        if (size < 0 || remaining() < size) {
            return false;
        }
        v = m_in.sliced(m_pos, size);
        m_pos += size;
        return true;
    }

private:
    template<typename T>
    bool fixed(T& v)
    {
        if (remaining() < qsizetype(sizeof(T))) {
            return false;
        }
        v = qFromBigEndian<T>(m_in.data() + m_pos);
        m_pos += sizeof(T);
        return true;
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

template<typename T>
std::vector<T> cloneAll(const std::vector<T>& items)
{
    std::vector<T> copies;
    copies.reserve(items.size());
    for (const T& item : items) {
        copies.push_back(item.clone());
    }
    return copies;
}

// Names are unique ignoring case; `self` is the item being renamed, if any.
template<typename T>
const T* sameNameAs(const std::vector<T>& items, const QString& name, const T* self = nullptr)
{
    for (const T& item : items) {
        if (&item != self && sameName(item.name, name)) {
            return &item;
        }
    }
    return nullptr;
}

Error projectExists(const Project& existing)
{
    return Error { ErrorKind::AlreadyExists,
                   QCoreApplication::translate("sb::VaultContent", "A project named \"%1\" already exists.")
                       .arg(existing.name) };
}

Error secretExists(const QString& project, const ProjectSecret& existing)
{
    return Error { ErrorKind::AlreadyExists,
                   QCoreApplication::translate(
                       "sb::VaultContent", "Project \"%1\" already has a secret \"%2\" (names ignore case).")
                       .arg(project, existing.name) };
}

// A new current value; the oldest beyond the history limit is dropped.
void pushVersion(ProjectSecret& secret, SecureBuffer value, qint64 now)
{
    SecretVersion next { secret.current().number + 1, now, std::move(value) };
    secret.versions.insert(secret.versions.begin(), std::move(next));
    if (secret.versions.size() > size_t(ProjectSecret::HistoryLimit + 1)) {
        secret.versions.resize(ProjectSecret::HistoryLimit + 1);
    }
}

} // namespace

QList<ProjectSecretType> allSecretTypes()
{
    return { ProjectSecretType::MongoDbUrl, ProjectSecretType::JwtSecret, ProjectSecretType::PortClientSecret,
             ProjectSecretType::RsaPrivateKey };
}

QString secretTypeName(ProjectSecretType type)
{
    switch (type) {
    case ProjectSecretType::MongoDbUrl:
        return QStringLiteral("mongodb-url");
    case ProjectSecretType::JwtSecret:
        return QStringLiteral("jwt-secret");
    case ProjectSecretType::PortClientSecret:
        return QStringLiteral("port-client-secret");
    case ProjectSecretType::RsaPrivateKey:
        return QStringLiteral("rsa-private-key");
    }
    return {};
}

std::optional<ProjectSecretType> secretTypeFromName(QStringView name)
{
    for (const ProjectSecretType type : allSecretTypes()) {
        if (name == secretTypeName(type)) {
            return type;
        }
    }
    return std::nullopt;
}

QString secretTypeNameList()
{
    QStringList names;
    for (const ProjectSecretType type : allSecretTypes()) {
        names << secretTypeName(type);
    }
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QString secretTypeTitle(ProjectSecretType type)
{
    switch (type) {
    case ProjectSecretType::MongoDbUrl:
        return QStringLiteral("MongoDB URL");
    case ProjectSecretType::JwtSecret:
        return QStringLiteral("JWT secret");
    case ProjectSecretType::PortClientSecret:
        return QCoreApplication::translate("sb::VaultContent", "Port client secret");
    case ProjectSecretType::RsaPrivateKey:
        return QCoreApplication::translate("sb::VaultContent", "RSA private key");
    }
    return {};
}

bool isKeyType(ProjectSecretType type)
{
    return type == ProjectSecretType::PortClientSecret || type == ProjectSecretType::RsaPrivateKey;
}

quint16 formatVersionFor(ProjectSecretType type)
{
    return isKeyType(type) ? 2 : 1;
}

QDateTime SecretVersion::updated() const
{
    return QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC);
}

SecretVersion SecretVersion::clone() const
{
    return SecretVersion { number, updatedMs, value.clone() };
}

const SecretVersion* ProjectSecret::version(quint32 number) const
{
    for (const SecretVersion& v : versions) {
        if (v.number == number) {
            return &v;
        }
    }
    return nullptr;
}

QString ProjectSecret::reference() const
{
    return referenceFor(name);
}

QString ProjectSecret::referenceFor(const QString& secretName)
{
    return QStringLiteral("{{ secrets.%1 }}").arg(secretName);
}

ProjectSecret ProjectSecret::clone() const
{
    ProjectSecret copy;
    copy.name = name;
    copy.type = type;
    copy.createdMs = createdMs;
    copy.versions = cloneAll(versions);
    return copy;
}

const ProjectSecret* Project::secret(const QString& secretName) const
{
    const auto it = std::find_if(secrets.begin(), secrets.end(),
                                 [&secretName](const ProjectSecret& s) { return s.name == secretName; });
    return it == secrets.end() ? nullptr : &*it;
}

ProjectSecret* Project::secret(const QString& secretName)
{
    return const_cast<ProjectSecret*>(std::as_const(*this).secret(secretName));
}

Project Project::clone() const
{
    Project copy;
    copy.name = name;
    copy.createdMs = createdMs;
    copy.secrets = cloneAll(secrets);
    return copy;
}

VaultContent VaultContent::clone() const
{
    VaultContent copy;
    copy.m_projects = cloneAll(m_projects);
    return copy;
}

const Project* VaultContent::project(const QString& name) const
{
    const auto it = std::find_if(m_projects.begin(), m_projects.end(),
                                 [&name](const Project& p) { return p.name == name; });
    return it == m_projects.end() ? nullptr : &*it;
}

Project* VaultContent::mutableProject(const QString& name)
{
    return const_cast<Project*>(project(name));
}

QStringList VaultContent::projectNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_projects.size()));
    for (const Project& p : m_projects) {
        names << p.name;
    }
    return names;
}

void VaultContent::clear()
{
    // SecureBuffer wipes each value as the vectors are destroyed.
    m_projects.clear();
}

Status VaultContent::checkProjectName(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::VaultContent", "A project needs a name."));
    }
    if (name != name.trimmed()) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::VaultContent",
                                                "A project name cannot start or end with spaces."));
    }
    if (name.size() > MaximumProjectNameLength) {
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("sb::VaultContent", "A project name has at most %1 characters.")
                .arg(MaximumProjectNameLength));
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.isSurrogate()) {
            return fail(
                ErrorKind::Usage,
                QCoreApplication::translate(
                    "sb::VaultContent", "A project name cannot contain control or invisible characters."));
        }
    }
    return {};
}

Status VaultContent::checkSecretName(const QString& name)
{
    // The name goes into "{{ secrets.<name> }}", so it must be an identifier.
    const auto isStart = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
    };
    const auto isPart
        = [&isStart](QChar c) { return isStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')); };
    if (name.isEmpty()) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::VaultContent", "A secret needs a name."));
    }
    if (name.size() > MaximumSecretNameLength) {
        return fail(
            ErrorKind::Usage,
            QCoreApplication::translate("sb::VaultContent", "A secret name has at most %1 characters.")
                .arg(MaximumSecretNameLength));
    }
    if (!isStart(name.front()) || !std::all_of(name.begin(), name.end(), isPart)) {
        return fail(ErrorKind::Usage,
                    QStringLiteral("A secret name is used in references such as {{ secrets.MONGO_URL }}: "
                                   "it must start with a letter or '_' and contain only letters, digits "
                                   "and '_'."));
    }
    return {};
}

Status VaultContent::checkValue(QByteArrayView value)
{
    if (value.isEmpty()) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::VaultContent", "A secret value cannot be empty."));
    }
    if (value.size() > MaximumValueSize) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::VaultContent",
                                                "A secret value is at most %1 bytes; this one has %2.")
                        .arg(MaximumValueSize)
                        .arg(value.size()));
    }
    if (const qsizetype bad = Utf8::firstInvalid(value); bad >= 0) {
        return fail(ErrorKind::NotUtf8,
                    QCoreApplication::translate("sb::VaultContent",
                                                "A secret value must be UTF-8 text; byte %1 is not.")
                        .arg(bad));
    }
    return {};
}

Status VaultContent::checkValue(ProjectSecretType type, QByteArrayView value)
{
    if (auto ok = checkValue(value); !ok) {
        return ok;
    }
    switch (type) {
    case ProjectSecretType::PortClientSecret:
        if (value.size() < PortManagedCipher::KeySize) {
            return fail(ErrorKind::ClientSecretTooShort,
                        QCoreApplication::translate(
                            "sb::VaultContent",
                            "A Port client secret has at least %1 bytes: the AES-256 key is its "
                            "first %1 bytes. This one has %2 (a client ID is shorter: check that "
                            "the secret was copied).")
                            .arg(PortManagedCipher::KeySize)
                            .arg(value.size()));
        }
        return {};
    case ProjectSecretType::RsaPrivateKey: {
        auto stored = StoredPrivateKey::decode(value);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        auto key = stored->key();
        if (!key) {
            return std::unexpected(key.error());
        }
        return {};
    }
    case ProjectSecretType::MongoDbUrl:
    case ProjectSecretType::JwtSecret:
        return {};
    }
    return {};
}

quint16 VaultContent::formatVersion() const
{
    quint16 version = VaultHeader::FirstFormatVersion;
    for (const Project& p : m_projects) {
        for (const ProjectSecret& s : p.secrets) {
            version = std::max(version, formatVersionFor(s.type));
        }
    }
    return version;
}

Status VaultContent::addProject(const QString& name)
{
    if (auto ok = checkProjectName(name); !ok) {
        return ok;
    }
    if (const Project* existing = sameNameAs(m_projects, name)) {
        return std::unexpected(projectExists(*existing));
    }
    Project project;
    project.name = name;
    project.createdMs = nowMs();
    m_projects.push_back(std::move(project));
    return {};
}

Status VaultContent::renameProject(const QString& from, const QString& to)
{
    Project* project = mutableProject(from);
    if (!project) {
        return std::unexpected(notFoundProject(from));
    }
    if (auto ok = checkProjectName(to); !ok) {
        return ok;
    }
    if (const Project* existing = sameNameAs(m_projects, to, static_cast<const Project*>(project))) {
        return std::unexpected(projectExists(*existing));
    }
    project->name = to;
    return {};
}

Status VaultContent::removeProject(const QString& name)
{
    const auto it = std::find_if(m_projects.begin(), m_projects.end(),
                                 [&name](const Project& p) { return p.name == name; });
    if (it == m_projects.end()) {
        return std::unexpected(notFoundProject(name));
    }
    m_projects.erase(it);
    return {};
}

Result<const ProjectSecret*> VaultContent::findSecret(const QString& project, const QString& name) const
{
    const Project* p = this->project(project);
    if (!p) {
        return std::unexpected(notFoundProject(project));
    }
    const ProjectSecret* s = p->secret(name);
    if (!s) {
        return std::unexpected(notFoundSecret(project, name));
    }
    return s;
}

Result<ProjectSecret*> VaultContent::mutableSecret(const QString& project, const QString& name)
{
    auto found = findSecret(project, name);
    if (!found) {
        return std::unexpected(found.error());
    }
    return const_cast<ProjectSecret*>(*found);
}

Result<SetOutcome> VaultContent::setSecret(const QString& projectName,
                                           const QString& name,
                                           ProjectSecretType type,
                                           QByteArrayView value)
{
    Project* project = mutableProject(projectName);
    if (!project) {
        return std::unexpected(notFoundProject(projectName));
    }
    if (auto ok = checkSecretName(name); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = checkValue(type, value); !ok) {
        return std::unexpected(ok.error());
    }
    const qint64 now = nowMs();
    if (ProjectSecret* secret = project->secret(name)) {
        if (secret->type != type) {
            return fail(ErrorKind::Usage,
                        QCoreApplication::translate("sb::VaultContent", "Secret \"%1\" is a %2, not a %3.")
                            .arg(name, secretTypeName(secret->type), secretTypeName(type)));
        }
        if (secret->current().value.constantTimeEquals(value)) {
            return SetOutcome::Unchanged;
        }
        pushVersion(*secret, SecureBuffer::copyOf(value), now);
        return SetOutcome::Replaced;
    }
    if (const ProjectSecret* existing = sameNameAs(project->secrets, name)) {
        return std::unexpected(secretExists(projectName, *existing));
    }
    ProjectSecret secret;
    secret.name = name;
    secret.type = type;
    secret.createdMs = now;
    secret.versions.push_back(SecretVersion { 1, now, SecureBuffer::copyOf(value) });
    project->secrets.push_back(std::move(secret));
    return SetOutcome::Added;
}

Status VaultContent::renameSecret(const QString& projectName, const QString& from, const QString& to)
{
    auto secret = mutableSecret(projectName, from);
    if (!secret) {
        return std::unexpected(secret.error());
    }
    if (auto ok = checkSecretName(to); !ok) {
        return ok;
    }
    if (const ProjectSecret* existing
        = sameNameAs(mutableProject(projectName)->secrets, to, static_cast<const ProjectSecret*>(*secret))) {
        return std::unexpected(secretExists(projectName, *existing));
    }
    (*secret)->name = to;
    return {};
}

Status VaultContent::removeSecret(const QString& projectName, const QString& name)
{
    Project* project = mutableProject(projectName);
    if (!project) {
        return std::unexpected(notFoundProject(projectName));
    }
    const auto it = std::find_if(project->secrets.begin(), project->secrets.end(),
                                 [&name](const ProjectSecret& s) { return s.name == name; });
    if (it == project->secrets.end()) {
        return std::unexpected(notFoundSecret(projectName, name));
    }
    project->secrets.erase(it);
    return {};
}

Status VaultContent::rollbackSecret(const QString& projectName, const QString& name, quint32 number)
{
    auto secret = mutableSecret(projectName, name);
    if (!secret) {
        return std::unexpected(secret.error());
    }
    ProjectSecret& s = **secret;
    if (s.current().number == number) {
        return fail(ErrorKind::Usage,
                    QCoreApplication::translate("sb::VaultContent",
                                                "Version %1 of \"%2\" is already the current value.")
                        .arg(number)
                        .arg(name));
    }
    const SecretVersion* old = s.version(number);
    if (!old) {
        QStringList kept;
        for (const SecretVersion& v : s.versions) {
            kept << QString::number(v.number);
        }
        return fail(
            ErrorKind::NotFound,
            QCoreApplication::translate("sb::VaultContent", "\"%1\" has no version %2 (versions kept: %3).")
                .arg(name)
                .arg(number)
                .arg(kept.join(QStringLiteral(", "))));
    }
    pushVersion(s, old->value.clone(), nowMs());
    return {};
}

SecureBuffer VaultContent::serialize() const
{
    SecureBuffer out;
    qsizetype estimate = 4;
    for (const Project& p : m_projects) {
        estimate += 2 + p.name.size() * 3 + 12;
        for (const ProjectSecret& s : p.secrets) {
            estimate += 2 + s.name.size() + 15;
            for (const SecretVersion& v : s.versions) {
                estimate += 16 + v.value.size();
            }
        }
    }
    out.reserve(estimate + PaddingBlock);
    Writer w(out);
    w.u32(quint32(m_projects.size()));
    for (const Project& p : m_projects) {
        w.name(p.name);
        w.i64(p.createdMs);
        w.u32(quint32(p.secrets.size()));
        for (const ProjectSecret& s : p.secrets) {
            w.name(s.name);
            w.u8(quint8(s.type));
            w.i64(s.createdMs);
            w.u32(quint32(s.versions.size()));
            for (const SecretVersion& v : s.versions) {
                w.u32(v.number);
                w.i64(v.updatedMs);
                w.blob(v.value.view());
            }
        }
    }
    const qsizetype padded = (out.size() + PaddingBlock - 1) / PaddingBlock * PaddingBlock;
    out.resize(std::max(padded, PaddingBlock));
    return out;
}

Result<VaultContent> VaultContent::parse(QByteArrayView plaintext, quint16 formatVersion)
{
    Reader r(plaintext);
    const auto damaged = [&r](const QString& what) {
        return fail(ErrorKind::MalformedVault,
                    QCoreApplication::translate(
                        "sb::VaultContent", "The vault's content is damaged at byte %1 of the plaintext: %2.")
                        .arg(r.position())
                        .arg(what));
    };
    const auto readName = [&r](QString& out) {
        quint16 length = 0;
        QByteArrayView bytes;
        if (!r.u16(length) || !r.bytes(length, bytes) || Utf8::firstInvalid(bytes) >= 0) {
            return false;
        }
        out = QString::fromUtf8(bytes);
        return true;
    };

    VaultContent content;
    quint32 projectCount = 0;
    // Every project takes at least 14 bytes: a count larger than that allows is damage.
    if (!r.u32(projectCount) || projectCount > quint32(r.remaining() / 14)) {
        return damaged(
            QCoreApplication::translate("sb::VaultContent", "the project count is missing or impossible"));
    }
    content.m_projects.reserve(projectCount);
    QSet<QString> projectNames;
    for (quint32 i = 0; i < projectCount; ++i) {
        Project project;
        quint32 secretCount = 0;
        if (!readName(project.name) || !r.i64(project.createdMs) || !r.u32(secretCount)) {
            return damaged(
                QCoreApplication::translate("sb::VaultContent", "project %1 is cut short").arg(i + 1));
        }
        if (!checkProjectName(project.name)) {
            return damaged(
                QCoreApplication::translate("sb::VaultContent", "project %1 has an invalid name").arg(i + 1));
        }
        if (!insertUnique(projectNames, project.name.toCaseFolded())) {
            return damaged(
                QCoreApplication::translate("sb::VaultContent", "project name \"%1\" appears twice")
                    .arg(project.name));
        }
        if (secretCount > quint32(r.remaining() / 19)) {
            return damaged(QCoreApplication::translate("sb::VaultContent",
                                                       "project \"%1\" has an impossible secret count")
                               .arg(project.name));
        }
        project.secrets.reserve(secretCount);
        QSet<QString> secretNames;
        for (quint32 j = 0; j < secretCount; ++j) {
            ProjectSecret secret;
            quint8 type = 0;
            quint32 versionCount = 0;
            if (!readName(secret.name) || !r.u8(type) || !r.i64(secret.createdMs) || !r.u32(versionCount)) {
                return damaged(
                    QCoreApplication::translate("sb::VaultContent", "a secret of project \"%1\" is cut short")
                        .arg(project.name));
            }
            if (!checkSecretName(secret.name) || !insertUnique(secretNames, secret.name.toCaseFolded())) {
                return damaged(
                    QCoreApplication::translate("sb::VaultContent",
                                                "project \"%1\" has an invalid or repeated secret name")
                        .arg(project.name));
            }
            if (type < 1 || type > quint8(ProjectSecretType::RsaPrivateKey)) {
                return damaged(
                    QCoreApplication::translate("sb::VaultContent", "secret \"%1\" has unknown type %2")
                        .arg(secret.name)
                        .arg(type));
            }
            secret.type = ProjectSecretType(type);
            if (formatVersionFor(secret.type) > formatVersion) {
                return damaged(
                    QCoreApplication::translate("sb::VaultContent",
                                                "secret \"%1\" has type %2 (%3), which format version %4 "
                                                "does not have")
                        .arg(secret.name)
                        .arg(type)
                        .arg(secretTypeName(secret.type))
                        .arg(formatVersion));
            }
            if (versionCount < 1 || versionCount > quint32(ProjectSecret::HistoryLimit + 1)) {
                return damaged(QCoreApplication::translate("sb::VaultContent",
                                                           "secret \"%1\" has %2 versions (1 to %3 allowed)")
                                   .arg(secret.name)
                                   .arg(versionCount)
                                   .arg(ProjectSecret::HistoryLimit + 1));
            }
            secret.versions.reserve(versionCount);
            for (quint32 k = 0; k < versionCount; ++k) {
                SecretVersion version;
                quint32 length = 0;
                QByteArrayView value;
                if (!r.u32(version.number) || !r.i64(version.updatedMs) || !r.u32(length)
                    || length > quint32(MaximumValueSize) || !r.bytes(length, value)) {
                    return damaged(
                        QCoreApplication::translate("sb::VaultContent",
                                                    "a version of secret \"%1\" is cut short or too long")
                            .arg(secret.name));
                }
                if (!secret.versions.empty() && version.number >= secret.versions.back().number) {
                    return damaged(QCoreApplication::translate(
                                       "sb::VaultContent", "the versions of secret \"%1\" are out of order")
                                       .arg(secret.name));
                }
                if (!checkValue(value)) {
                    return damaged(QCoreApplication::translate(
                                       "sb::VaultContent", "a value of secret \"%1\" is empty or not UTF-8")
                                       .arg(secret.name));
                }
                if (secret.type == ProjectSecretType::RsaPrivateKey && !StoredPrivateKey::decode(value)) {
                    return damaged(
                        QCoreApplication::translate("sb::VaultContent",
                                                    "a value of secret \"%1\" is not a PEM with an optional "
                                                    "passphrase")
                            .arg(secret.name));
                }
                version.value = SecureBuffer::copyOf(value);
                secret.versions.push_back(std::move(version));
            }
            project.secrets.push_back(std::move(secret));
        }
        content.m_projects.push_back(std::move(project));
    }
    QByteArrayView padding;
    r.bytes(r.remaining(), padding);
    if (std::any_of(padding.begin(), padding.end(), [](char c) { return c != 0; })) {
        return damaged(QCoreApplication::translate("sb::VaultContent",
                                                   "the padding after the last project is not zero"));
    }
    return content;
}

} // namespace sb
