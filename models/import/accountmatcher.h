#pragma once

#include "externalidindex.h"
#include "typedrows.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace tenure::store {
class Connection;
class Statement;
} // namespace tenure::store

namespace tenure::import {

// A customer that looks like an account already in the book (same email
// domain, or same name) but is not certainly the same: Tenure created a new
// account and asks the user whether to merge them. Never merged silently.
struct MatchReview
{
    QString file;
    std::int64_t line = 0;
    QString externalId;
    QString name;
    std::int64_t newAccountId = 0;
    std::int64_t candidateAccountId = 0;
    QString candidateName;
    QString reason; // translated
};

// Finds the book's account for a source's customer: by the source's id
// first; then, for a customer new to this source, by company email domain and
// name. Only when both agree on one account is it linked; when one of them
// points at an account, a new account is made and a review is recorded.
// Customers the user confirmed (`confirmed`: external id → account id) are
// linked, and so are those that only resemble an account of `mergeInto`.
class AccountMatcher
{
public:
    AccountMatcher(store::Connection& connection, QString source, std::int64_t importId,
                   QHash<QString, std::int64_t> confirmed, QSet<std::int64_t> mergeInto = {});
    ~AccountMatcher();

    struct Customer
    {
        std::string_view id;
        std::string_view name;
        std::string_view email;
        std::string_view domain;
        std::int64_t line = 0;
    };
    std::int64_t resolve(const Customer& customer, const QString& fileName);
    bool lastWasCreated() const { return m_lastCreated; }

    int accountsCreated() const { return m_created; }
    std::vector<MatchReview> takeReviews() { return std::exchange(m_reviews, {}); }

private:
    void load();
    std::int64_t create(const Customer& customer);
    void link(std::string_view externalId, std::int64_t accountId);

    store::Connection& m_connection;
    QString m_source;
    std::int64_t m_importId;
    QHash<QString, std::int64_t> m_confirmed;
    QSet<std::int64_t> m_mergeInto;
    ExternalIdIndex m_byExternalId;
    QHash<QString, QList<std::int64_t>> m_byDomain;
    QHash<QString, QList<std::int64_t>> m_byName;
    QHash<std::int64_t, QString> m_names;
    QHash<std::int64_t, QString> m_forms; // each account's legal form (CompanyName::form)
    std::unique_ptr<store::Statement> m_insertAccount;
    std::unique_ptr<store::Statement> m_insertExternalId;
    std::vector<MatchReview> m_reviews;
    int m_created = 0;
    bool m_lastCreated = false;
};

} // namespace tenure::import
