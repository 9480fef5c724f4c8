#include "summarypage.h"

#include "import/importsession.h"
#include "import/rejectionmodel.h"
#include "readingtext.h"
#include "rejectionsaving.h"
#include "wizardstate.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

SummaryPage::SummaryPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_skipped(new import::RejectionModel(this))
{
    setFinalPage(true);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changesTitle = new QLabel(tr("What newer exports changed:"), this);
    m_changes = new QPlainTextEdit(this);
    m_changes->setReadOnly(true);
    m_changes->setAccessibleName(tr("Changes"));
    m_save = new QPushButton(tr("&Save Skipped Rows…"), this);
    connect(m_save, &QPushButton::clicked, this, [this] { saveRejections(*m_skipped, this); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changes, 3);
    layout->addStretch(1); // keeps the text at the top when there are no changes to list
    layout->addLayout(buttons);
}

void SummaryPage::initializePage()
{
    const import::ImportResult& result = m_state.result;
    const bool committed = result.outcome.committed;
    QStringList changes;
    for (const import::FileOutcome& file : result.outcome.files) {
        for (const QString& change : file.changes)
            changes.append(
                QStringLiteral("%1: %2").arg(QFileInfo(file.plan.path).fileName(), change));
    }
    m_skipped->setRejections(committed ? result.outcome.allRejections()
                                       : std::vector<import::Rejection>{});
    m_save->setVisible(m_skipped->rowCount() > 0);
    m_changes->setPlainText(changes.join(u'\n'));
    m_changes->setVisible(committed && !changes.isEmpty());
    m_changesTitle->setVisible(m_changes->isVisibleTo(this));

    if (result.cancelled) {
        setTitle(tr("Import cancelled"));
        setSubTitle(tr("Nothing was written: the book is as it was before."));
        m_text->clear();
    } else if (!result.error.isEmpty()) {
        setTitle(tr("Import failed"));
        setSubTitle(tr("Nothing was written: the book is as it was before."));
        m_text->setText(result.error);
    } else {
        setTitle(tr("Imported"));
        setSubTitle(tr("The book now holds these rows."));
        m_text->setText(filesText());
    }
}

QString SummaryPage::filesText() const
{
    const import::ImportResult& result = m_state.result;
    const QLocale locale;
    QStringList lines;
    int reviews = 0;
    for (const import::FileOutcome& file : result.outcome.files) {
        reviews += static_cast<int>(file.reviews.size());
        lines.append(tr("<b>%1</b> (%2): %3 read — %4 added, %5 updated, %6 unchanged, %7 "
                        "ignored or skipped; %8.")
                         .arg(QFileInfo(file.plan.path).fileName().toHtmlEscaped(),
                              layoutLabel(file.plan).toHtmlEscaped(),
                              tr("%Ln row(s)", nullptr, static_cast<int>(file.rowsRead)),
                              locale.toString(file.inserted), locale.toString(file.updated),
                              locale.toString(file.unchanged), locale.toString(file.skipped),
                              tr("%n new account(s)", nullptr, file.accountsCreated)));
    }
    double seconds = 0;
    for (const import::FileOutcome& file : result.outcome.files)
        seconds += file.seconds;
    lines.append(tr("Written in %1 s.").arg(locale.toString(seconds, 'f', 1)));
    if (const std::int64_t skipped = result.outcome.rejectedRows(); skipped > 0)
        lines.append(
            tr("Skipped, as you chose: %Ln rejected row(s).", nullptr, static_cast<int>(skipped)));
    if (const auto linked = static_cast<int>(m_state.confirmedMatches.size()); linked > 0)
        lines.append(
            tr("%n customer(s) linked to existing accounts, as you chose.", nullptr, linked));
    if (reviews > 0)
        lines.append(
            tr("Kept as new accounts: %n customer(s) resembling existing ones.", nullptr, reviews));
    if (!m_state.session->mappingsToRemember().empty())
        lines.append(tr("Your column mapping was saved; files with the same column names will "
                        "be read the same way."));
    if (!result.warning.isEmpty())
        lines.append(result.warning.toHtmlEscaped());
    return lines.join(QStringLiteral("<br><br>"));
}

} // namespace tenure::ui
