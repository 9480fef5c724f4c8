#include "readingpage.h"

#include "fileselector.h"
#include "import/fieldmapping.h"
#include "import/importsession.h"
#include "import/previewmodel.h"
#include "readingtext.h"
#include "tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

using import::Encoding;

constexpr Encoding kEncodings[] = {Encoding::Utf8,    Encoding::Utf8Bom,     Encoding::Utf16LE,
                                   Encoding::Utf16BE, Encoding::Windows1252, Encoding::Windows1251,
                                   Encoding::Gb18030};
constexpr char kDelimiters[] = {',', ';', '\t', '|'};

// Marks the combo entry holding `detected`; the others keep their plain text.
void markDetected(QComboBox* combo, const QVariant& detected, bool known)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QString plain = combo->itemData(i, Qt::UserRole + 1).toString();
        combo->setItemText(i, known && combo->itemData(i) == detected
                                  ? ReadingPage::tr("%1 (detected)").arg(plain)
                                  : plain);
    }
}

void addItem(QComboBox* combo, const QString& text, const QVariant& data)
{
    combo->addItem(text, data);
    combo->setItemData(combo->count() - 1, text, Qt::UserRole + 1);
}

} // namespace

ReadingPage::ReadingPage(import::ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_preview(new import::PreviewModel(this))
{
    setTitle(tr("How the files are read"));
    setSubTitle(tr("Check the first rows below. If the text looks garbled or the columns are "
                   "split wrongly, change the encoding or the delimiter."));
    m_file = new FileSelector(session, this);
    buildChoices();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_table = makeTableView(m_preview, this);
    m_table->setAccessibleName(tr("Preview of the parsed rows"));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultSectionSize(140);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&File:"), m_file);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Source system:"), m_source);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ReadingPage::refresh);
    connect(&session, &import::ImportSession::fileChanged, this, [this](int index) {
        if (index == current())
            refresh();
        Q_EMIT completeChanged();
    });
}

void ReadingPage::buildChoices()
{
    m_encoding = new QComboBox(this);
    m_encoding->setAccessibleName(tr("Encoding"));
    for (Encoding encoding : kEncodings)
        addItem(m_encoding, import::encodingName(encoding), static_cast<int>(encoding));
    connect(m_encoding, &QComboBox::activated, this, [this] {
        m_session.setEncoding(current(), static_cast<Encoding>(m_encoding->currentData().toInt()));
    });

    m_delimiter = new QComboBox(this);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    for (char delimiter : kDelimiters)
        addItem(m_delimiter, delimiterLabel(delimiter), static_cast<int>(delimiter));
    connect(m_delimiter, &QComboBox::activated, this, [this] {
        m_session.setDelimiter(current(), static_cast<char>(m_delimiter->currentData().toInt()));
    });

    m_header = new QCheckBox(this);
    m_header->setAccessibleName(tr("Header row"));
    connect(m_header, &QCheckBox::clicked, this,
            [this](bool checked) { m_session.setHasHeader(current(), checked); });

    m_layout = new QComboBox(this);
    m_layout->setAccessibleName(tr("Layout"));
    for (const import::Preset* preset : import::allPresets())
        addItem(m_layout, presetLabel(*preset), QString::fromLatin1(preset->id));
    m_layout->insertSeparator(m_layout->count());
    for (const QString& name : import::kindNames()) {
        const auto kind = import::kindFromName(name);
        addItem(m_layout, tr("%1, map the columns by hand").arg(import::kindLabel(*kind)),
                QString(name).prepend(u':'));
    }
    connect(m_layout, &QComboBox::activated, this, &ReadingPage::chooseLayout);

    m_source = new QLineEdit(this);
    m_source->setMinimumWidth(220);
    m_source->setToolTip(tr("Stored with every row; customers are matched by their id within "
                            "the same source."));
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        if (m_source->text().trimmed() != m_session.file(current()).plan.source)
            m_session.setSource(current(), m_source->text());
    });
}

void ReadingPage::chooseLayout()
{
    const QString data = m_layout->currentData().toString();
    if (data.startsWith(u':'))
        m_session.setCustomKind(current(), *import::kindFromName(data.mid(1)));
    else
        m_session.setPreset(current(), data);
}

void ReadingPage::initializePage()
{
    m_file->selectFirstBlocked();
    refresh();
}

bool ReadingPage::isComplete() const
{
    return m_session.fileCount() > 0 && !m_session.isInspecting();
}

int ReadingPage::current() const
{
    return std::max(0, m_file->currentIndex());
}

void ReadingPage::refresh()
{
    if (m_session.fileCount() == 0)
        return;
    const import::SessionFile& file = m_session.file(current());
    const import::FilePlan& plan = file.plan;
    const import::Detected& detected = file.detected;
    m_preview->setPlan(plan);
    markDetected(m_encoding, static_cast<int>(detected.encoding), detected.known);
    markDetected(m_delimiter, static_cast<int>(detected.dialect.delimiter), detected.known);
    markDetected(m_layout, detected.presetId, detected.known && !detected.presetId.isEmpty());
    m_encoding->setCurrentIndex(m_encoding->findData(static_cast<int>(plan.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(static_cast<int>(plan.dialect.delimiter)));
    m_header->setChecked(plan.dialect.hasHeader);
    m_header->setText(detected.known && detected.dialect.hasHeader == plan.dialect.hasHeader
                          ? tr("The first row holds the column &names (detected)")
                          : tr("The first row holds the column &names"));
    const bool custom = file.choices.presetId.isEmpty() &&
                        (file.choices.kind || plan.mappingRemembered || !plan.preset);
    m_layout->setCurrentIndex(m_layout->findData(
        custom ? import::kindName(plan.kind).prepend(u':')
               : (plan.preset ? QString::fromLatin1(plan.preset->id) : QString())));
    m_source->setText(plan.source);

    QString status;
    if (file.inspecting)
        status = tr("Reading the file…");
    else if (!file.error.isEmpty())
        status = file.error;
    else if (plan.mappingRemembered)
        status = tr("These column names were mapped by you before; that mapping is used.");
    else if (!plan.preset)
        status = tr("No known export has these columns: choose what the file holds, then map "
                    "its columns on the next page.");
    else
        status = tr("Recognised as %1 from its column names.").arg(presetLabel(*plan.preset));
    m_status->setText(status);
}

} // namespace tenure::ui
