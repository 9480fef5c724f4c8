#pragma once

#include "fileplan.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tenure::import {

// One of the first rows of a file as the import reads it: each mapped
// field's value typed (dates in ISO, amounts in major units, intervals by
// name), the MRR a subscription or invoice row comes to, and what would be
// rejected. What `tenure import --inspect` prints.
struct TypedPreviewRow
{
    std::int64_t line = 0;
    std::vector<std::pair<Field, QString>> values; // mapped fields, in the kind's order
    QString mrr;                                   // "147.00 USD"; empty for other kinds
    QString outcome;                               // "", "skipped: …" or the rejections
};

std::vector<TypedPreviewRow> typedPreview(const FilePlan& plan, const QString& baseCurrency,
                                          int rows);

} // namespace tenure::import
