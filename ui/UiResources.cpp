#include "UiResources.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtGlobal>

static void registerSecretBenchResources()
{
    Q_INIT_RESOURCE(secretbench);
    Q_INIT_RESOURCE(translations);
}

namespace sb {

void initUiResources()
{
    static const bool registered = (registerSecretBenchResources(), true);
    Q_UNUSED(registered);
}

bool installTranslations(QCoreApplication& app)
{
    initUiResources();
    auto* translator = new QTranslator(&app);
    // English is the source language; the .qm still proves the pipeline and
    // carries plural forms ("%n seconds").
    if (!translator->load(QLocale(), QStringLiteral("secretbench"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))
        && !translator->load(QStringLiteral(":/i18n/secretbench_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace sb
