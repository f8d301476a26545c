// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/VaultContent.h"

#include <QIcon>
#include <QString>

namespace sb {

// How every list shows a project secret's type: one icon and one short name.
QIcon secretTypeIcon(ProjectSecretType type);
// "MongoDB", "JWT", "Client secret", "RSA key": for narrow columns.
QString secretTypeShortName(ProjectSecretType type);

} // namespace sb
