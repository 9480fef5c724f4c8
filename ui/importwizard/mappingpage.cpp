#include "mappingpage.h"

#include "amountsbox.h"
#include "common/headingwidths.h"
#include "dateorderbox.h"
#include "fileselector.h"
#include "import/importsession.h"
#include "import/mappingmodel.h"
#include "mappingstyle.h"
#include "readingtext.h"
#include "tableviews.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

using import::MappingModel;

MappingPage::MappingPage(import::ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_model(new MappingModel(this))
    , m_style(new MappingStyle(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose the column each field is read from. Fields in bold are needed; the "
                   "others are optional."));
    m_style->setSourceModel(m_model);
    m_file = new FileSelector(session, this);
    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    m_table = makeTableView(m_style, this);
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setColumnWidth(MappingModel::FieldColumn, 190);
    m_table->setColumnWidth(MappingModel::RequiredColumn, 110);
    m_table->setColumnWidth(MappingModel::FileColumn, 230);
    fitSectionsToHeadings(m_table->horizontalHeader());
    m_dates = new DateOrderBox(this);
    m_amounts = new AmountsBox(this);
    m_saveAs = new QLineEdit(this);
    m_saveAs->setAccessibleName(tr("Save the mapping as"));
    m_saveAs->setPlaceholderText(tr("optional: a name for tenure import --mapping"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_origin);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_dates);
    layout->addWidget(m_amounts);
    auto* saving = new QFormLayout;
    saving->addRow(tr("Save the mapping &as:"), m_saveAs);
    layout->addLayout(saving);
    layout->addWidget(m_status);

    connect(m_model, &MappingModel::columnChosen, this, [this](import::Field field, int column) {
        m_session.setColumn(current(), field, column);
    });
    connect(m_dates, &DateOrderBox::orderChosen, this,
            [this](import::DateOrder order) { m_session.setDateOrder(current(), order); });
    connect(m_amounts, &AmountsBox::unitsChosen, this,
            [this](import::AmountUnits units) { m_session.setAmountUnits(current(), units); });
    connect(m_amounts, &AmountsBox::intervalChosen, this, [this](const import::Interval& interval) {
        m_session.setInterval(current(), interval);
    });
    connect(m_amounts, &AmountsBox::decimalChosen, this,
            [this](char separator) { m_session.setDecimalSeparator(current(), separator); });
    connect(m_saveAs, &QLineEdit::textEdited, this,
            [this](const QString& name) { m_session.setMappingName(current(), name); });
    connect(m_file, &QComboBox::currentIndexChanged, this, &MappingPage::refresh);
    // Any file: the status also points at other files that still need something.
    connect(&session, &import::ImportSession::fileChanged, this, [this] {
        refresh();
        Q_EMIT completeChanged();
    });
}

void MappingPage::initializePage()
{
    m_file->selectFirstBlocked();
    refresh();
}

bool MappingPage::isComplete() const
{
    return m_session.isReady();
}

int MappingPage::current() const
{
    return std::max(0, m_file->currentIndex());
}

QComboBox* MappingPage::columnChooser(int row) const
{
    return qobject_cast<QComboBox*>(
        m_table->indexWidget(m_style->index(row, MappingModel::FileColumn)));
}

void MappingPage::refresh()
{
    if (m_session.fileCount() == 0)
        return;
    const import::SessionFile& file = m_session.file(current());
    const int rowsBefore = m_model->rowCount();
    const QStringList headersBefore =
        m_model->rowCount() > 0
            ? m_model->index(0, 0).data(MappingModel::ChoicesRole).toStringList()
            : QStringList();
    m_model->setPlan(file.plan);
    updateChoosers(rowsBefore != m_model->rowCount() || headersBefore != file.plan.headers ||
                   !columnChooser(0));
    m_dates->setPlan(file.plan, file.choices.dateOrder);
    m_amounts->setPlan(file.plan, file.choices);
    if (m_saveAs->text() != file.saveAs)
        m_saveAs->setText(file.saveAs);

    if (file.plan.mappingRemembered && !file.mappingEdited)
        m_origin->setText(tr("You mapped a file with these column names before; your mapping is "
                             "filled in. Change it here if this export differs."));
    else if (file.plan.preset && !file.mappingEdited)
        m_origin->setText(tr("Filled in from the %1 layout.").arg(presetLabel(*file.plan.preset)));
    else if (file.plan.dialect.hasHeader)
        m_origin->setText(tr("Your mapping will be remembered for files with these column "
                             "names."));
    else
        m_origin->setText(tr("Without a header row this mapping cannot be recognised again, so "
                             "it is not remembered."));
    QString blocker = m_session.blocker(current());
    for (int i = 0; blocker.isEmpty() && i < m_session.fileCount(); ++i) {
        if (!m_session.blocker(i).isEmpty())
            blocker = tr("%1 still needs attention: choose it above.")
                          .arg(QFileInfo(m_session.file(i).path).fileName());
    }
    m_status->setText(blocker);
    m_status->setVisible(!blocker.isEmpty());
}

// A combo box per field, in the Column cell; rebuilt when the fields or the file's columns change.
void MappingPage::updateChoosers(bool rebuild)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex cell = m_style->index(row, MappingModel::FileColumn);
        QComboBox* chooser = columnChooser(row);
        if (rebuild || !chooser) {
            chooser = new QComboBox;
            chooser->setAccessibleName(
                tr("Column for %1").arg(m_style->index(row, 0).data().toString()));
            chooser->addItem(tr("— not imported —"), -1);
            const QStringList headers = cell.data(MappingModel::ChoicesRole).toStringList();
            for (int column = 0; column < headers.size(); ++column) {
                chooser->addItem(headers[column], column);
                chooser->setItemData(column + 1, m_model->sampleValues(column), Qt::ToolTipRole);
            }
            connect(chooser, &QComboBox::activated, this, [this, chooser, row] {
                m_model->setData(m_model->index(row, MappingModel::FileColumn),
                                 chooser->currentData());
            });
            m_table->setIndexWidget(cell, chooser);
        }
        const QSignalBlocker blocker(chooser);
        chooser->setCurrentIndex(chooser->findData(cell.data(Qt::EditRole)));
    }
}

} // namespace tenure::ui
