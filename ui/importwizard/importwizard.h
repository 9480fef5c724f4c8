#pragma once

#include "wizardstate.h"

#include <QWizard>

namespace tenure::ui {

class CheckPage;
class FilesPage;
class ImportPage;
class MappingPage;
class ReadingPage;
class ReviewPage;
class SummaryPage;

// Imports CSV exports into a book: files (picked or dropped) → how they are
// read, with a preview → column mapping → a check that lists every rejected
// row → review of possible duplicate accounts → the import on a worker with
// progress and Cancel → what changed. The GUI thread only waits for signals.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    ImportWizard(const QString& bookPath, const QStringList& files = {}, QWidget* parent = nullptr);

    // A team book's copy: the import's commits are made on its server first.
    void forwardCommits(import::ForwarderMaker forwarder)
    {
        m_state.forwarder = std::move(forwarder);
    }

    // Adds files while the wizard is still choosing them (dropped on the window, say).
    void addFiles(const QStringList& files);
    import::ImportSession& session() { return *m_state.session;
}

ReadingPage*
readingPage() const
{
    return m_reading;
}
MappingPage* mappingPage() const
{
    return m_mapping;
}
CheckPage* checkPage() const
{
    return m_check;
}
ReviewPage* reviewPage() const
{
    return m_review;
}
ImportPage* importPage() const
{
    return m_import;
}

Q_SIGNALS:
void imported(); // rows were committed to the book: reload what shows it

public Q_SLOTS:
void reject() override; // during the import: cancels it first

protected:
void dragEnterEvent(QDragEnterEvent* event) override;
void dropEvent(QDropEvent* event) override;
void closeEvent(QCloseEvent* event) override;

private:
bool acceptsFiles() const;

WizardState m_state;
FilesPage* m_files;
ReadingPage* m_reading;
MappingPage* m_mapping;
CheckPage* m_check;
ReviewPage* m_review;
ImportPage* m_import;
SummaryPage* m_summary;
}; // namespace tenure::ui

} // namespace tenure::ui
