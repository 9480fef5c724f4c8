#pragma once

#include "random.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace tenure::demo {

struct Company
{
    std::string name;
    std::string domain;
    std::string_view industry;
    std::string_view country; // ISO 3166 alpha-2
};

// Invents plausible, unique company names and domains. Uniqueness needs the
// names handed out so far, so one instance serves the whole book, in account order.
class CompanyNames
{
public:
    Company next(Random& random);

private:
    std::unordered_set<std::string> m_names;
    std::unordered_set<std::string> m_domains;
};

struct Person
{
    std::string name;
    std::string email; // at the given domain
};

Person inventPerson(Random& random, std::string_view domain);
// A job title that fits a contact role code.
std::string_view titleFor(std::string_view role, Random& random);

} // namespace tenure::demo
