// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace sb::cli {

// Asks for a passphrase on the controlling terminal (/dev/tty) with echo
// off, so that standard input stays free for values. Fails with
// PassphraseRequired when there is no terminal.
Result<SecureBuffer> promptPassphrase(const QString& prompt);

} // namespace sb::cli
