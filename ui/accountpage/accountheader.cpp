#include "accountheader.h"

#include "accountpage/accountdetail.h"
#include "accountpage/healthtrend.h"
#include "metrics/currency.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace tenure::ui {

namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

AccountHeader::AccountHeader(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_name = new QLabel(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_facts = new QGridLayout;
    m_facts->setHorizontalSpacing(28);
    m_arr = addFact(tr("ARR"), 0);
    m_plan = addFact(tr("Plan"), 1);
    m_segment = addFact(tr("Segment"), 2);
    m_owner = addFact(tr("Owner"), 3);
    m_renewal = addFact(tr("Renewal"), 4);
    m_health = addFact(tr("Health"), 5);
    m_quadrant = addFact(tr("Quadrant"), 6);
    m_facts->setColumnStretch(7, 1);

    auto* title = new QHBoxLayout;
    title->addWidget(m_name);
    title->addWidget(m_status, 0, Qt::AlignBottom);
    title->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addLayout(m_facts);
}

QLabel* AccountHeader::addFact(const QString& title, int column)
{
    auto* caption = new QLabel(title, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(this);
    QFont bold = value->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    bold.setBold(true);
    value->setFont(bold);
    value->setAccessibleName(title);
    m_facts->addWidget(caption, 0, column);
    m_facts->addWidget(value, 1, column);
    return value;
}

void AccountHeader::setDetail(const account::AccountDetail& detail)
{
    const QLocale locale;
    const account::AccountFacts& facts = detail.facts;
    m_name->setText(facts.name);
    m_status->setText(tr("%1 · customer since %2 · as of %3")
                          .arg(orDash(facts.status),
                               locale.toString(facts.createdOn, QLocale::ShortFormat),
                               locale.toString(detail.asOf, QLocale::ShortFormat)));
    m_arr->setText(metrics::formatMoney(facts.arr(), facts.currency, locale));
    m_plan->setText(orDash(facts.plan));
    m_segment->setText(orDash(facts.segment));
    m_owner->setText(orDash(facts.owner));
    if (facts.renewalOn.isValid()) {
        const auto days = detail.asOf.daysTo(facts.renewalOn);
        m_renewal->setText(
            tr("%1 (%2)").arg(locale.toString(facts.renewalOn, QLocale::ShortFormat),
                              days >= 0 ? tr("in %n day(s)", nullptr, static_cast<int>(days))
                                        : tr("%n day(s) ago", nullptr, static_cast<int>(-days))));
    } else {
        m_renewal->setText(orDash({}));
    }

    if (!detail.paying || !detail.score.overall) {
        m_health->setText(detail.paying ? tr("no data") : tr("not paying"));
        m_health->setToolTip(tr("Health is scored for paying accounts with data."));
    } else {
        QString text = QString::number(std::lround(*detail.score.overall));
        if (detail.score.coverage < 1)
            text += tr(" (%1% of its weight known)").arg(std::lround(detail.score.coverage * 100));
        if (const auto change = detail.healthChange()) {
            const long points = std::lround(*change);
            text += points > 0   ? tr("  ▲ +%1 in %2 days").arg(points).arg(account::kTrendDays)
                    : points < 0 ? tr("  ▼ %1 in %2 days").arg(points).arg(account::kTrendDays)
                                 : tr("  → unchanged in %1 days").arg(account::kTrendDays);
        }
        m_health->setText(text);
        m_health->setToolTip(
            detail.healthBefore
                ? tr("%1 on %2")
                      .arg(std::lround(*detail.healthBefore))
                      .arg(locale.toString(detail.trendFrom, QLocale::ShortFormat))
                : tr("Not paying, or no data, on %1: no trend")
                      .arg(locale.toString(detail.trendFrom, QLocale::ShortFormat)));
    }
    m_quadrant->setText(detail.paying ? health::quadrantTitle(detail.quadrant) : orDash({}));
    m_quadrant->setToolTip(health::quadrantExplanation(detail.quadrant));
}

QString AccountHeader::fact(const QString& title) const
{
    for (const QLabel* value :
         {m_arr, m_plan, m_segment, m_owner, m_renewal, m_health, m_quadrant}) {
        if (value->accessibleName() == title)
            return value->text();
    }
    return {};
}

} // namespace tenure::ui
