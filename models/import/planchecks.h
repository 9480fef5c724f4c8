#pragma once

#include "fileplan.h"

#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace tenure::import {

// What stops a file before anything is imported, each problem said in full:
// which columns are missing, which preset it looks like, which option settles
// an open question. Empty when the file can be imported.
QStringList planProblems(const FilePlan& plan);

// The system export whose columns a file partly has (at least half its
// signature and three of its columns), and which of them are missing; nullptr
// when it looks like none. Reading such a file as another kind would lose
// what the user meant, so it is refused with this instead.
// `recognised` is the layout that fits, if any: a system's export stands
// out only where it reads more of the file.
const Preset* lookalikePreset(const QStringList& headers, const Preset* recognised,
                              QStringList& missing);

// A lending file's fields (Preset::lendsOnly) it has no column for.
std::vector<Field> unmatchedFields(const Preset& preset, const FieldMapping& mapping);

// Fields another file of the export lends (PresetLink) are not missing here.
void removeLentFields(const Preset& preset, std::vector<Field>& missing);

// Amount units and billing interval: from the option, else the preset's
// documented meaning, else a column; what stays open becomes a question.
void settleUnitsAndInterval(FilePlan& plan, const ReadingChoices& choices,
                            QByteArrayView utf8Sample);

} // namespace tenure::import
