#include "historybook.h"

#include <map>

namespace tenure::test::history {

namespace {

// 8 poorly used accounts and 4 well used ones churn, on the 15th of a month.
const std::map<int, QDate> kChurns = {
    {4, QDate(2025, 2, 15)},   {8, QDate(2025, 5, 15)},   {12, QDate(2025, 8, 15)},
    {16, QDate(2025, 11, 15)}, {20, QDate(2026, 2, 15)},  {24, QDate(2026, 5, 15)},
    {28, QDate(2026, 8, 15)},  {32, QDate(2026, 11, 15)}, {1, QDate(2025, 4, 15)},
    {5, QDate(2025, 10, 15)},  {9, QDate(2026, 4, 15)},   {13, QDate(2026, 10, 15)},
};
// 13 accounts halve their subscription.
const std::map<int, QDate> kContractions = {
    {36, QDate(2025, 1, 15)}, {2, QDate(2025, 3, 15)},  {6, QDate(2025, 6, 15)},
    {10, QDate(2025, 7, 15)}, {14, QDate(2025, 9, 15)}, {18, QDate(2025, 12, 15)},
    {22, QDate(2026, 1, 15)}, {26, QDate(2026, 3, 15)}, {30, QDate(2026, 6, 15)},
    {34, QDate(2026, 7, 15)}, {38, QDate(2026, 9, 15)}, {3, QDate(2026, 10, 15)},
    {7, QDate(2026, 12, 15)},
};

QByteArray day(const QDate& date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

QByteArray accountsCsv(const std::vector<PlantedAccount>& accounts)
{
    QByteArray csv = "account_id,account_name,owner,segment,seats,created_on\n";
    for (const auto& account : accounts) {
        csv += account.id.toLatin1() + ",Company " + account.id.toLatin1() + ',' +
               account.owner.toLatin1() + ",Mid-market,20," + day(kFirstDay) + '\n';
    }
    return csv;
}

QByteArray subscriptionsCsv(const std::vector<PlantedAccount>& accounts)
{
    QByteArray csv =
        "subscription_id,account_id,account_name,plan,start_date,end_date,mrr,currency\n";
    for (const auto& account : accounts) {
        const QByteArray id = account.id.toLatin1();
        const QByteArray prefix = "sub_" + id;
        const QByteArray name = ',' + id + ",Company " + id + ",Business,";
        if (account.contractOn.isValid()) {
            csv += prefix + "_1" + name + day(kFirstDay) + ',' + day(account.contractOn) +
                   ",500.00,USD\n";
            csv += prefix + "_2" + name + day(account.contractOn) + ",,250.00,USD\n";
        } else {
            const QByteArray end = account.churnOn.isValid() ? day(account.churnOn) : "";
            csv += prefix + name + day(kFirstDay) + ',' + end + ",500.00,USD\n";
        }
    }
    return csv;
}

// Every week while the account pays, from Monday 1 July 2024.
QByteArray usageCsv(const std::vector<PlantedAccount>& accounts)
{
    QByteArray csv = "account_id,week_start,active_users,sessions\n";
    for (const auto& account : accounts) {
        const QByteArray users = account.lowUsage ? ",3,10\n" : ",15,60\n";
        for (QDate week = kFirstDay; week.addDays(6) <= kDataThrough; week = week.addDays(7)) {
            if (account.churnOn.isValid() && week >= account.churnOn)
                break;
            csv += account.id.toLatin1() + ',' + day(week) + users;
        }
    }
    return csv;
}

// An NPS answer on every quarter's last day while the account pays.
QByteArray surveysCsv(const std::vector<PlantedAccount>& accounts)
{
    QByteArray csv = "account_id,response_id,submitted_at,survey,score\n";
    int next = 1;
    for (const auto& account : accounts) {
        for (QDate end(2024, 9, 30); end <= kDataThrough;
             end = QDate(end.year(), end.month(), 1).addMonths(4).addDays(-1)) {
            if (account.churnOn.isValid() && end >= account.churnOn)
                break;
            csv += account.id.toLatin1() + ",R" + QByteArray::number(next++) + ',' + day(end) +
                   (account.lowUsage ? ",NPS,4\n" : ",NPS,9\n");
        }
    }
    return csv;
}

} // namespace

std::vector<PlantedAccount> plantedAccounts()
{
    std::vector<PlantedAccount> accounts;
    for (int i = 1; i <= kAccounts; ++i) {
        PlantedAccount account;
        account.id = QStringLiteral("A%1").arg(i, 2, 10, QLatin1Char('0'));
        account.owner = i % 2 ? QStringLiteral("Dana") : QStringLiteral("Lee");
        account.lowUsage = i % 4 == 0;
        account.churnOn = kChurns.contains(i) ? kChurns.at(i) : QDate();
        account.contractOn = kContractions.contains(i) ? kContractions.at(i) : QDate();
        accounts.push_back(account);
    }
    return accounts;
}

CsvBook build()
{
    const auto accounts = plantedAccounts();
    return bookFromCsv({{QStringLiteral("accounts.csv"), accountsCsv(accounts)},
                        {QStringLiteral("subscriptions.csv"), subscriptionsCsv(accounts)},
                        {QStringLiteral("usage.csv"), usageCsv(accounts)},
                        {QStringLiteral("surveys.csv"), surveysCsv(accounts)}});
}

} // namespace tenure::test::history
