#include "backtestpanel.h"

#include "common/backgroundjob.h"
#include "wrappedtext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

constexpr int kHorizonDays = 90;
constexpr int kQuarters = 4;

QString calibrationHtml(const health::BacktestResult& result)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><th align='left'>%1"
                                  "</th><th align='right'>%2</th><th align='right'>%3</th></tr>")
                       .arg(BacktestPanel::tr("Health"), BacktestPanel::tr("Scored"),
                            BacktestPanel::tr("Lost within 90 days"));
    for (const health::CalibrationBand& band : result.calibration) {
        html += QStringLiteral("<tr><td>%1–%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4%</td></tr>")
                    .arg(band.low)
                    .arg(band.high)
                    .arg(QLocale().toString(band.accounts))
                    .arg(band.lossRate() * 100, 0, 'f', 1);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

BacktestPanel::BacktestPanel(QWidget* parent)
    : QWidget(parent)
    , m_job(new JobRunner(this))
    , m_summary(new QLabel(this))
    , m_table(new QLabel(this))
{
    auto* title = new QLabel(this);
    // Fixed widths: a wrapped label's height follows its width.
    for (QLabel* label : {title, m_summary, m_table}) {
        label->setWordWrap(true);
        label->setFixedWidth(296);
    }
    m_table->setTextFormat(Qt::RichText);
    setWrappedText(title, tr("<b>How well would this score have warned you last year?</b>"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    connect(m_job, &JobRunner::failed, this, [this](const QString& message) {
        setWrappedText(m_summary, message);
        Q_EMIT computed();
    });
}

bool BacktestPanel::isBusy() const
{
    return m_job->isRunning();
}

void BacktestPanel::setBook(const QString& path, const QDate& today)
{
    m_result.reset();
    setWrappedText(m_table, {});
    if (path.isEmpty()) {
        m_job->cancel();
        setWrappedText(m_summary, {});
        return;
    }
    setWrappedText(m_summary, tr("Scoring the book as of the last quarter ends…"));
    m_job->start<health::BacktestResult>(
        path,
        [today](JobContext<health::BacktestResult>& job) {
            return health::backtest(job.book(), today, kHorizonDays, kQuarters);
        },
        [this](health::BacktestResult result) { showResult(std::move(result)); });
}

void BacktestPanel::showResult(health::BacktestResult result)
{
    m_result = std::move(result);
    if (m_result->observations == 0 || m_result->either.events == 0) {
        setWrappedText(m_summary,
                       tr("Not enough history yet: the back-test needs accounts scored a "
                          "quarter ago and some lost since."));
    } else {
        const auto& r = *m_result;
        setWrappedText(
            m_summary,
            tr("Scored as of %n quarter end(s) (%1 to %2), then watched for 90 days. AUC %3: the "
               "chance a lost account scored worse than a kept one (0.5 is a coin toss). The "
               "worst-scored tenth were lost %4× as often as all accounts.",
               nullptr, static_cast<int>(r.dates.size()))
                .arg(QLocale().toString(r.dates.front(), QLocale::ShortFormat),
                     QLocale().toString(r.dates.back(), QLocale::ShortFormat))
                .arg(r.either.auc, 0, 'f', 2)
                .arg(r.worstDecileLift, 0, 'f', 1));
        setWrappedText(m_table, calibrationHtml(r));
    }
    Q_EMIT computed();
}

} // namespace tenure::ui
