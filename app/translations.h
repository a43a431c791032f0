#pragma once

class QCoreApplication;
class QLocale;

namespace GoDual::Translations {

// Installs GoDual's translation (and Qt's own, for dialogs) for `locale`, the system's by
// default; English needs none. Returns false when GoDual has no translation for that language.
// A later call replaces what an earlier one installed, so the language can change at run time.
bool install(QCoreApplication &app);
bool install(QCoreApplication &app, const QLocale &locale);

} // namespace GoDual::Translations
