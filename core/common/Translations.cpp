// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// The .qm files are a resource of the static secretbench_translations library:
// referring to it here links it in.
static void registerTranslations()
{
    Q_INIT_RESOURCE(translations);
}

namespace sb {

bool installTranslations(QCoreApplication& app)
{
    static const bool registered = (registerTranslations(), true);
    Q_UNUSED(registered);
    auto* translator = new QTranslator(&app);
    if (!translator->load(QLocale(), QStringLiteral("secretbench"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))
        && !translator->load(QStringLiteral(":/i18n/secretbench_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace sb
