// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Severity.h"
#include "inputs/ActionDefinition.h"

#include <QList>
#include <QString>

namespace sb {

// One finding about a definition: what, where, and how to fix it.
struct LintProblem
{
    QString rule; // stable identifier, e.g. "secret-default"
    Severity severity = Severity::Error;
    QString message;
    QString fix; // one line
    SourceLocation location;
    QString input; // the input it is about, if any
};

inline bool hasErrors(const QList<LintProblem>& problems)
{
    for (const LintProblem& p : problems) {
        if (p.severity == Severity::Error) {
            return true;
        }
    }
    return false;
}

} // namespace sb
