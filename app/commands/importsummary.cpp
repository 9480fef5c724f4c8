#include "importsummary.h"

#include "metrics/currency.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

constexpr int kSkippedLinesShown = 20;

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

QString readAs(const import::FilePlan& plan)
{
    if (plan.mappingRemembered)
        return Messages::tr("mapping remembered for these headers");
    if (plan.preset)
        return QCoreApplication::translate("tenure::import::Preset", plan.preset->label);
    return Messages::tr("columns mapped by hand");
}

void printSkippedLines(const import::FileOutcome& file, QTextStream& out)
{
    int shown = 0;
    for (const import::SkippedLine& skipped : file.skippedLines) {
        if (shown++ == kSkippedLinesShown) {
            out << "  "
                << Messages::tr("… and %n more line(s) passed over", nullptr,
                                static_cast<int>(file.skippedLines.size()) - kSkippedLinesShown)
                << '\n';
            return;
        }
        out << "  " << Messages::tr("line %1 passed over: %2").arg(skipped.line).arg(skipped.reason)
            << '\n';
    }
}

} // namespace

void printImportedFile(const import::FileOutcome& file, const QString& baseCurrency,
                       QTextStream& out)
{
    const QLocale locale;
    const import::FilePlan& plan = file.plan;
    const QString name = QFileInfo(plan.path).fileName();
    out << Messages::tr("%1: %2 (%3), %4, delimiter %5")
               .arg(name, readAs(plan), import::kindName(plan.kind),
                    import::encodingName(plan.encoding), delimiterName(plan.dialect.delimiter))
        << '\n';
    if (!file.lentTo.isEmpty()) {
        out << "  "
            << Messages::tr("its rows lend their columns to %1").arg(file.lentTo.join(u", "))
            << '\n';
        return;
    }
    out << "  "
        << Messages::tr(
               "%1 rows read: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 rejected; "
               "%7 new accounts (%8 s)")
               .arg(locale.toString(file.rowsRead), locale.toString(file.inserted),
                    locale.toString(file.updated), locale.toString(file.unchanged),
                    locale.toString(file.skipped), locale.toString(file.rejected),
                    locale.toString(file.accountsCreated), QString::number(file.seconds, 'f', 2))
        << '\n';
    if (file.mrr) {
        out << "  "
            << Messages::tr("MRR in this file on %1, its latest start: %2")
                   .arg(locale.toString(file.mrr->on, QLocale::ShortFormat),
                        metrics::formatMoney(file.mrr->baseMinor, baseCurrency, locale, 2))
            << '\n';
    }
    printSkippedLines(file, out);
    for (const QString& change : file.changes)
        out << "  " << Messages::tr("changed: %1").arg(change) << '\n';
    if (!file.reviews.empty()) {
        out << "  "
            << Messages::tr(
                   "%n new account(s) look like existing ones; review them before merging:",
                   nullptr, static_cast<int>(file.reviews.size()))
            << '\n';
        for (const import::MatchReview& review : file.reviews) {
            out << "    "
                << Messages::tr("line %1: \"%2\" (%3) → account %4; like account %5 \"%6\" (%7)")
                       .arg(review.line)
                       .arg(review.name, review.externalId)
                       .arg(review.newAccountId)
                       .arg(review.candidateAccountId)
                       .arg(review.candidateName, review.reason)
                << '\n';
        }
        out << "  "
            << Messages::tr("To merge a pair: tenure accounts merge --book BOOK --from NEW --into "
                            "EXISTING (or Merge into… in the window's account list, undoable); "
                            "before importing, --dry-run lists them and --merge-into EXISTING "
                            "joins them to it")
            << '\n';
    }
}

void printMissingRates(const import::ImportOutcome& outcome, const QString& bookPath,
                       const QString& baseCurrency, QTextStream& out)
{
    QMap<QString, QStringList> months;
    for (const import::FileOutcome& file : outcome.files) {
        for (auto it = file.missingRates.begin(); it != file.missingRates.end(); ++it)
            months[it.key()] += it.value();
    }
    if (months.isEmpty())
        return;
    QStringList examples;
    for (auto it = months.begin(); it != months.end(); ++it) {
        QStringList needed = it.value();
        needed.sort();
        needed.removeDuplicates();
        out << Messages::tr("%1 has no exchange rate to %2 for %n month(s): %3.", nullptr,
                            static_cast<int>(needed.size()))
                   .arg(it.key(), baseCurrency, needed.join(QStringLiteral(", ")))
            << '\n';
        examples.append(QStringLiteral("%1,%2-01,1.08").arg(it.key(), needed.first()));
    }
    out << Messages::tr("Give the rates (%1 units one unit is worth; a rate holds until the next "
                        "one) in a file such as rates.csv:")
               .arg(baseCurrency)
        << "\n    currency,rate_on,per_base\n";
    for (const QString& example : examples)
        out << "    " << example << '\n';
    out << Messages::tr("and import it with the same files: tenure import --book %1 rates.csv …")
               .arg(bookPath)
        << '\n';
    out << Messages::tr("or give one fixed rate for this import: --rate %1=1.08")
               .arg(months.firstKey())
        << '\n';
}

} // namespace tenure::app
