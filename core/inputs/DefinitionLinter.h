// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs/ActionDefinition.h"
#include "inputs/LintProblem.h"

#include <memory>

namespace sb {

// Every rule an action author wants checked before publishing (see
// docs/form-preview.md for the list). Each problem has a severity, a location
// (line, column, JSON pointer) and a one-line fix.
class DefinitionLinter
{
public:
    struct Outcome
    {
        std::shared_ptr<const ActionDefinition> definition; // null when the text cannot be read
        QList<LintProblem> problems; // sorted by position
    };

    // Reads and lints definition text; unreadable JSON is one error problem.
    // With `evaluateJq`, every jq expression is also run once over the default
    // sample entity and user, and its runtime errors are warnings.
    static Outcome lintText(QByteArrayView text, bool evaluateJq = true);

    static QList<LintProblem> lint(const ActionDefinition& definition);

    // Every rule identifier with a one-line description, for --help and docs.
    static QList<QPair<QString, QString>> rules();
};

} // namespace sb
