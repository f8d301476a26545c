// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace sb {

// Loads the compiled translation for the user's locale, English otherwise
// (English is the source language; its file carries the plural forms, so that
// "%n seconds" reads "1 second"). Both applications call it at start.
bool installTranslations(QCoreApplication& app);

} // namespace sb
