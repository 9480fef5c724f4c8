#include "accountmatcher.h"

#include "companyname.h"
#include "store/sqlite.h"

#include <QCoreApplication>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::AccountMatcher)
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The name a new account gets when the export has none: the company domain, else the id.
std::string_view displayName(const AccountMatcher::Customer& customer)
{
    if (!customer.name.empty())
        return customer.name;
    if (!customer.domain.empty())
        return customer.domain;
    return customer.id;
}

} // namespace

AccountMatcher::AccountMatcher(store::Connection& connection, QString source, std::int64_t importId,
                               QHash<QString, std::int64_t> confirmed, QSet<std::int64_t> mergeInto)
    : m_connection(connection)
    , m_source(std::move(source))
    , m_importId(importId)
    , m_confirmed(std::move(confirmed))
    , m_mergeInto(std::move(mergeInto))
{
    load();
    m_insertAccount = std::make_unique<store::Statement>(
        m_connection.prepare("INSERT INTO accounts(name, domain, import_id) VALUES (?, ?, ?)"));
    m_insertExternalId = std::make_unique<store::Statement>(m_connection.prepare(
        "INSERT INTO account_external_ids(source, external_id, account_id) VALUES (?, ?, ?)"));
}

AccountMatcher::~AccountMatcher() = default;

void AccountMatcher::load()
{
    auto ids = m_connection.prepare(
        "SELECT external_id, account_id FROM account_external_ids WHERE source = ?");
    ids.bind(1, m_source);
    while (ids.step())
        m_byExternalId.insert(ids.utf8Value(0), ids.intValue(1));

    auto accounts = m_connection.prepare("SELECT id, name, domain FROM accounts");
    while (accounts.step()) {
        const std::int64_t id = accounts.intValue(0);
        const QString name = accounts.textValue(1);
        m_names.insert(id, name);
        const CompanyName company = splitCompanyName(name);
        m_byName[company.base].append(id);
        m_forms.insert(id, company.form);
        if (!accounts.isNull(2))
            m_byDomain[accounts.textValue(2).toLower()].append(id);
    }
}

void AccountMatcher::link(std::string_view externalId, std::int64_t accountId)
{
    m_insertExternalId->bind(1, m_source).bind(2, externalId).bind(3, accountId);
    m_insertExternalId->exec();
    m_byExternalId.insert(externalId, accountId);
}

std::int64_t AccountMatcher::create(const Customer& customer)
{
    const std::string_view name = displayName(customer);
    m_insertAccount->bind(1, name);
    if (customer.domain.empty())
        m_insertAccount->bindNull(2);
    else
        m_insertAccount->bind(2, customer.domain);
    m_insertAccount->bind(3, m_importId);
    m_insertAccount->exec();
    const std::int64_t id = m_connection.lastInsertId();
    const QString qname = fromUtf8(name);
    m_names.insert(id, qname);
    const CompanyName company = splitCompanyName(qname);
    m_byName[company.base].append(id);
    m_forms.insert(id, company.form);
    if (!customer.domain.empty())
        m_byDomain[fromUtf8(customer.domain)].append(id);
    ++m_created;
    return id;
}

std::int64_t AccountMatcher::resolve(const Customer& customer, const QString& fileName)
{
    m_lastCreated = false;
    if (const std::int64_t found = m_byExternalId.find(customer.id); found != 0)
        return found;

    const QString externalId = fromUtf8(customer.id);
    if (const auto confirmed = m_confirmed.constFind(externalId); confirmed != m_confirmed.cend()) {
        link(customer.id, *confirmed);
        return *confirmed;
    }

    const QList<std::int64_t> byDomain = customer.domain.empty()
                                             ? QList<std::int64_t>()
                                             : m_byDomain.value(fromUtf8(customer.domain));
    const CompanyName name = splitCompanyName(fromUtf8(customer.name));
    const QList<std::int64_t> sameBase =
        name.base.isEmpty() ? QList<std::int64_t>() : m_byName.value(name.base);

    // The domain agreeing, the legal form may differ (Acme Inc, Acme Corp);
    // by name alone a different form is another company (Beta GmbH, Beta LLC).
    QList<std::int64_t> both;
    QList<std::int64_t> byName;
    for (std::int64_t id : sameBase) {
        if (byDomain.contains(id))
            both.append(id);
        if (formsMayMatch(name.form, m_forms.value(id)))
            byName.append(id);
    }
    if (both.size() == 1) {
        link(customer.id, both.front());
        return both.front();
    }

    const QList<std::int64_t>& candidates = !both.isEmpty()       ? both
                                            : !byDomain.isEmpty() ? byDomain
                                                                  : byName;
    for (std::int64_t candidate : candidates) {
        if (m_mergeInto.contains(candidate)) {
            link(customer.id, candidate);
            return candidate;
        }
    }
    const std::int64_t id = create(customer);
    link(customer.id, id);
    m_lastCreated = true;
    for (std::int64_t candidate : candidates) {
        if (candidate == id)
            continue;
        MatchReview review;
        review.file = fileName;
        review.line = customer.line;
        review.externalId = externalId;
        review.name = fromUtf8(displayName(customer));
        review.newAccountId = id;
        review.candidateAccountId = candidate;
        review.candidateName = m_names.value(candidate);
        review.reason = !byDomain.isEmpty()
                            ? Messages::tr("same email domain %1").arg(fromUtf8(customer.domain))
                            : Messages::tr("same name");
        m_reviews.push_back(std::move(review));
        break; // one candidate is enough to ask about
    }
    return id;
}

} // namespace tenure::import
