// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

namespace sb::SelfTest {

// Known-answer tests run by both executables at start: a Port-managed envelope
// (AES-256-GCM with a 16-byte IV) and a client-side envelope (RSA-OAEP-SHA256
// unwrap, AES-256-GCM with a 12-byte IV), both made by an independent
// implementation (pycryptodome), plus a tampered copy that must be refused.
// A failure means the crypto engine cannot be trusted.
Status run();

} // namespace sb::SelfTest
