#pragma once

#include <QString>

namespace tenure::store {

// Who is working in this process, for a file book's changed_by and
// imported_by columns: the name the person chose (the window sets it from the
// preferences), else the login name of the account Tenure runs under, else a
// null string (which binds NULL). One person per process; any thread may ask.
QString currentPerson();
// An empty name goes back to the login name.
void setCurrentPerson(const QString& name);
// The login name of the account this process runs under; null when unknown.
QString loginName();

// Now, as the book's *_at columns hold it: UTC, ISO 8601, to the second.
QString changeTimestamp();

} // namespace tenure::store
