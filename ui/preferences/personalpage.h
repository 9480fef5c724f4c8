#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace tenure::ui {

// Preferences > Personal: what belongs to the person, kept in QSettings.
class PersonalPage : public QWidget
{
    Q_OBJECT
public:
    // `owners`: the open book's owners, offered as the default owner.
    explicit PersonalPage(const QStringList& owners, QWidget* parent = nullptr);

    QString language() const; // "" for the system's
    std::optional<QString> defaultOwner() const;
    QString personName() const; // "" for the login name

private:
    QComboBox* m_language;
    QComboBox* m_owner;
    QLineEdit* m_name;
};

} // namespace tenure::ui
