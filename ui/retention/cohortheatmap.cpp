#include "cohortheatmap.h"

#include "chartexport.h"
#include "common/readablecolor.h"
#include "metrics/cohorttablemodel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace tenure::ui {

namespace {

class HeatDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        const QVariant ratio = index.data(metrics::CohortTableModel::RatioRole);
        if (!ratio.isValid())
            return; // past the as-of month: no data, not zero
        const double value = std::clamp(ratio.toDouble(), 0.0, 1.0);
        // From pale to the product's teal as more of the cohort remains; on a
        // dark palette from the base to a light teal, so more still stands out.
        const bool dark = isDark(option.palette);
        const QColor pale = dark ? option.palette.color(QPalette::Base) : QColor(0xee, 0xf5, 0xf7);
        const QColor deep = dark ? QColor(0x7f, 0xc6, 0xd4) : QColor(0x12, 0x45, 0x59);
        const QColor fill =
            QColor::fromRgbF(pale.redF() + (deep.redF() - pale.redF()) * value,
                             pale.greenF() + (deep.greenF() - pale.greenF()) * value,
                             pale.blueF() + (deep.blueF() - pale.blueF()) * value);
        painter->fillRect(option.rect.adjusted(0, 0, -1, -1), fill);
        const QColor light(Qt::white), ink(0x26, 0x32, 0x38);
        painter->setPen(contrastRatio(fill, light) > contrastRatio(fill, ink) ? light : ink);
        painter->drawText(option.rect, Qt::AlignCenter, index.data().toString());
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.highlight(), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        }
    }
};

} // namespace

CohortHeatmap::CohortHeatmap(metrics::CohortTableModel* model, QWidget* parent)
    : QTableView(parent)
{
    setModel(model);
    setItemDelegate(new HeatDelegate(this));
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Cohort retention heatmap"));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultSectionSize(44);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    addImageActions(viewport());
    connect(this, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.data(metrics::CohortTableModel::RatioRole).isValid())
            Q_EMIT cellChosen(index.row(), index.column());
    });
    connect(this, &QTableView::clicked, this, &QTableView::activated);
}

} // namespace tenure::ui
