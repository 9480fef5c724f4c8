#pragma once

#include "import/importer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace tenure::app {

// The options of `tenure import`, and how they become the import's choices.
struct ImportCommandLine
{
    ImportCommandLine();
    void addTo(QCommandLineParser& parser) const;
    // Reads the reading choices (kind, preset, encoding, delimiter, date
    // order, units, interval, decimal separator, column map, mapping name)
    // into `options`; prints what is wrong and returns false for a usage error.
    bool readChoices(const QCommandLineParser& parser, import::ImportOptions& options) const;

    const QCommandLineOption book;
    const QCommandLineOption kind;
    const QCommandLineOption preset;
    const QCommandLineOption source;
    const QCommandLineOption encoding;
    const QCommandLineOption delimiter;
    const QCommandLineOption dateOrder;
    const QCommandLineOption dryRun;
    const QCommandLineOption skipInvalid;
    const QCommandLineOption rejects;
    const QCommandLineOption create;
    const QCommandLineOption amounts;
    const QCommandLineOption interval;
    const QCommandLineOption decimal;
    const QCommandLineOption map;
    const QCommandLineOption mapping;
    const QCommandLineOption saveMapping;
    const QCommandLineOption rate;
    const QCommandLineOption inspect;
    const QCommandLineOption mergeInto;
};

} // namespace tenure::app
