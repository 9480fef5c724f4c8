#pragma once

#include <QComboBox>

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

// "Whose work": Everyone, then each person who owns an account or a task.
// The user's choice says who they are, so it is remembered and shared by
// every chooser (Today, My Tasks).
class OwnerChooser : public QComboBox
{
    Q_OBJECT
public:
    explicit OwnerChooser(QWidget* parent = nullptr);
    // Lists the book's owners (none without a connection) and selects the
    // default owner (Preferences) or the remembered one.
    void fill(store::Connection* connection);
    QString owner() const; // empty: everyone
    void setOwner(const QString& owner);

Q_SIGNALS:
    // The user picked an owner (not a programmatic change); it is remembered.
    void ownerChosen();

private:
    QString m_book; // the path of the book the list was filled from
};

} // namespace tenure::ui
