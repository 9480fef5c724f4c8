#pragma once

#include <QLocale>

namespace tenure {

// Installs Tenure's translations on the running application: the English
// plural forms of counted strings ("1 ticket", "4 tickets") always, and the
// locale's language when Tenure has it. Call once, after the application
// object exists.
void installTranslations(const QLocale& locale = QLocale());

} // namespace tenure
