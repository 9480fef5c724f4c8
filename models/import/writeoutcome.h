#pragma once

namespace tenure::import {

// What writing one typed row did to the book.
enum class WriteOutcome {
    Inserted,
    Updated,   // a newer export changed a row an earlier import wrote
    Unchanged, // the same row again: importing a file twice changes nothing
    Duplicate, // the same key as an earlier row of this import
};

} // namespace tenure::import
