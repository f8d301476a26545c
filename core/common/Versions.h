// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sb::Versions {

// The libraries SecretBench runs on, with the versions actually loaded
// (not the ones it was compiled against), for About boxes and --version.
QList<QPair<QString, QString>> libraries();

} // namespace sb::Versions
