#pragma once

#include "fileplan.h"
#include "importer.h"

#include <QObject>
#include <QStringList>

#include <vector>

namespace tenure::import {

// What detection alone found, before the user overrode anything; the
// wizard marks these choices "(detected)".
struct Detected
{
    bool known = false;
    Encoding encoding = Encoding::Utf8;
    CsvDialect dialect;
    QString presetId; // empty: no preset recognised the headers
};

// One file in the import wizard: what the user decided, and what was detected with it.
struct SessionFile
{
    int id = 0; // stable while other files are added and removed
    QString path;
    ReadingChoices choices; // the user's overrides; empty: detect everything
    FilePlan plan;          // the detection under `choices`
    Detected detected;
    QString error; // the file cannot be read at all (translated)
    bool inspecting = true;
    bool mappingEdited = false; // the user mapped columns: remember it after the import
    QString saveAs;             // a name to save the mapping under (tenure import --mapping)
    int generation = 0;         // drops the results of superseded inspections
};

// A mapping the user made, to be remembered for the same header row.
struct MappingToRemember
{
    QStringList headers;
    QString source;
    Kind kind = Kind::Subscriptions;
    FieldMapping mapping;
    QString name; // empty: remembered for these headers only
};

// What the import wizard knows about its files, without widgets. Every change
// re-inspects the file on a worker thread (detection may read a whole date
// column of a large file) and reports back with fileChanged().
class ImportSession : public QObject
{
    Q_OBJECT

public:
    explicit ImportSession(QString bookPath, QObject* parent = nullptr);

    const QString& bookPath() const { return m_bookPath; }
    void addFiles(const QStringList& paths); // a file already listed is not added twice
    void removeFile(int index);
    int fileCount() const { return static_cast<int>(m_files.size()); }
    const SessionFile& file(int index) const { return m_files[static_cast<std::size_t>(index)]; }
    QStringList paths() const;

    void setEncoding(int index, Encoding encoding);
    void setDelimiter(int index, char delimiter);
    void setHasHeader(int index, bool hasHeader);
    void setPreset(int index, const QString& presetId); // a known export layout
    void setCustomKind(int index, Kind kind);           // no preset: the user maps the columns
    void setSource(int index, const QString& source);
    void setColumn(int index, Field field, int column); // column -1: not imported
    void setDateOrder(int index, DateOrder order);
    void setAmountUnits(int index, AmountUnits units);
    void setInterval(int index, const Interval& interval);
    void setDecimalSeparator(int index, char separator);
    void setMappingName(int index, const QString& name);
    // Exchange rates the user typed for currencies the book has none for.
    void setFixedRates(const QHash<QString, double>& rates) { m_fixedRates = rates; }
    const QHash<QString, double>& fixedRates() const { return m_fixedRates; }

    bool isInspecting() const;
    // Why the file cannot be imported yet (translated); empty when it can.
    QString blocker(int index) const;
    bool isReady() const; // every file can be imported

    ImportOptions options() const; // each file read with its own choices
    std::vector<MappingToRemember> mappingsToRemember() const;

Q_SIGNALS:
    void filesChanged();         // a file was added or removed
    void fileChanged(int index); // an inspection started or finished

private:
    void inspect(int index);
    int indexOf(int id) const;

    QString m_bookPath;
    std::vector<SessionFile> m_files;
    QHash<QString, double> m_fixedRates;
    int m_nextId = 1;
};

} // namespace tenure::import
