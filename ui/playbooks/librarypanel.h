#pragma once

#include "playbooks/playbook.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;
class PlaybookEditor;

// The book's playbook library: the list, the editor of the chosen one, and
// import and export of the library as JSON for sharing with a team.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget* parent = nullptr);
    void setDocument(store::BookDocument* document); // null: no book
    const std::vector<playbooks::Playbook>& library() const { return m_library; }
    void selectPlaybook(const QString& code);
    PlaybookEditor* editor() const { return m_editor; }
    bool save();
    bool exportTo(const QString& path);
    bool importFrom(const QString& path);

Q_SIGNALS:
    void libraryChanged();

private:
    void reload(const QString& select);
    // After a write: tells the book's views, then shows `select`.
    void written(const QString& select);
    QString chosenCode() const;
    void showChosen();
    void newPlaybook();
    void revertOrRemove();
    void updateButtons();
    void showError(const QString& message);

    BookFollower* m_follower;
    std::vector<playbooks::Playbook> m_library;
    QListWidget* m_list;
    PlaybookEditor* m_editor;
    QLabel* m_problem;
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_dirty = false;
};

} // namespace tenure::ui
