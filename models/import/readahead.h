#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace tenure::import {

// Runs a producer on a thread of its own, up to `ahead` items ahead of the
// consumer, so that reading and writing an import overlap on two cores.
// `produce` fills one item and returns false when there are no more; what it
// throws is rethrown by next(), in the consumer's thread. Destroying a
// ReadAhead stops the producer after its current item and joins it.
//
// Whatever the producer writes before returning false is safe to read once
// next() has returned false: the queue's mutex orders the two.
template <typename Item> class ReadAhead
{
public:
    ReadAhead(std::size_t ahead, std::function<bool(Item&)> produce)
        : m_ahead(ahead)
        , m_produce(std::move(produce))
        , m_thread([this] { run(); })
    {
    }
    ~ReadAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // Moves the next item into `item`; false at the end.
    bool next(Item& item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done || m_error; });
        if (!m_ready.empty()) {
            item = std::move(m_ready.front());
            m_ready.pop_front();
            m_changed.notify_all();
            return true;
        }
        if (m_error)
            std::rethrow_exception(m_error);
        return false;
    }

private:
    void run()
    {
        try {
            for (;;) {
                Item item;
                const bool more = m_produce(item);
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_ready.size() < m_ahead; });
                if (m_stop)
                    return;
                if (more)
                    m_ready.push_back(std::move(item));
                else
                    m_done = true;
                m_changed.notify_all();
                if (!more)
                    return;
            }
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_changed.notify_all();
        }
    }

    const std::size_t m_ahead;
    std::function<bool(Item&)> m_produce;
    std::mutex m_mutex; // guards the four members below
    std::condition_variable m_changed;
    std::deque<Item> m_ready;
    bool m_done = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread; // last: it starts once everything above is ready
};

} // namespace tenure::import
