// Writes a Stripe-style invoice line items export for the import benchmark:
// generate_invoices ROWS FILE. Deterministic; about 130 bytes a row; every
// 40th description is quoted and spans two lines, every 7th name holds a comma.
#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: generate_invoices ROWS FILE\n");
        return 2;
    }
    const long rows = std::atol(argv[1]);
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out)
        return 1;
    std::fputs("id,Invoice ID,Customer,Customer Name,Customer Email,Description,Amount,Currency,"
               "Quantity,Period Start (UTC),Period End (UTC),Proration\n",
               out);
    const long customers = rows / 20 + 1;
    for (long i = 0; i < rows; ++i) {
        const long customer = (i * 7919) % customers;
        const long month = i / customers; // each customer's consecutive months
        const int year = 2015 + static_cast<int>(month / 12);
        const int startMonth = static_cast<int>(month % 12) + 1;
        const int endYear = startMonth == 12 ? year + 1 : year;
        const int endMonth = startMonth == 12 ? 1 : startMonth + 1;
        const int seats = 1 + static_cast<int>(customer % 9);
        const long cents = 1900L * seats + (customer % 5) * 1000;
        const char* name = customer % 7 == 0 ? "\"Northwind %06ld, Inc.\"" : "Contoso %06ld GmbH";
        char customerName[48];
        std::snprintf(customerName, sizeof customerName, name, customer);
        const char* description = i % 40 == 0 ? "\"Team plan\nper seat\""
                                              : (customer % 3 ? "Team plan" : "Business plan");
        std::fprintf(out,
                     "il_%010ld,in_%09ld,cus_%08ld,%s,billing@c%06ld.example,%s,%ld.%02ld,usd,"
                     "%d,%04d-%02d-01 00:00,%04d-%02d-01 00:00,false\n",
                     i, i / 2, customer, customerName, customer, description, cents / 100,
                     cents % 100, seats, year, startMonth, endYear, endMonth);
    }
    return std::fclose(out) == 0 ? 0 : 1;
}
