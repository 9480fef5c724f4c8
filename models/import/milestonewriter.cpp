#include "milestonewriter.h"

#include "store/sqlite.h"

#include <QCoreApplication>
#include <QStringList>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::MilestoneWriter)
};

const std::string& textOf(const SqlValue& value)
{
    static const std::string none;
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : none;
}

} // namespace

MilestoneWriter::MilestoneWriter(store::Connection& connection, bool target, bool live)
    : m_target(target)
    , m_live(live)
{
    m_find = std::make_unique<store::Statement>(connection.prepare(
        "SELECT coalesce(onboarding_target_on, ''), coalesce(go_live_on, '') FROM accounts "
        "WHERE id = ?1"));
    // A column the file lacks keeps its value: ?4 and ?5 say which are written.
    m_update = std::make_unique<store::Statement>(connection.prepare(
        "UPDATE accounts SET "
        "onboarding_target_on = CASE WHEN ?4 THEN nullif(?2, '') ELSE onboarding_target_on END, "
        "go_live_on = CASE WHEN ?5 THEN nullif(?3, '') ELSE go_live_on END WHERE id = ?1"));
}

MilestoneWriter::~MilestoneWriter() = default;

WriteOutcome MilestoneWriter::write(std::int64_t accountId, const SignalRow& row, QString* change)
{
    const std::string& target = textOf(row.values.at(0));
    const std::string& live = textOf(row.values.at(1));
    m_find->bind(1, accountId);
    if (!m_find->step()) {
        m_find->reset();
        return WriteOutcome::Unchanged; // SignalAccounts found it: not reached
    }
    QStringList changed;
    const auto compare = [&](bool written, int column, const std::string& value, const char* name) {
        const std::string_view stored = m_find->utf8Value(column);
        if (written && stored != value)
            changed.append(
                QStringLiteral("%1 %2 → %3")
                    .arg(QLatin1String(name),
                         stored.empty()
                             ? Messages::tr("(empty)")
                             : QString::fromUtf8(stored.data(), qsizetype(stored.size())),
                         value.empty() ? Messages::tr("(empty)") : QString::fromStdString(value)));
    };
    compare(m_target, 0, target, "onboarding_target_on");
    compare(m_live, 1, live, "go_live_on");
    const bool wasEmpty = m_find->utf8Value(0).empty() && m_find->utf8Value(1).empty();
    m_find->reset();
    if (changed.isEmpty())
        return WriteOutcome::Unchanged;
    m_update->bind(1, accountId)
        .bind(2, std::string_view(target))
        .bind(3, std::string_view(live))
        .bind(4, std::int64_t{m_target})
        .bind(5, std::int64_t{m_live});
    m_update->exec();
    m_update->reset();
    if (wasEmpty)
        return WriteOutcome::Inserted; // the account's first milestones
    *change = QStringLiteral("accounts: %1").arg(changed.join(QStringLiteral(", ")));
    return WriteOutcome::Updated;
}

} // namespace tenure::import
