#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

// "Merge into…" on an account of the list: the user chooses the account it
// duplicates (likely ones, by name or domain, listed first), and the merge is
// made as one step of the window's undo stack (Edit ▸ Undo puts it back).
class MergeAccountDialog : public QDialog
{
    Q_OBJECT
public:
    MergeAccountDialog(store::BookDocument& document, qint64 fromId, const QString& fromName,
                       QWidget* parent = nullptr);

    void accept() override;
    // The list's account id of each target offered, in order (for tests).
    QList<qint64> offeredTargets() const;
    void chooseTarget(qint64 accountId);

private:
    void loadTargets();
    void filter(const QString& text);

    store::BookDocument& m_document;
    qint64 m_fromId;
    QString m_fromName;
    QLineEdit* m_search;
    QListWidget* m_targets;
};

} // namespace tenure::ui
