#include "reviewpage.h"

#include "common/headingwidths.h"
#include "import/reviewmodel.h"
#include "tableviews.h"
#include "wizardstate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

using import::ReviewModel;

ReviewPage::ReviewPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_reviews(new ReviewModel(this))
{
    setTitle(tr("Possible duplicates"));
    setSubTitle(tr("These customers are new to their billing system but look like accounts "
                   "already in the book. Each becomes a new account unless you tick it as the "
                   "same account."));
    setCommitPage(true);
    auto* table = makeTableView(m_reviews, this);
    table->setAccessibleName(tr("Possible duplicate accounts"));
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    const int widths[] = {130, 180, 150, 220};
    for (int column = 0; column < ReviewModel::WhereColumn; ++column)
        table->setColumnWidth(column, widths[column]);
    fitSectionsToHeadings(table->horizontalHeader());
    auto* note = new QLabel(tr("Ticked customers are linked to the existing account: their "
                               "subscriptions count towards it from now on."),
                            this);
    note->setWordWrap(true);
    auto* tickAll = new QPushButton(tr("&Tick All"), this);
    auto* untickAll = new QPushButton(tr("&Untick All"), this);
    connect(tickAll, &QPushButton::clicked, this, [this] { m_reviews->setAllSame(true); });
    connect(untickAll, &QPushButton::clicked, this, [this] { m_reviews->setAllSame(false); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(note, 1);
    bottom->addWidget(tickAll);
    bottom->addWidget(untickAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addLayout(bottom);
}

void ReviewPage::initializePage()
{
    std::vector<import::MatchReview> reviews;
    for (const import::FileOutcome& file : m_state.check.outcome.files)
        reviews.insert(reviews.end(), file.reviews.begin(), file.reviews.end());
    m_reviews->setReviews(std::move(reviews));
}

bool ReviewPage::validatePage()
{
    m_state.confirmedMatches = m_reviews->confirmedMatches();
    return true;
}

} // namespace tenure::ui
