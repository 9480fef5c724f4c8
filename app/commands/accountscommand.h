#pragma once

#include <QStringList>

namespace tenure::app {

// tenure accounts merge --book FILE --from ID --into ID
int runAccountsCommand(const QStringList& arguments);

} // namespace tenure::app
