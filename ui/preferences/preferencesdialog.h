#pragma once

#include "settings/bookpreferences.h"

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

class BookPage;
class HealthPage;
class PersonalPage;

// Edit > Preferences: the book's settings (base currency, metric conventions,
// health weights and thresholds), stored in the book, and the person's
// (language, default owner), stored in QSettings. OK saves both; the book's
// settings change in one transaction or not at all.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Tab { Book, Health, Personal };

    // `book`: the open book, or none (its tabs are then disabled); read-only
    // when `writable` is false. `owners`: the book's owners.
    PreferencesDialog(store::Connection* book, bool writable, const QStringList& owners,
                      QWidget* parent = nullptr);

    void showTab(Tab tab);
    void accept() override;

    // After OK: what changed, for the window to refresh or offer a restart.
    bool bookChanged() const { return m_bookChanged; }
    bool languageChanged() const { return m_languageChanged; }

private:
    void restoreDefaults();
    bool saveBook();

    store::Connection* m_book;
    settings::BookPreferences m_loaded;
    QTabWidget* m_tabs;
    BookPage* m_bookPage;
    HealthPage* m_healthPage;
    PersonalPage* m_personalPage;
    QDialogButtonBox* m_buttons;
    bool m_bookChanged = false;
    bool m_languageChanged = false;
};

} // namespace tenure::ui
