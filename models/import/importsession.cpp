#include "importsession.h"

#include "fileinspection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>

namespace tenure::import {

namespace {

QString fieldLabels(const std::vector<Field>& fields)
{
    QStringList labels;
    for (Field field : fields)
        labels.append(fieldLabel(field));
    return labels.join(QStringLiteral(", "));
}

} // namespace

ImportSession::ImportSession(QString bookPath, QObject* parent)
    : QObject(parent)
    , m_bookPath(std::move(bookPath))
{
}

void ImportSession::addFiles(const QStringList& paths)
{
    bool added = false;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (this->paths().contains(absolute))
            continue;
        SessionFile file;
        file.id = m_nextId++;
        file.path = absolute;
        m_files.push_back(std::move(file));
        added = true;
        inspect(fileCount() - 1);
    }
    if (added)
        Q_EMIT filesChanged();
}

void ImportSession::removeFile(int index)
{
    m_files.erase(m_files.begin() + index);
    Q_EMIT filesChanged();
}

QStringList ImportSession::paths() const
{
    QStringList paths;
    for (const SessionFile& file : m_files)
        paths.append(file.path);
    return paths;
}

void ImportSession::setEncoding(int index, Encoding encoding)
{
    m_files[static_cast<std::size_t>(index)].choices.encoding = encoding;
    inspect(index);
}

void ImportSession::setDelimiter(int index, char delimiter)
{
    SessionFile& file = m_files[static_cast<std::size_t>(index)];
    file.choices.delimiter = delimiter;
    // Other columns: a mapping by position no longer means anything.
    file.choices.mapping.reset();
    file.mappingEdited = false;
    inspect(index);
}

void ImportSession::setHasHeader(int index, bool hasHeader)
{
    m_files[static_cast<std::size_t>(index)].choices.hasHeader = hasHeader;
    inspect(index);
}

void ImportSession::setPreset(int index, const QString& presetId)
{
    SessionFile& file = m_files[static_cast<std::size_t>(index)];
    file.choices.presetId = presetId;
    file.choices.kind.reset();
    file.choices.mapping.reset();
    file.choices.source.clear();
    file.mappingEdited = false;
    inspect(index);
}

void ImportSession::setCustomKind(int index, Kind kind)
{
    SessionFile& file = m_files[static_cast<std::size_t>(index)];
    file.choices.presetId.clear();
    file.choices.kind = kind;
    file.choices.mapping = file.plan.mapping;
    file.mappingEdited = true;
    inspect(index);
}

void ImportSession::setSource(int index, const QString& source)
{
    m_files[static_cast<std::size_t>(index)].choices.source = source.trimmed();
    inspect(index);
}

void ImportSession::setColumn(int index, Field field, int column)
{
    SessionFile& file = m_files[static_cast<std::size_t>(index)];
    file.plan.mapping.set(field, column);
    file.plan.missingFields = missingFields(file.plan.kind, file.plan.mapping);
    file.choices.mapping = file.plan.mapping;
    file.choices.kind = file.plan.kind;
    file.mappingEdited = true;
    inspect(index); // the date columns may have changed
}

void ImportSession::setDateOrder(int index, DateOrder order)
{
    m_files[static_cast<std::size_t>(index)].choices.dateOrder = order;
    inspect(index);
}

void ImportSession::setAmountUnits(int index, AmountUnits units)
{
    m_files[static_cast<std::size_t>(index)].choices.units = units;
    inspect(index);
}

void ImportSession::setInterval(int index, const Interval& interval)
{
    m_files[static_cast<std::size_t>(index)].choices.interval = interval;
    inspect(index);
}

void ImportSession::setDecimalSeparator(int index, char separator)
{
    m_files[static_cast<std::size_t>(index)].choices.decimal = separator;
    inspect(index);
}

void ImportSession::setMappingName(int index, const QString& name)
{
    m_files[static_cast<std::size_t>(index)].saveAs = name.trimmed();
}

bool ImportSession::isInspecting() const
{
    return std::any_of(m_files.begin(), m_files.end(),
                       [](const SessionFile& file) { return file.inspecting; });
}

QString ImportSession::blocker(int index) const
{
    const SessionFile& file = this->file(index);
    if (file.inspecting)
        return tr("Reading the file…");
    if (!file.error.isEmpty())
        return file.error;
    if (file.plan.headers.isEmpty())
        return tr("The file is empty.");
    if (!file.plan.problems.isEmpty())
        return file.plan.problems.join(u'\n');
    if (file.plan.lookalike)
        return tr("This looks like a %1 export, but it lacks the columns %2: export it again "
                  "with them, or map its columns by hand.")
            .arg(QCoreApplication::translate("tenure::import::Preset", file.plan.lookalike->label),
                 file.plan.lookalikeMissing.join(QStringLiteral(", ")));
    if (!file.plan.missingFields.empty())
        return tr("Choose a column for %1.").arg(fieldLabels(file.plan.missingFields));
    for (OpenQuestion question : file.plan.questions) {
        if (question == OpenQuestion::AmountUnits)
            return tr("Say whether the amounts are in cents or in whole units.");
        if (question == OpenQuestion::BillingInterval)
            return tr("Say how often these prices are billed.");
        if (question == OpenQuestion::DecimalSeparator)
            return tr("Say which character separates decimals in %1.")
                .arg(file.plan.unclearDecimalColumns.join(QStringLiteral(", ")));
    }
    if (!file.plan.ambiguousDateColumns.isEmpty())
        return tr("Say how to read the dates in %1.")
            .arg(file.plan.ambiguousDateColumns.join(QStringLiteral(", ")));
    if (!file.plan.conflictingDateColumns.isEmpty())
        return tr("%1 mixes day-first and month-first dates: say which order is right.")
            .arg(file.plan.conflictingDateColumns.join(QStringLiteral(", ")));
    return {};
}

bool ImportSession::isReady() const
{
    if (m_files.empty())
        return false;
    for (int i = 0; i < fileCount(); ++i) {
        if (!blocker(i).isEmpty())
            return false;
    }
    return true;
}

ImportOptions ImportSession::options() const
{
    ImportOptions options;
    for (const SessionFile& file : m_files)
        options.readingFor.insert(file.path, file.choices);
    options.fixedRates = m_fixedRates;
    return options;
}

std::vector<MappingToRemember> ImportSession::mappingsToRemember() const
{
    std::vector<MappingToRemember> mappings;
    for (const SessionFile& file : m_files) {
        if ((file.mappingEdited || !file.saveAs.isEmpty()) && file.plan.dialect.hasHeader)
            mappings.push_back({file.plan.headers, file.plan.source, file.plan.kind,
                                file.plan.mapping, file.saveAs});
    }
    return mappings;
}

void ImportSession::inspect(int index)
{
    SessionFile& file = m_files[static_cast<std::size_t>(index)];
    file.inspecting = true;
    const int id = file.id;
    const int generation = ++file.generation;
    const bool pristine = !file.choices.encoding && !file.choices.delimiter &&
                          !file.choices.hasHeader && file.choices.presetId.isEmpty() &&
                          !file.choices.kind && !file.choices.mapping;
    auto* watcher = new QFutureWatcher<Inspection>(this);
    connect(watcher, &QFutureWatcher<Inspection>::finished, this, [=, this] {
        watcher->deleteLater();
        const int at = indexOf(id);
        if (at < 0 || m_files[static_cast<std::size_t>(at)].generation != generation)
            return; // removed, or inspected again since
        SessionFile& done = m_files[static_cast<std::size_t>(at)];
        Inspection result = watcher->result();
        done.plan = std::move(result.plan);
        done.plan.path = done.path;
        if (pristine && done.error.isEmpty()) {
            done.detected = {true, done.plan.encoding, done.plan.dialect,
                             done.plan.preset ? QString::fromLatin1(done.plan.preset->id)
                                              : QString()};
        }
        done.error = std::move(result.error);
        done.inspecting = false;
        Q_EMIT fileChanged(at);
    });
    watcher->setFuture(QtConcurrent::run(inspectInBackground, file.path, file.choices, m_bookPath));
    Q_EMIT fileChanged(index);
}

int ImportSession::indexOf(int id) const
{
    for (int i = 0; i < fileCount(); ++i) {
        if (file(i).id == id)
            return i;
    }
    return -1;
}

} // namespace tenure::import
