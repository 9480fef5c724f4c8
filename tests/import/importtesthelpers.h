#pragma once

#include "core/progress.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QString>

#include <cstdint>

namespace tenure::test {

// Counts reports and cancels after `cancelAfter` of them (never when negative).
class CountingProgress : public Progress
{
public:
    explicit CountingProgress(int cancelAfter = -1)
        : m_cancelAfter(cancelAfter)
    {
    }
    void report(std::int64_t, std::int64_t, const QString&) override { ++reports; }
    bool isCancelled() const override { return m_cancelAfter >= 0 && reports >= m_cancelAfter; }
    int reports = 0;

private:
    int m_cancelAfter;
};

inline std::int64_t count(store::Book& book, const char* table)
{
    return book.connection().queryInt(std::string("SELECT count(*) FROM ") + table).value_or(-1);
}

inline std::int64_t mrrSum(store::Book& book)
{
    return book.connection()
        .queryInt("SELECT total(mrr_minor) FROM subscription_periods")
        .value_or(0);
}

inline QString fixture(const char* name)
{
    return QStringLiteral(TENURE_TEST_DATA "/fixtures/") + QLatin1String(name);
}

} // namespace tenure::test
