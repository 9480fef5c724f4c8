#include "names.h"

#include <array>

namespace tenure::demo {

namespace {

constexpr std::array<std::string_view, 48> kStems{
    "North",  "Blue",  "Silver", "Cedar",   "Harbor", "Bright", "Stone", "River", "Summit", "Oak",
    "Iron",   "Maple", "Clear",  "Red",     "Pine",   "Golden", "Swift", "West",  "East",   "High",
    "Lake",   "Sun",   "Green",  "Falcon",  "Copper", "Birch",  "Crest", "Wolf",  "Coral",  "Amber",
    "Star",   "Alder", "Frost",  "Granite", "Willow", "Hawk",   "Sage",  "Delta", "Arrow",  "Bay",
    "Cobalt", "Elm",   "Fern",   "Ridge",   "Orbit",  "Quartz", "Tide",  "Vale"};
constexpr std::array<std::string_view, 32> kEndings{
    "field", "stone", "bridge", "line",  "works", "point", "gate",   "wood",
    "view",  "path",  "light",  "port",  "haven", "mark",  "shore",  "peak",
    "ford",  "brook", "wave",   "forge", "dale",  "land",  "spring", "crest",
    "well",  "stack", "grid",   "loop",  "vista", "nest",  "side",   "ware"};

struct Industry
{
    std::string_view name;
    std::array<std::string_view, 4> words; // what such a company calls itself
};

constexpr std::array<Industry, 12> kIndustries{{
    {"Software", {"Software", "Labs", "Systems", "Technologies"}},
    {"Financial services", {"Capital", "Finance", "Payments", "Partners"}},
    {"Healthcare", {"Health", "Clinics", "Medical", "Care"}},
    {"Retail", {"Retail", "Stores", "Goods", "Market"}},
    {"Manufacturing", {"Manufacturing", "Industries", "Components", "Fabrication"}},
    {"Logistics", {"Logistics", "Freight", "Transport", "Shipping"}},
    {"Education", {"Learning", "Academy", "Education", "Schools"}},
    {"Marketing", {"Media", "Marketing", "Agency", "Creative"}},
    {"Real estate", {"Properties", "Realty", "Estates", "Homes"}},
    {"Hospitality", {"Hotels", "Hospitality", "Travel", "Resorts"}},
    {"Professional services", {"Consulting", "Advisors", "Group", "Associates"}},
    {"Energy", {"Energy", "Power", "Solar", "Utilities"}},
}};

constexpr std::array<std::string_view, 6> kLegalForms{"Inc.", "Ltd", "GmbH", "LLC", "Co.", "AB"};

struct Country
{
    std::string_view code;
    double weight;
};
constexpr std::array<Country, 12> kCountries{{{"US", 40},
                                              {"GB", 12},
                                              {"DE", 9},
                                              {"CA", 7},
                                              {"FR", 6},
                                              {"NL", 5},
                                              {"AU", 5},
                                              {"SE", 4},
                                              {"ES", 4},
                                              {"IN", 3},
                                              {"BR", 3},
                                              {"JP", 2}}};

constexpr std::array<std::string_view, 40> kFirstNames{
    "Emma",  "Liam",   "Olivia", "Noah",   "Ava",   "Lucas", "Mia",   "Ethan",  "Zoe",    "Mateo",
    "Lena",  "Felix",  "Nora",   "Omar",   "Aisha", "Kenji", "Sara",  "Diego",  "Hannah", "Ravi",
    "Julia", "Tomas",  "Ingrid", "Marcus", "Chloe", "Yusuf", "Elena", "Samuel", "Freya",  "Andre",
    "Leila", "Victor", "Grace",  "Nikhil", "Clara", "Pablo", "Alice", "Jonah",  "Maya",   "Henrik"};
constexpr std::array<std::string_view, 40> kLastNames{
    "Smith",    "Meyer",  "Garcia", "Chen",     "Johansson", "Rossi",  "Kowalski", "Nguyen",
    "Patel",    "Dubois", "Silva",  "Kim",      "Novak",     "Berg",   "Walker",   "Schmidt",
    "Lopez",    "Sato",   "Brown",  "Fischer",  "Jensen",    "Moreau", "Costa",    "Ivanova",
    "Murphy",   "Larsen", "Khan",   "Okafor",   "Hughes",    "Weber",  "Bauer",    "Lindgren",
    "Martinez", "Tanaka", "Wright", "Petersen", "Ali",       "Evans",  "Romano",   "Clarke"};

std::string lowerAscii(std::string_view text)
{
    std::string result;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            result += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            result += c;
    }
    return result;
}

} // namespace

Company CompanyNames::next(Random& random)
{
    const Industry& industry = random.pick(kIndustries);
    std::array<double, kCountries.size()> weights{};
    for (std::size_t i = 0; i < kCountries.size(); ++i)
        weights[i] = kCountries[i].weight;
    const std::string_view country =
        kCountries[static_cast<std::size_t>(random.weighted(weights))].code;

    const std::string brand = std::string(random.pick(kStems)) + std::string(random.pick(kEndings));
    std::string name = brand + ' ' + std::string(random.pick(industry.words)) + ' ' +
                       std::string(random.pick(kLegalForms));
    // Beyond a few ten thousand accounts the combinations run out: number the rest.
    for (int n = 2; m_names.contains(name); ++n)
        name = brand + ' ' + std::to_string(n) + ' ' + std::string(random.pick(industry.words));
    m_names.insert(name);

    const std::string stem = lowerAscii(brand);
    std::string domain = stem + ".com";
    for (int n = 2; m_domains.contains(domain); ++n)
        domain = stem + lowerAscii(random.pick(industry.words)) + std::to_string(n) + ".com";
    m_domains.insert(domain);
    return {std::move(name), std::move(domain), industry.name, country};
}

Person inventPerson(Random& random, std::string_view domain)
{
    const std::string_view first = random.pick(kFirstNames);
    const std::string_view last = random.pick(kLastNames);
    std::string email = lowerAscii(first) + '.' + lowerAscii(last) + '@' + std::string(domain);
    return {std::string(first) + ' ' + std::string(last), std::move(email)};
}

std::string_view titleFor(std::string_view role, Random& random)
{
    if (role == "buyer")
        return random.chance(0.5) ? "VP Operations" : "Head of Procurement";
    if (role == "executive_sponsor")
        return random.chance(0.5) ? "Chief Operating Officer" : "VP Customer Experience";
    if (role == "champion")
        return random.chance(0.5) ? "Operations Manager" : "Team Lead";
    if (role == "admin")
        return "Systems Administrator";
    if (role == "power_user")
        return "Senior Analyst";
    if (role == "it")
        return "IT Manager";
    return random.chance(0.5) ? "Analyst" : "Coordinator";
}

} // namespace tenure::demo
