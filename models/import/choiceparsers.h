#pragma once

#include "amountparser.h"
#include "interval.h"
#include "kinds.h"

#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace tenure::import {

// The command line's import choices, read from their text; each returns
// nullopt and says why in `error` when the text cannot be read.

// "Account Owner=owner,Company Domain Name=domain": headers and Tenure's field keys.
std::optional<std::vector<std::pair<QString, Field>>> parseColumnMap(const QString& text,
                                                                     QString& error);
// "EUR=1.08,GBP=1.27": base-currency units per unit of each currency.
std::optional<QHash<QString, double>> parseFixedRates(const QString& text,
                                                      const QString& baseCurrency, QString& error);
// "major" or "minor".
std::optional<AmountUnits> parseAmountUnits(const QString& text, QString& error);
// "month", "year", "quarter", "3 months", ...
std::optional<Interval> parseIntervalChoice(const QString& text, QString& error);

} // namespace tenure::import
