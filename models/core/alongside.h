#pragma once

#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace tenure {

// Runs `there` on the global thread pool while this thread runs `here`, and
// returns once both have finished, rethrowing the first one's exception.
// `there` may use what `here` uses only where they touch different objects.
// Its exception travels back as an exception_ptr: QtConcurrent would turn a
// BookError into QUnhandledException. When the pool is busy, waiting runs
// `there` on this thread instead, so nested calls cannot deadlock.
template <typename There, typename Here> void runAlongside(There&& there, Here&& here)
{
    auto worker = QtConcurrent::run([&there]() -> std::exception_ptr {
        try {
            there();
            return nullptr;
        } catch (...) {
            return std::current_exception();
        }
    });
    {
        // Never leave the worker running behind an exception from `here`.
        const auto join = qScopeGuard([&worker] { worker.waitForFinished(); });
        std::forward<Here>(here)();
    }
    if (const std::exception_ptr error = worker.result())
        std::rethrow_exception(error);
}

} // namespace tenure
