#include "librarypanel.h"

#include "common/bookfollower.h"
#include "core/atomicfile.h"
#include "playbookeditor.h"
#include "playbooks/playbookstore.h"
#include "store/bookdocument.h"
#include "store/bookerror.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>

namespace tenure::ui {

namespace {

QString triggerSummary(const playbooks::Playbook& playbook)
{
    if (playbook.oneToMany)
        return LibraryPanel::tr("one-to-many");
    switch (playbook.trigger) {
    case playbooks::TriggerKind::RiskReason:
        return LibraryPanel::tr("risk reason");
    case playbooks::TriggerKind::QuadrantChange:
        return LibraryPanel::tr("quadrant");
    case playbooks::TriggerKind::Lifecycle:
        return LibraryPanel::tr("lifecycle");
    case playbooks::TriggerKind::Manual:
        break;
    }
    return LibraryPanel::tr("by hand");
}

} // namespace

LibraryPanel::LibraryPanel(QWidget* parent)
    : QWidget(parent)
    , m_follower(
          new BookFollower(this, store::BookChange::Playbooks, [this] { reload(chosenCode()); }))
    , m_list(new QListWidget(this))
    , m_editor(new PlaybookEditor(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    m_list->setAccessibleName(tr("Playbooks"));
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    auto* create = new QPushButton(tr("&New Playbook"), this);
    auto* importButton = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    importButton->setToolTip(tr("Add the playbooks of a shared library file (JSON)"));
    exportButton->setToolTip(tr("Save this book's library as a JSON file to share"));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(create);
    listButtons->addWidget(importButton);
    listButtons->addWidget(exportButton);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);

    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(m_problem, 1);
    editButtons->addWidget(m_revert);
    editButtons->addWidget(m_save);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addLayout(editButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &LibraryPanel::showChosen);
    connect(m_editor, &PlaybookEditor::edited, this, [this] {
        m_dirty = true;
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &LibraryPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &LibraryPanel::revertOrRemove);
    connect(create, &QPushButton::clicked, this, &LibraryPanel::newPlaybook);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Playbooks"), {},
                                                          tr("Playbook libraries (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Playbooks"), tr("playbooks.json"), tr("Playbook libraries (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    setDocument(nullptr);
}

void LibraryPanel::setDocument(store::BookDocument* document)
{
    setEnabled(document != nullptr);
    m_follower->setDocument(document);
}

QString LibraryPanel::chosenCode() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_library[static_cast<std::size_t>(row)].code : QString();
}

void LibraryPanel::written(const QString& select)
{
    m_follower->document()->notify({store::BookChange::Playbooks, {}});
    reload(select);
}

void LibraryPanel::reload(const QString& select)
{
    const QSignalBlocker blocker(m_list);
    store::BookDocument* document = m_follower->document();
    m_library = document ? playbooks::loadLibrary(document->connection())
                         : std::vector<playbooks::Playbook>{};
    m_list->clear();
    int chosen = 0;
    for (const playbooks::Playbook& playbook : m_library) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  ·  %2").arg(playbook.name, triggerSummary(playbook)), m_list);
        item->setToolTip(playbook.description);
        if (playbook.code == select)
            chosen = m_list->row(item);
    }
    m_list->setCurrentRow(m_library.empty() ? -1 : chosen);
    showChosen();
    Q_EMIT libraryChanged();
}

void LibraryPanel::selectPlaybook(const QString& code)
{
    for (std::size_t i = 0; i < m_library.size(); ++i) {
        if (m_library[i].code == code)
            m_list->setCurrentRow(static_cast<int>(i));
    }
}

void LibraryPanel::showChosen()
{
    const int row = m_list->currentRow();
    m_editor->setEnabled(row >= 0);
    if (row >= 0)
        m_editor->setPlaybook(m_library[static_cast<std::size_t>(row)]);
    m_dirty = false;
    updateButtons();
}

void LibraryPanel::updateButtons()
{
    const int row = m_list->currentRow();
    const QString problem = m_editor->problem();
    m_problem->setText(m_dirty ? problem : QString());
    m_save->setEnabled(row >= 0 && m_dirty && problem.isEmpty());
    const bool builtin = row >= 0 && m_library[static_cast<std::size_t>(row)].builtin;
    m_revert->setText(builtin ? tr("Revert to Built-in") : tr("Remove"));
    m_revert->setEnabled(row >= 0);
}

bool LibraryPanel::save()
{
    if (!m_follower->document() || !m_editor->problem().isEmpty())
        return false;
    const int row = m_list->currentRow();
    if (row < 0)
        return false;
    const playbooks::Playbook seen = m_library[static_cast<std::size_t>(row)];
    const playbooks::Playbook playbook = m_editor->playbook();
    try {
        playbooks::replacePlaybook(m_follower->document()->connection(), seen, playbook);
    } catch (const store::BookError& error) {
        showError(error.message());
        // Changed elsewhere: show the library as the book now holds it.
        if (error.kind() == store::BookError::Kind::Conflict)
            written(seen.code);
        return false;
    }
    written(playbook.code);
    return true;
}

void LibraryPanel::newPlaybook()
{
    playbooks::Playbook playbook;
    int number = 1;
    const auto taken = [this](const QString& code) {
        return std::any_of(m_library.begin(), m_library.end(),
                           [&](const playbooks::Playbook& p) { return p.code == code; });
    };
    while (taken(QStringLiteral("custom_%1").arg(number)))
        ++number;
    playbook.code = QStringLiteral("custom_%1").arg(number);
    playbook.name = tr("New playbook %1").arg(number);
    playbook.steps = {{tr("First step"), playbooks::WorkKind::Call, 0, {}}};
    try {
        playbooks::savePlaybook(m_follower->document()->connection(), playbook);
    } catch (const store::BookError& error) {
        showError(error.message());
        return;
    }
    written(playbook.code);
}

void LibraryPanel::revertOrRemove()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const playbooks::Playbook& playbook = m_library[static_cast<std::size_t>(row)];
    QString why;
    const QString select = playbook.builtin ? playbook.code : QString();
    if (!playbooks::removePlaybook(m_follower->document()->connection(), playbook.code, &why)) {
        showError(why);
        return;
    }
    written(select);
}

bool LibraryPanel::exportTo(const QString& path)
{
    QString error;
    if (!writeFileAtomically(path, QJsonDocument(playbooks::toJson(m_library)).toJson(), &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool LibraryPanel::importFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QString error;
    const auto library =
        document.isObject() ? playbooks::libraryFromJson(document.object(), &error) : std::nullopt;
    if (!library) {
        showError(error.isEmpty() ? tr("%1 is not JSON: %2 at byte %3.")
                                        .arg(path, parseError.errorString())
                                        .arg(parseError.offset)
                                  : error);
        return false;
    }
    try {
        playbooks::importLibrary(m_follower->document()->connection(), *library);
    } catch (const store::BookError& bookError) {
        showError(bookError.message());
        return false;
    }
    written(chosenCode());
    return true;
}

void LibraryPanel::showError(const QString& message)
{
    // open(), not exec(): the message waits for the user without stopping the window.
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Playbooks"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace tenure::ui
