#pragma once

#include "import/importlog.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

// The Imports area: how to bring data in (the wizard, or dropping files on
// the window) and the log of every import: file, fingerprint, preset, counts,
// duration and what a newer export changed.
class ImportsView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportsView(QWidget* parent = nullptr);
    void setConnection(store::Connection* connection); // null: no book
    void reload();
    const std::vector<import::ImportRecord>& records() const { return m_records; }

Q_SIGNALS:
    void importRequested();

private:
    void showChanges();

    store::Connection* m_connection = nullptr;
    std::vector<import::ImportRecord> m_records;
    QTreeWidget* m_log;
    QPlainTextEdit* m_details;
};

} // namespace tenure::ui
