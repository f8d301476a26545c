// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputs/ActionDefinition.h"

#include <QtGlobal>

#include <memory>

namespace sb::test {

// A definition the test knows to be readable.
inline std::shared_ptr<const ActionDefinition> definition(const QByteArray& text)
{
    auto d = ActionDefinition::parse(text);
    if (!d) {
        qFatal("bad test definition: %s", qPrintable(d.error().message));
    }
    return std::make_shared<const ActionDefinition>(std::move(*d));
}

} // namespace sb::test
