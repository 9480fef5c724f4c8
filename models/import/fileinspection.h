#pragma once

#include "fileplan.h"

namespace tenure::import {

// inspectFile() as a worker runs it: with its own read-only connection to the
// book (for remembered mappings), errors turned into a message.
struct Inspection
{
    FilePlan plan;
    QString error; // translated; empty when the file was read
};

Inspection inspectInBackground(const QString& path, const ReadingChoices& choices,
                               const QString& bookPath);

} // namespace tenure::import
