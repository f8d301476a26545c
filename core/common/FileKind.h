// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace sb {

// What a file given to `secretbench FILE` (or dropped on the window) holds,
// which decides the workspace that opens it.
enum class FileKind
{
    Definition, // a Port action, a userInputs object or a bare properties object -> form preview
    Envelope, // one encrypted value                                          -> inspector
    Body, // a JSON document carrying encrypted values, or a JSON-lines log -> inspector
    Vault, // a SecretBench vault                                           -> project secrets
    Unknown
};

FileKind detectFileKind(QByteArrayView content);
QString fileKindName(FileKind kind);

} // namespace sb
