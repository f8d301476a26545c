#pragma once

class QCoreApplication;

namespace sb {

// Registers the compiled-in icons. The ui library is static, so its resources
// are only linked in when something refers to them: every widget that shows
// an icon calls this first.
void initUiResources();

// Loads the compiled translation for the user's locale (English otherwise).
bool installTranslations(QCoreApplication& app);

} // namespace sb
