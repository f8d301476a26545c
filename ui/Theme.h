#pragma once

#include "common/Settings.h"

namespace sb::Theme {

// Applies the chosen theme to the whole application: the platform's own
// palette for System, Qt's Fusion style with a light or dark palette otherwise.
void apply(Settings::Theme theme);

// True when the current application palette is dark (for colours we choose).
bool isDark();

} // namespace sb::Theme
