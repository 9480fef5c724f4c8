#pragma once

#include "kinds.h"
#include "rowreader.h"
#include "typedrows.h"

namespace tenure::import {

// What a row builder needs to know beyond the row.
struct BuildContext
{
    QString source;
    Kind kind = Kind::Subscriptions;
    QString baseCurrency;
};

// What became of one record.
enum class Built { Row, Rejected, Ignored };

// Types and normalises one record; rejections go to the reader. Ignored rows
// (a credit note, a line with no service period) are counted as skipped.
Built buildPeriod(RowReader& reader, const BuildContext& context, TextArena& text, PeriodRow& row);
Built buildAccount(RowReader& reader, const BuildContext& context, TextArena& text,
                   AccountRow& row);
Built buildRate(RowReader& reader, const BuildContext& context, RateRow& row);

// Who the row belongs to: its customer id, name, email and company domain.
CustomerRef readCustomer(RowReader& reader, TextArena& text);

// A company's domain however a CRM writes it: "https://www.Acme.example/about",
// "www.acme.example", "acme.example." and "ops@acme.example" all read "acme.example".
std::string normaliseDomain(std::string_view written);

// The email's domain, lower case; empty for free-mail providers, which say
// nothing about the company.
std::string companyDomain(std::string_view email);

} // namespace tenure::import
