#pragma once

#include "health/accountsignals.h"

#include <QString>

namespace tenure::test {

// Every field of an account's signals as one text, to compare two reads of them.
QString digest(const health::AccountSignals& account);

} // namespace tenure::test
