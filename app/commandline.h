#pragma once

#include <QStringList>

namespace tenure::app {

// The headless face of the `tenure` executable: `tenure <command> [options]`.
// Each command parses its own options and prints to stdout/stderr; it returns
// the process exit code. None of them needs a display.
// `summary` is translated in the context "tenure::app::Command".
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

const Command* findCommand(const QString& name);

// A bare word that names no command and no file ("tenure helth") is a typo,
// not a book to open.
bool looksLikeUnknownCommand(const QString& argument);

// Text for `tenure --help`.
QString usageText();
QString versionText();

} // namespace tenure::app
