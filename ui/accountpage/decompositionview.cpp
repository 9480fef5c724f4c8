#include "decompositionview.h"

#include "accountpage/accountdetail.h"
#include "accountpage/accountpagetables.h"
#include "accountpage/celltablemodel.h"

#include <QFont>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace tenure::ui {

namespace {

// Shows the dimensions' heading rows in bold.
class HeadingsInBold : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::FontRole && index.data(account::CellTableModel::HeadingRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString weightedTerm(const QString& name, const std::optional<double>& score, double weight)
{
    if (!score)
        return DecompositionView::tr("%1 missing").arg(name);
    return DecompositionView::tr("%1 %2 × %3%")
        .arg(name)
        .arg(std::lround(*score))
        .arg(std::lround(weight * 100));
}

} // namespace

DecompositionView::DecompositionView(QWidget* parent)
    : QWidget(parent)
    , m_model(new account::CellTableModel(this))
{
    m_formula = new QLabel(this);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* proxy = new HeadingsInBold(this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setModel(proxy);
    m_view->setAccessibleName(tr("Health decomposition"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formula);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
}

void DecompositionView::setDetail(const account::AccountDetail& detail)
{
    m_model->setTable(account::decompositionTable(detail, QLocale()));
    const health::HealthScore& score = detail.score;
    if (!detail.paying || !score.overall) {
        m_formula->setText(detail.paying ? tr("Not enough data for a health score.")
                                         : tr("Not a paying customer on this date: health is "
                                              "scored for paying accounts only."));
    } else {
        m_formula->setText(
            tr("Health %1 = %2 + %3 + %4")
                .arg(std::lround(*score.overall))
                .arg(weightedTerm(tr("outcome"), score.outcome.score, score.outcomeWeight),
                     weightedTerm(tr("experience"), score.experience.score, score.experienceWeight),
                     weightedTerm(tr("relationship"), score.relationship.score,
                                  score.relationshipWeight)));
    }
    m_note->setText(detail.paying && score.redistributed()
                        ? tr("Some inputs have no data. Their weight is shared among the inputs "
                             "that have data, in proportion to their own weights: compare the "
                             "weight and effective weight columns.")
                        : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(0, std::max(m_view->columnWidth(0), 200));
}

QString DecompositionView::formula() const
{
    return m_formula->text();
}

QString DecompositionView::redistributionNote() const
{
    return m_note->text();
}

} // namespace tenure::ui
