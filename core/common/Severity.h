// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb {

// How bad a finding is, in the four levels every workspace shows the same way
// (Kleopatra's good / neutral / warning / danger): lint problems, inspector
// diagnoses, URL and key warnings.
enum class Severity
{
    Ok, // a check that passed, shown in green
    Info, // neutral information
    Warning, // works, but risky or surprising
    Error // does not work
};

inline QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace sb
