#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tenure::ui {

// File > Open Team Book: the server, its port, the database, the user and
// whether the connection must be encrypted. What was entered is remembered
// for next time; a password never is: libpq reads it from the user's
// password file (~/.pgpass) or service file.
class TeamBookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamBookDialog(QWidget* parent = nullptr);

    // The connection URI for what is entered, e.g.
    // postgresql://priya@db.example.com:5432/team?sslmode=verify-full. A
    // host that is a folder (a Unix socket's) is written percent-encoded.
    QString uri() const;
    // What is entered, remembered (QSettings, group "teamBook").
    void remember() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* encryptionChoice() const { return m_encryption; }

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_encryption; // libpq's sslmode
};

} // namespace tenure::ui
