// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sb {

// Comparisons that never show a value: whether two values are the same, how
// long each is, and for MongoDB URLs which parts differ.
struct ValueComparison
{
    bool same = false;
    qsizetype lengthA = 0;
    qsizetype lengthB = 0;
    QStringList changedParts; // MongoDB URLs: "hosts", "password", ...

    // "same value (43 bytes)" / "changed: password, hosts (84 -> 86 bytes)"
    QString summary() const;
};

ValueComparison compareValues(ProjectSecretType type, QByteArrayView a, QByteArrayView b);

struct ProjectComparisonRow
{
    enum class Status
    {
        Same,
        Different,
        OnlyInA,
        OnlyInB,
    };
    QString name;
    Status status = Status::Same;
    std::optional<ProjectSecretType> typeA;
    std::optional<ProjectSecretType> typeB;
    ValueComparison values; // when in both

    QString statusText() const; // "same", "different", "missing in B", ...
};

// Per secret name (ignoring case, in A's order then B's): same, different or missing.
QList<ProjectComparisonRow> compareProjects(const Project& a, const Project& b);

// Search over names, for the workspace's filter: a project matches when its
// name or one of its secrets' names, types or references contains the query
// (ignoring case).
struct SearchHit
{
    int project = -1; // index into content.projects()
    QList<int> secrets; // indexes of the matching secrets; empty when only the project name matched
    bool projectNameMatched = false;
};
QList<SearchHit> searchVault(const VaultContent& content, QStringView query);

} // namespace sb
