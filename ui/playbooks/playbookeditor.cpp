#include "playbookeditor.h"

#include "common/headingwidths.h"
#include "health/healthscore.h"
#include "health/riskreason.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace tenure::ui {

namespace {

using playbooks::TriggerKind;

enum StepColumn { TitleColumn, KindColumn, OffsetColumn, DescriptionColumn };

QString triggerLabel(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::RiskReason:
        return PlaybookEditor::tr("A risk reason fires");
    case TriggerKind::QuadrantChange:
        return PlaybookEditor::tr("The account enters a quadrant");
    case TriggerKind::Lifecycle:
        return PlaybookEditor::tr("A lifecycle moment");
    case TriggerKind::Manual:
        return PlaybookEditor::tr("Started by hand");
    }
    return {};
}

// The values a trigger takes, as (code, label).
QList<std::pair<QString, QString>> triggerValues(TriggerKind kind)
{
    QList<std::pair<QString, QString>> values;
    switch (kind) {
    case TriggerKind::RiskReason:
        for (const QString& code : health::allReasonCodes())
            values.append({code, health::reasonTitle(code)});
        break;
    case TriggerKind::QuadrantChange:
        for (const auto quadrant : {health::Quadrant::Thriving, health::Quadrant::Trapped,
                                    health::Quadrant::SilentRisk, health::Quadrant::Rescue})
            values.append({health::quadrantCode(quadrant), health::quadrantTitle(quadrant)});
        break;
    case TriggerKind::Lifecycle:
        values = {
            {playbooks::lifecycle::AfterOnboarding, PlaybookEditor::tr("30 days after go-live")},
            {playbooks::lifecycle::BeforeRenewal, PlaybookEditor::tr("60 days before renewal")},
            {playbooks::lifecycle::PowerUserInactive,
             PlaybookEditor::tr("A power user inactive for 14 days")},
            {playbooks::lifecycle::FeatureUnused,
             PlaybookEditor::tr("A feature released 60 days ago, not tried")}};
        break;
    case TriggerKind::Manual:
        break;
    }
    return values;
}

} // namespace

PlaybookEditor::PlaybookEditor(QWidget* parent)
    : QWidget(parent)
    , m_origin(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_trigger(new QComboBox(this))
    , m_triggerValue(new QComboBox(this))
    , m_segments(new QLineEdit(this))
    , m_oneToMany(new QCheckBox(tr("Run on many accounts at once (low touch)"), this))
    , m_steps(new QTableWidget(0, 4, this))
{
    m_origin->setWordWrap(true);
    m_name->setAccessibleName(tr("Name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaximumHeight(70);
    m_segments->setPlaceholderText(tr("Every segment (or a comma-separated list)"));
    m_segments->setAccessibleName(tr("Segments"));
    for (const auto kind : {TriggerKind::RiskReason, TriggerKind::QuadrantChange,
                            TriggerKind::Lifecycle, TriggerKind::Manual})
        m_trigger->addItem(triggerLabel(kind), static_cast<int>(kind));
    m_trigger->setAccessibleName(tr("Trigger"));
    m_triggerValue->setAccessibleName(tr("Trigger value"));

    m_steps->setHorizontalHeaderLabels(
        {tr("Step"), tr("Kind"), tr("Due after (days)"), tr("Description")});
    fitSectionsToHeadings(m_steps->horizontalHeader());
    m_steps->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setAccessibleName(tr("Steps"));

    auto* add = new QPushButton(tr("Add Step"), this);
    auto* remove = new QPushButton(tr("Remove Step"), this);
    auto* up = new QPushButton(tr("Move Up"), this);
    auto* down = new QPushButton(tr("Move Down"), this);
    auto* stepButtons = new QHBoxLayout;
    for (QPushButton* button : {add, remove, up, down})
        stepButtons->addWidget(button);
    stepButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Trigger"), m_trigger);
    form->addRow(tr("When"), m_triggerValue);
    form->addRow(tr("Segments"), m_segments);
    form->addRow(QString(), m_oneToMany);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);

    connect(m_trigger, &QComboBox::currentIndexChanged, this, [this] {
        fillTriggerValues();
        Q_EMIT edited();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        addStep({tr("New step"), playbooks::WorkKind::Call, 0, {}});
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0) {
            m_steps->removeRow(m_steps->currentRow());
            Q_EMIT edited();
        }
    });
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(1); });
    for (QLineEdit* line : {m_name, m_segments})
        connect(line, &QLineEdit::textEdited, this, &PlaybookEditor::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &PlaybookEditor::edited);
    connect(m_triggerValue, &QComboBox::activated, this, &PlaybookEditor::edited);
    connect(m_oneToMany, &QCheckBox::toggled, this, &PlaybookEditor::edited);
    connect(m_steps, &QTableWidget::itemChanged, this, &PlaybookEditor::edited);
}

void PlaybookEditor::setPlaybook(const playbooks::Playbook& playbook)
{
    const QSignalBlocker blockSteps(m_steps);
    const QSignalBlocker blockTrigger(m_trigger);
    const QSignalBlocker blockDescription(m_description);
    m_original = playbook;
    m_origin->setText(playbook.builtin ? tr("Built in. Your changes are kept in this book; "
                                            "Revert brings back the original.")
                                       : tr("This book's own playbook."));
    m_name->setText(playbook.name);
    m_description->setPlainText(playbook.description);
    m_trigger->setCurrentIndex(m_trigger->findData(static_cast<int>(playbook.trigger)));
    fillTriggerValues();
    m_triggerValue->setCurrentIndex(std::max(0, m_triggerValue->findData(playbook.triggerValue)));
    m_segments->setText(playbook.segments.join(QStringLiteral(", ")));
    m_oneToMany->setChecked(playbook.oneToMany);
    m_steps->setRowCount(0);
    for (const playbooks::PlaybookStep& step : playbook.steps)
        addStep(step);
}

void PlaybookEditor::fillTriggerValues()
{
    m_triggerValue->clear();
    const auto kind = static_cast<TriggerKind>(m_trigger->currentData().toInt());
    for (const auto& [code, label] : triggerValues(kind))
        m_triggerValue->addItem(label, code);
    m_triggerValue->setEnabled(m_triggerValue->count() > 0);
}

void PlaybookEditor::addStep(const playbooks::PlaybookStep& step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    m_steps->setItem(row, TitleColumn, new QTableWidgetItem(step.title));
    m_steps->setItem(row, DescriptionColumn, new QTableWidgetItem(step.description));
    auto* kind = new QComboBox(m_steps);
    for (const playbooks::WorkKind work : playbooks::allWorkKinds())
        kind->addItem(playbooks::workKindLabel(work), static_cast<int>(work));
    kind->setCurrentIndex(kind->findData(static_cast<int>(step.kind)));
    kind->setAccessibleName(tr("Step kind"));
    connect(kind, &QComboBox::activated, this, &PlaybookEditor::edited);
    m_steps->setCellWidget(row, KindColumn, kind);
    auto* offset = new QSpinBox(m_steps);
    offset->setRange(0, 365);
    offset->setValue(step.dueOffsetDays);
    offset->setAccessibleName(tr("Due after (days)"));
    connect(offset, &QSpinBox::valueChanged, this, &PlaybookEditor::edited);
    m_steps->setCellWidget(row, OffsetColumn, offset);
}

void PlaybookEditor::moveStep(int by)
{
    const int row = m_steps->currentRow();
    std::vector<playbooks::PlaybookStep> steps = playbook().steps;
    const int target = row + by;
    if (row < 0 || target < 0 || target >= static_cast<int>(steps.size()))
        return;
    std::swap(steps[static_cast<std::size_t>(row)], steps[static_cast<std::size_t>(target)]);
    playbooks::Playbook moved = playbook();
    moved.steps = steps;
    const auto original = m_original;
    setPlaybook(moved);
    m_original = original;
    m_steps->selectRow(target);
    Q_EMIT edited();
}

playbooks::Playbook PlaybookEditor::playbook() const
{
    playbooks::Playbook edited = m_original;
    edited.name = m_name->text().trimmed();
    edited.description = m_description->toPlainText().trimmed();
    edited.trigger = static_cast<TriggerKind>(m_trigger->currentData().toInt());
    edited.triggerValue = m_triggerValue->currentData().toString();
    edited.segments.clear();
    for (const QString& segment : m_segments->text().split(u',', Qt::SkipEmptyParts))
        edited.segments.append(segment.trimmed());
    edited.oneToMany = m_oneToMany->isChecked();
    edited.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const auto* kind = qobject_cast<QComboBox*>(m_steps->cellWidget(row, KindColumn));
        const auto* offset = qobject_cast<QSpinBox*>(m_steps->cellWidget(row, OffsetColumn));
        edited.steps.push_back({m_steps->item(row, TitleColumn)->text().trimmed(),
                                static_cast<playbooks::WorkKind>(kind->currentData().toInt()),
                                offset->value(), m_steps->item(row, DescriptionColumn)->text()});
    }
    return edited;
}

QString PlaybookEditor::problem() const
{
    const playbooks::Playbook edited = playbook();
    if (edited.name.isEmpty())
        return tr("Give the playbook a name.");
    if (edited.steps.empty())
        return tr("Add at least one step.");
    for (const playbooks::PlaybookStep& step : edited.steps) {
        if (step.title.isEmpty())
            return tr("Every step needs a title.");
    }
    return {};
}

} // namespace tenure::ui
