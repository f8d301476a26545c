// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretComparison.h"

#include "secrets/MongoUrl.h"

#include <QCoreApplication>

namespace sb {

QString ValueComparison::summary() const
{
    if (same) {
        return QCoreApplication::translate("sb::SecretComparison", "same value (%1 bytes)").arg(lengthA);
    }
    const QString lengths = lengthA == lengthB
        ? QCoreApplication::translate("sb::SecretComparison", "%1 bytes each").arg(lengthA)
        : QStringLiteral("%1 -> %2 bytes").arg(lengthA).arg(lengthB);
    if (changedParts.isEmpty()) {
        return QStringLiteral("changed (%1)").arg(lengths);
    }
    return QStringLiteral("changed: %1 (%2)").arg(changedParts.join(QStringLiteral(", ")), lengths);
}

ValueComparison compareValues(ProjectSecretType type, QByteArrayView a, QByteArrayView b)
{
    ValueComparison c;
    c.lengthA = a.size();
    c.lengthB = b.size();
    c.same = constantTimeEquals(a, b);
    if (!c.same && type == ProjectSecretType::MongoDbUrl) {
        c.changedParts = MongoUrl::changedParts(a, b);
    }
    return c;
}

QString ProjectComparisonRow::statusText() const
{
    switch (status) {
    case Status::Same:
        return QStringLiteral("same");
    case Status::Different:
        return typeA != typeB ? QCoreApplication::translate("sb::SecretComparison", "different type")
                              : QStringLiteral("different");
    case Status::OnlyInA:
        return QCoreApplication::translate("sb::SecretComparison", "missing in the second project");
    case Status::OnlyInB:
        return QCoreApplication::translate("sb::SecretComparison", "missing in the first project");
    }
    return {};
}

QList<ProjectComparisonRow> compareProjects(const Project& a, const Project& b)
{
    QList<ProjectComparisonRow> rows;
    const auto find = [](const Project& p, const QString& name) -> const ProjectSecret* {
        for (const ProjectSecret& s : p.secrets) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0) {
                return &s;
            }
        }
        return nullptr;
    };
    for (const ProjectSecret& s : a.secrets) {
        ProjectComparisonRow row;
        row.name = s.name;
        row.typeA = s.type;
        if (const ProjectSecret* other = find(b, s.name)) {
            row.typeB = other->type;
            row.values = compareValues(s.type, s.current().value.view(), other->current().value.view());
            row.status = row.values.same && s.type == other->type ? ProjectComparisonRow::Status::Same
                                                                  : ProjectComparisonRow::Status::Different;
        } else {
            row.status = ProjectComparisonRow::Status::OnlyInA;
        }
        rows << row;
    }
    for (const ProjectSecret& s : b.secrets) {
        if (!find(a, s.name)) {
            ProjectComparisonRow row;
            row.name = s.name;
            row.typeB = s.type;
            row.status = ProjectComparisonRow::Status::OnlyInB;
            rows << row;
        }
    }
    return rows;
}

QList<SearchHit> searchVault(const VaultContent& content, QStringView query)
{
    QList<SearchHit> hits;
    const QString needle = query.trimmed().toString();
    const auto& projects = content.projects();
    for (int i = 0; i < int(projects.size()); ++i) {
        const Project& p = projects[size_t(i)];
        SearchHit hit;
        hit.project = i;
        hit.projectNameMatched = needle.isEmpty() || p.name.contains(needle, Qt::CaseInsensitive);
        for (int j = 0; j < int(p.secrets.size()); ++j) {
            const ProjectSecret& s = p.secrets[size_t(j)];
            if (needle.isEmpty() || s.name.contains(needle, Qt::CaseInsensitive)
                || secretTypeName(s.type).contains(needle, Qt::CaseInsensitive)
                || secretTypeTitle(s.type).contains(needle, Qt::CaseInsensitive)) {
                hit.secrets << j;
            }
        }
        if (hit.projectNameMatched || !hit.secrets.isEmpty()) {
            hits << hit;
        }
    }
    return hits;
}

} // namespace sb
