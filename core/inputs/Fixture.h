// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/JsonText.h"
#include "crypto/RsaKey.h"
#include "crypto/SecureBuffer.h"
#include "inputs/FormSession.h"
#include "inputs/RequestBuilder.h"

namespace sb {

// A JSON file a backend's own unit tests load to prove they decrypt what
// Port sends: the definition, the values typed, each envelope with the value
// it must decrypt to and where it sits in the body, the full request, and the
// key material the user chose to include.
class Fixture
{
public:
    static constexpr auto FormatName = "secretbench-fixture/1";

    struct Options
    {
        const SecureBuffer* clientSecret = nullptr; // included when set
        QList<RsaPrivateKey> privateKeys; // included (PKCS#8 PEM) when any
    };

    static QByteArray build(const FormSession& session, const BuildResult& built, const Options& options);

    // The warning to show before saving, or an empty string when no key is included.
    static QString keyWarning(const Options& options);
};

} // namespace sb
