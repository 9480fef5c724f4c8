#pragma once

#include "common/tempbook.h"
#include "import/importtesthelpers.h"

#include <QTest>

namespace tenure::test {

// A book imported from CSV in which a CRM's "ACME Inc" (its own domain, so
// not matched) became a second account beside the billing's "Acme Inc" (C1;
// X1 in the CRM), with a ticket, a usage week, a contact and an activity of
// its own; Beta LLC (C2) stands apart. Acme has a ticket and a usage week too.
inline void importDuplicateAccounts(const TempFolder& folder, store::Book& book)
{
    const QString billing = folder.write(QStringLiteral("billing.csv"),
                                         "account_id,account_name,email,start_date,mrr\n"
                                         "C1,Acme Inc,ops@acme.example,2024-01-15,50.00\n"
                                         "C2,Beta LLC,billing@beta.example,2023-09-01,100.00\n");
    QVERIFY(importInto(book, {billing}).committed);
    import::ImportOptions crm;
    crm.reading.source = QStringLiteral("crm");
    const QString accounts = folder.write(QStringLiteral("crm.csv"),
                                          "account_id,account_name,domain,owner,industry\n"
                                          "X1,ACME Inc,acme-holding.example,Dana Owner,Software\n");
    const auto outcome = importInto(book, {accounts}, crm);
    QVERIFY(outcome.committed);
    // Same name, another domain: a new account, listed for review, never merged silently.
    QCOMPARE(outcome.files.front().reviews.size(), std::size_t{1});
    QCOMPARE(outcome.files.front().reviews.front().candidateName, QStringLiteral("Acme Inc"));
    const QString tickets =
        folder.write(QStringLiteral("tickets.csv"), "ticket_id,account_id,opened_on,priority\n"
                                                    "T1,X1,2024-06-01,high\n"
                                                    "T2,C1,2024-06-02,normal\n");
    const QString usage =
        folder.write(QStringLiteral("usage.csv"), "account_id,week_start,active_users\n"
                                                  "X1,2024-06-03,5\n"
                                                  "C1,2024-06-10,7\n");
    const QString contacts = folder.write(QStringLiteral("contacts.csv"),
                                          "account_id,contact_name,email,role\n"
                                          "X1,Dana Doe,dana@acme-holding.example,champion\n");
    const QString activities =
        folder.write(QStringLiteral("activities.csv"), "activity_id,account_id,date,kind,subject\n"
                                                       "A1,X1,2024-06-04,Call,Intro\n");
    QVERIFY(importInto(book, {tickets, usage, contacts, activities}).committed);
}

} // namespace tenure::test
