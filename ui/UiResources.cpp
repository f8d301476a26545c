// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiResources.h"

#include <QtGlobal>

static void registerSecretBenchResources()
{
    Q_INIT_RESOURCE(secretbench);
}

namespace sb {

void initUiResources()
{
    static const bool registered = (registerSecretBenchResources(), true);
    Q_UNUSED(registered);
}

} // namespace sb
