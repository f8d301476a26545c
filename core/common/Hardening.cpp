// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hardening.h"

#include <QLoggingCategory>

#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace sb::Hardening {

bool disableCoreDumps()
{
    bool ok = true;
    struct rlimit none = { 0, 0 };
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#if !defined(__SANITIZE_ADDRESS__)
    // Not under AddressSanitizer: its leak checker must attach to our threads.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void sensitiveCategoryFilter(QLoggingCategory* category)
{
    if (g_previousFilter) {
        g_previousFilter(category);
    }
    static const char* const prefixes[] = {
        "qt.qpa.input",
        "qt.qpa.events",
        "qt.qpa.xkeyboard",
        "qt.qpa.keymapper",
        "qt.qpa.xinput",
        "qt.qpa.wayland.input",
        "qt.qpa.wayland.textinput",
        "qt.xkb",
        "qt.accessibility",
        "qt.text",
        "qt.widgets.gestures",
        "qt.inputmethod",
    };
    const char* name = category->categoryName();
    for (const char* prefix : prefixes) {
        if (std::strncmp(name, prefix, std::strlen(prefix)) == 0) {
            category->setEnabled(QtDebugMsg, false);
            category->setEnabled(QtInfoMsg, false);
            return;
        }
    }
}

} // namespace

void restrictSensitiveLogging()
{
    g_previousFilter = QLoggingCategory::installFilter(sensitiveCategoryFilter);
}

} // namespace sb::Hardening
