#pragma once

#include <QString>

#include <stdexcept>

namespace tenure::import {

// An import that cannot go on at all (unreadable file, ambiguous date order,
// unknown preset, ...), as opposed to a rejected row. The message is
// translated and names what the user can do.
class ImportError : public std::runtime_error
{
public:
    explicit ImportError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace tenure::import
