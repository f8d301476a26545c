// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Translations.h" // installTranslations()

namespace sb {

// Registers the compiled-in icons. The ui library is static, so its resources
// are only linked in when something refers to them: every widget that shows
// an icon calls this first.
void initUiResources();

} // namespace sb
