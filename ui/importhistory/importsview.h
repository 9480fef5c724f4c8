#pragma once

#include "import/importlog.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;

// The Imports area: how to bring data in (the wizard, or dropping files on
// the window) and the log of every import: file, fingerprint, preset, counts,
// duration and what a newer export changed.
class ImportsView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportsView(QWidget* parent = nullptr);
    void setDocument(store::BookDocument* document); // null: no book
    const std::vector<import::ImportRecord>& records() const { return m_records; }

Q_SIGNALS:
    void importRequested();

private:
    void reload();
    void showChanges();

    BookFollower* m_follower;
    std::vector<import::ImportRecord> m_records;
    QTreeWidget* m_log;
    QPlainTextEdit* m_details;
};

} // namespace tenure::ui
