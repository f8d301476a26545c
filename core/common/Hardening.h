// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sb::Hardening {

// Called first thing by both executables: no core dump may ever contain a
// secret, and other processes of the same user may not read our memory.
// Returns false when the operating system refused (the caller may warn).
bool disableCoreDumps();

// Keeps the logging categories that can print what is typed (key events,
// input methods, accessibility text, text layout) off, even when
// QT_LOGGING_RULES turns every category on: a passphrase or a secret typed
// into a field must never reach a log. Other categories are untouched.
void restrictSensitiveLogging();

} // namespace sb::Hardening
