#pragma once

#include "playbook.h"

#include <vector>

namespace tenure::playbooks {

// The playbooks every book starts with: one per churn cause (from the remedies
// in the domain notes), the lifecycle plays, and one-to-many plays for the
// long tail. Their texts are translated.
std::vector<Playbook> builtinPlaybooks();

} // namespace tenure::playbooks
