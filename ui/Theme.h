// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Settings.h"

namespace sb::Theme {

// Applies the chosen theme to the whole application: the platform's own
// palette for System, Qt's Fusion style with a light or dark palette otherwise.
void apply(Settings::Theme theme);

// True when the current application palette is dark (for colours we choose).
bool isDark();

} // namespace sb::Theme
