#pragma once

class QCoreApplication;
class QLocale;

namespace GoDual::Translations {

// Installs GoDual's translation (and Qt's own, for dialogs) for `locale`, the system's by
// default; English needs none. Returns false when GoDual has no translation for that language.
bool install(QCoreApplication &app);
bool install(QCoreApplication &app, const QLocale &locale);

} // namespace GoDual::Translations
