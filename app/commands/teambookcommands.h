#pragma once

#include <QStringList>

namespace tenure::app {

// tenure book copy --from FILE|URI --to FILE|URI
int runBookCommand(const QStringList& arguments);

// tenure team init --book URI [--role-prefix PREFIX]
int runTeamCommand(const QStringList& arguments);

} // namespace tenure::app
