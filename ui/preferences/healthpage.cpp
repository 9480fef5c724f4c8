#include "healthpage.h"

#include "thresholdfields.h"
#include "today/todaybrief.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

QDoubleSpinBox* spinFor(const ThresholdField& field, QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setDecimals(0);
    spin->setRange(field.unit == ThresholdField::Unit::Count ? 0 : 1, field.maximum);
    switch (field.unit) {
    case ThresholdField::Unit::Days:
        spin->setSuffix(HealthPage::tr(" days"));
        break;
    case ThresholdField::Unit::Percent:
        spin->setSuffix(QStringLiteral(" %"));
        break;
    case ThresholdField::Unit::Count:
        break;
    }
    return spin;
}

QDoubleSpinBox* weightSpin(QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setDecimals(0);
    spin->setRange(0, 100);
    return spin;
}

} // namespace

HealthPage::HealthPage(QWidget* parent)
    : QWidget(parent)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    auto* intro = new QLabel(tr("The health score and the risk reasons of every account use "
                                "these weights and thresholds. They belong to the book."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* atRisk = new QLabel(
        tr("An account is at risk when its health is below %1 or a risk reason of at least "
           "medium severity fired. Severity runs from 0 to 1: medium is %2 or more, low is "
           "below. These two numbers are fixed; each reason's severity follows from the "
           "thresholds below (docs/domain.md gives every formula).")
            .arg(today::kAtRiskHealth)
            .arg(QLocale().toString(today::kAtRiskSeverity, 'f', 1)),
        content);
    atRisk->setWordWrap(true);
    atRisk->setAccessibleName(tr("At risk"));
    layout->addWidget(atRisk);
    layout->addWidget(buildWeights());
    layout->addWidget(buildThresholds());
    layout->addStretch();
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

HealthPage::~HealthPage() = default;

QWidget* HealthPage::buildWeights()
{
    auto* box = new QGroupBox(tr("Weights of the health score"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_outcome = weightSpin(box);
    m_experience = weightSpin(box);
    m_relationship = weightSpin(box);
    m_outcome->setObjectName(QStringLiteral("outcomeWeight"));
    m_experience->setObjectName(QStringLiteral("experienceWeight"));
    m_relationship->setObjectName(QStringLiteral("relationshipWeight"));
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("E&xperience:"), m_experience);
    form->addRow(tr("Re&lationship:"), m_relationship);
    m_shares = new QLabel(box);
    m_shares->setWordWrap(true);
    form->addRow(m_shares);
    for (QDoubleSpinBox* spin : {m_outcome, m_experience, m_relationship})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &HealthPage::showWeightShares);
    return box;
}

QWidget* HealthPage::buildThresholds()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto groups = thresholdGroups();
    std::vector<QFormLayout*> forms;
    for (const char* heading : groups) {
        auto* box =
            new QGroupBox(QCoreApplication::translate("tenure::ui::HealthPage", heading), column);
        forms.push_back(new QFormLayout(box));
        forms.back()->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        // Long labels (Russian ones are) put their field under them rather
        // than widen the page past the dialog.
        forms.back()->setRowWrapPolicy(QFormLayout::WrapLongRows);
        layout->addWidget(box);
    }
    for (const ThresholdField& field : thresholdFields()) {
        QFormLayout* form = forms[static_cast<std::size_t>(field.group)];
        auto* spin = spinFor(field, form->parentWidget());
        form->addRow(QCoreApplication::translate("tenure::ui::HealthPage", field.label), spin);
        m_thresholds.emplace_back(&field, spin);
    }
    return column;
}

void HealthPage::setConfig(const health::HealthConfig& config)
{
    for (const auto& [field, spin] : m_thresholds)
        spin->setValue(field->value(config.thresholds));
    m_outcome->setValue(config.weights.outcome * 100);
    m_experience->setValue(config.weights.experience * 100);
    m_relationship->setValue(config.weights.relationship * 100);
}

health::HealthConfig HealthPage::config() const
{
    health::HealthConfig config;
    for (const auto& [field, spin] : m_thresholds)
        field->setValue(config.thresholds, spin->value());
    config.weights.outcome = m_outcome->value() / 100;
    config.weights.experience = m_experience->value() / 100;
    config.weights.relationship = m_relationship->value() / 100;
    return config;
}

bool HealthPage::isValid() const
{
    return m_outcome->value() + m_experience->value() + m_relationship->value() > 0;
}

// Only the weights' proportions count: show what each is worth of the score.
void HealthPage::showWeightShares()
{
    const double total = m_outcome->value() + m_experience->value() + m_relationship->value();
    if (total <= 0) {
        m_shares->setText(tr("At least one weight must be above zero."));
    } else {
        const QLocale locale;
        const auto share = [&](const QDoubleSpinBox* spin) {
            return locale.toString(100 * spin->value() / total, 'f', 0);
        };
        m_shares->setText(tr("Of the score: outcome %1%, experience %2%, relationship %3%. "
                             "When an account lacks the data for one, its share goes to the "
                             "others.")
                              .arg(share(m_outcome), share(m_experience), share(m_relationship)));
    }
    Q_EMIT validityChanged(isValid());
}

} // namespace tenure::ui
