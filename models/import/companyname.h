#pragma once

#include <QString>

namespace tenure::import {

// A company's name as matching reads it: "ACME, Inc." is the base "acme"
// with the legal form "inc"; "Acme Incorporated" reads the same.
struct CompanyName
{
    QString base;
    QString form; // the legal form's usual abbreviation; empty when the name has none
};
CompanyName splitCompanyName(const QString& name);

// "ACME, Inc." and "Acme Incorporated" both read "acme".
QString normaliseCompanyName(const QString& name);

// Whether two names of the same base may be one company: Beta GmbH and Beta
// LLC are two companies, Acme and Acme Inc may be one.
bool formsMayMatch(const QString& form, const QString& otherForm);

} // namespace tenure::import
