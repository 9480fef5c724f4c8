#include "planchecks.h"

#include "bytesource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::Importer)
};

bool present(const QStringList& normalisedHeaders, const char* alternatives)
{
    if (!alternatives)
        return false;
    const QStringList names = QString::fromUtf8(alternatives).split(u'|');
    return std::any_of(names.begin(), names.end(), [&](const QString& name) {
        return normalisedHeaders.contains(normaliseHeader(name));
    });
}

QString firstName(const char* alternatives)
{
    return QString::fromUtf8(alternatives).section(u'|', 0, 0);
}

// Whole amounts of 1,000 and more may be cents: 4900 for 49.00.
class MinorUnitsEvidence
{
public:
    void add(std::string_view text)
    {
        if (text.empty())
            return;
        const bool whole = std::all_of(text.begin(), text.end(),
                                       [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
        if (!whole) {
            m_allWhole = false;
            return;
        }
        m_values.push_back(std::llabs(std::atoll(std::string(text).c_str())));
    }
    bool ambiguous() const { return m_allWhole && !m_values.empty() && typical() >= 1000; }
    std::int64_t typical() const
    {
        std::vector<std::int64_t> sorted = m_values;
        std::nth_element(sorted.begin(),
                         sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                         sorted.end());
        return sorted[sorted.size() / 2];
    }
    bool anyDecimals() const { return !m_allWhole; }

private:
    bool m_allWhole = true;
    std::vector<std::int64_t> m_values;
};

MinorUnitsEvidence amountEvidence(const FilePlan& plan, Field field, QByteArrayView utf8Sample)
{
    MinorUnitsEvidence evidence;
    MemorySource source(utf8Sample);
    CsvReader reader(source, plan.dialect);
    CsvRecord record;
    skipToData(reader, plan, record);
    const int column = plan.mapping.column(field);
    while (reader.next(record)) {
        if (column < record.size())
            evidence.add(trimmedCell(record.fields[static_cast<std::size_t>(column)]));
    }
    return evidence;
}

QString missingText(const FilePlan& plan)
{
    QStringList missing;
    for (Field field : plan.missingFields) {
        const QString named =
            QStringLiteral("%1 (%2)").arg(fieldLabel(field), QLatin1String(fieldSpec(field).key));
        // A price gives MRR too (missingFields accepts either).
        missing.append(field == Field::Mrr
                           ? Messages::tr("%1 or a price (%2)")
                                 .arg(named, QLatin1String(fieldSpec(Field::Amount).key))
                           : named);
    }
    return missing.join(QStringLiteral(", "));
}

QString presetLabel(const Preset& preset)
{
    return QCoreApplication::translate("tenure::import::Preset", preset.label);
}

} // namespace

const Preset* lookalikePreset(const QStringList& headers, const Preset* recognised,
                              QStringList& missing)
{
    QStringList names;
    for (const QString& header : headers)
        names.append(normaliseHeader(header));
    const auto columnsRead = [&names](const Preset& preset) {
        return std::count_if(
            preset.columns.begin(), preset.columns.end(), [&](const PresetColumn& column) {
                return present(names, column.headers) || present(names, column.otherwise);
            });
    };
    // A system's export only stands out where it reads more of the file than
    // the layout that fits: Tenure's accounts layout reads all that a CRM's
    // account_id, account_name and industry would.
    const Preset* best = nullptr;
    qsizetype bestFound = recognised ? columnsRead(*recognised) : 0;
    for (const Preset* preset : allPresets()) {
        if (preset->generic)
            continue;
        const auto signatureFound =
            std::count_if(preset->signature.begin(), preset->signature.end(),
                          [&](const char* name) { return present(names, name); });
        const auto columnsFound = columnsRead(*preset);
        const auto signatureSize = static_cast<qsizetype>(preset->signature.size());
        if (signatureFound == signatureSize || signatureFound * 2 < signatureSize ||
            columnsFound < 3 || columnsFound <= bestFound)
            continue;
        best = preset;
        bestFound = columnsFound;
    }
    missing.clear();
    if (!best)
        return nullptr;
    for (const char* name : best->signature) {
        if (!present(names, name))
            missing.append(firstName(name));
    }
    const std::vector<Field> required = requiredFields(best->kind);
    for (const PresetColumn& column : best->columns) {
        const bool needed =
            std::find(required.begin(), required.end(), column.field) != required.end() ||
            (column.field == Field::Amount &&
             std::find(required.begin(), required.end(), Field::Mrr) != required.end());
        if (needed && !present(names, column.headers) && !present(names, column.otherwise) &&
            !missing.contains(firstName(column.headers)))
            missing.append(firstName(column.headers));
    }
    return best;
}

std::vector<Field> unmatchedFields(const Preset& preset, const FieldMapping& mapping)
{
    std::vector<Field> missing;
    for (const PresetColumn& column : preset.columns) {
        if (!mapping.has(column.field))
            missing.push_back(column.field);
    }
    return missing;
}

void removeLentFields(const Preset& preset, std::vector<Field>& missing)
{
    for (const PresetLink& link : preset.links) {
        for (Field lent : link.lends)
            missing.erase(std::remove(missing.begin(), missing.end(), lent), missing.end());
    }
}

void settleUnitsAndInterval(FilePlan& plan, const ReadingChoices& choices,
                            QByteArrayView utf8Sample)
{
    const bool periods = plan.kind == Kind::Subscriptions || plan.kind == Kind::Invoices;
    const Field amount = plan.mapping.has(Field::Mrr) ? Field::Mrr : Field::Amount;
    const bool documented = plan.preset && !plan.preset->generic && !plan.mappingRemembered;
    if (choices.units) {
        plan.rules.units = *choices.units;
    } else if (periods && plan.mapping.has(amount)) {
        const MinorUnitsEvidence evidence = amountEvidence(plan, amount, utf8Sample);
        if (documented && plan.preset->decimalsMeanMajor && evidence.anyDecimals()) {
            plan.rules.units = AmountUnits::Major; // 50.00 cannot be cents
        } else if (!documented && evidence.ambiguous()) {
            plan.questions.push_back(OpenQuestion::AmountUnits);
            plan.typicalAmount = evidence.typical();
        }
    }

    plan.rules.interval = choices.interval;
    const bool priced = plan.kind == Kind::Subscriptions && plan.mapping.has(Field::Amount) &&
                        !plan.mapping.has(Field::Mrr);
    const bool term =
        plan.mapping.has(Field::CurrentPeriodStart) && plan.mapping.has(Field::CurrentPeriodEnd);
    if (priced && !choices.interval && !plan.mapping.has(Field::Interval) && !term)
        plan.questions.push_back(OpenQuestion::BillingInterval);
}

QStringList planProblems(const FilePlan& plan)
{
    const QString file = QFileInfo(plan.path).fileName();
    QStringList problems = plan.problems;
    if (plan.headers.isEmpty()) {
        problems.append(Messages::tr("%1 is empty.").arg(file));
        return problems;
    }
    if (plan.lookalike) {
        problems.append(
            Messages::tr("%1 looks like a %2 export, but it lacks the columns %3. Choose them "
                         "when you export (or add them), or say what the file holds with --kind "
                         "and which column is which with --map.")
                .arg(file, presetLabel(*plan.lookalike),
                     plan.lookalikeMissing.join(QStringLiteral(", "))));
        return problems;
    }
    if (!plan.kindKnown) {
        problems.append(
            Messages::tr("%1: no preset recognises its columns (%2). Say what the file holds with "
                         "--kind (%3) and which column is which with --map \"Header=field\"; "
                         "tenure import --inspect %1 shows how it would be read.")
                .arg(file, plan.headers.join(QStringLiteral(", ")),
                     kindNames().join(QStringLiteral(", "))));
        return problems;
    }
    if (!plan.missingFields.empty()) {
        problems.append(
            Messages::tr("%1: no column for %2. %3")
                .arg(file, missingText(plan),
                     plan.preset ? Messages::tr("It was read as %1.").arg(presetLabel(*plan.preset))
                                 : Messages::tr("Map one with --map \"Header=field\".")));
    }
    if (!plan.ambiguousDateColumns.isEmpty()) {
        problems.append(Messages::tr("%1: every date in %2 reads both as month/day and as "
                                     "day/month (such as 03/04/2024). Say which one it is "
                                     "(--date-order mdy or dmy).")
                            .arg(file, plan.ambiguousDateColumns.join(QStringLiteral(", "))));
    }
    if (!plan.conflictingDateColumns.isEmpty()) {
        problems.append(Messages::tr("%1: %2 mixes day-first dates (31/01/2024) with "
                                     "month-first ones (01/31/2024). Say which one is right "
                                     "(--date-order mdy or dmy); the others will be rejected.")
                            .arg(file, plan.conflictingDateColumns.join(QStringLiteral(", "))));
    }
    const QLocale locale;
    for (OpenQuestion question : plan.questions) {
        const Field amount = plan.mapping.has(Field::Mrr) ? Field::Mrr : Field::Amount;
        const QString column = plan.headers.value(plan.mapping.column(amount));
        switch (question) {
        case OpenQuestion::AmountUnits:
            problems.append(
                Messages::tr("%1: every amount in %2 is a whole number, typically %3: cents or "
                             "whole units? Say --amounts minor (%3 means %4) or --amounts "
                             "major (%3 means %3.00).")
                    .arg(file, column, locale.toString(plan.typicalAmount),
                         locale.toString(static_cast<double>(plan.typicalAmount) / 100.0, 'f', 2)));
            break;
        case OpenQuestion::DecimalSeparator:
            problems.append(Messages::tr("%1: the numbers in %2 read two ways (such as 1.234: a "
                                         "thousand, or one and a bit; or both 1,234 and 1.234). "
                                         "Say which character separates decimals: --decimal , "
                                         "or --decimal .")
                                .arg(file, plan.unclearDecimalColumns.join(QStringLiteral(", "))));
            break;
        case OpenQuestion::BillingInterval:
            problems.append(Messages::tr("%1: the prices in %2 come with no billing interval (no "
                                         "interval column, no billing term). Say --interval "
                                         "month (or year, quarter, week), or add an interval "
                                         "column.")
                                .arg(file, column));
            break;
        }
    }
    return problems;
}

} // namespace tenure::import
