#include "preferencesdialog.h"

#include "bookpage.h"
#include "common/personalsettings.h"
#include "healthpage.h"
#include "metrics/basecurrency.h"
#include "personalpage.h"
#include "store/bookerror.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tenure::ui {

PreferencesDialog::PreferencesDialog(store::Connection* book, bool writable,
                                     const QStringList& owners, QWidget* parent)
    : QDialog(parent)
    , m_book(book)
    , m_tabs(new QTabWidget(this))
    , m_bookPage(new BookPage(m_tabs))
    , m_healthPage(new HealthPage(m_tabs))
    , m_personalPage(new PersonalPage(owners, m_tabs))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Preferences"));
    m_tabs->addTab(m_bookPage, tr("&Book"));
    m_tabs->addTab(m_healthPage, tr("&Health Score"));
    m_tabs->addTab(m_personalPage, tr("&Personal"));
    if (m_book) {
        m_loaded = settings::loadBookPreferences(*m_book);
        m_bookPage->setCurrencies(m_loaded.convertibleCurrencies, m_loaded.baseCurrency);
        m_bookPage->setConventions(m_loaded.conventions);
        m_healthPage->setConfig(m_loaded.health);
    }
    const QString why = !m_book ? tr("Open a book to change its settings.")
                                : tr("This book is open read-only: its settings cannot change.");
    for (QWidget* page : {static_cast<QWidget*>(m_bookPage), static_cast<QWidget*>(m_healthPage)}) {
        page->setEnabled(m_book && writable);
        if (!page->isEnabled())
            m_tabs->setTabToolTip(m_tabs->indexOf(page), why);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    // The person's settings have no defaults to go back to.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::RestoreDefaults)
            ->setEnabled(m_tabs->currentWidget() != m_personalPage &&
                         m_tabs->currentWidget()->isEnabled());
    });
    connect(m_healthPage, &HealthPage::validityChanged, m_buttons->button(QDialogButtonBox::Ok),
            &QWidget::setEnabled);
    resize(640, 600);
}

void PreferencesDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

// Restores the shown tab's defaults (not the base currency, which has none).
void PreferencesDialog::restoreDefaults()
{
    if (m_tabs->currentWidget() == m_bookPage)
        m_bookPage->setConventions({});
    else if (m_tabs->currentWidget() == m_healthPage)
        m_healthPage->setConfig({});
}

bool PreferencesDialog::saveBook()
{
    if (!m_book || !m_bookPage->isEnabled())
        return true;
    settings::BookPreferences wanted = m_loaded;
    wanted.baseCurrency = m_bookPage->baseCurrency();
    wanted.conventions = m_bookPage->conventions();
    wanted.health = m_healthPage->config();
    if (wanted.baseCurrency == m_loaded.baseCurrency &&
        wanted.conventions == m_loaded.conventions &&
        wanted.health.thresholds.toJson() == m_loaded.health.thresholds.toJson() &&
        wanted.health.weights.toJson() == m_loaded.health.weights.toJson())
        return true;
    try {
        settings::saveBookPreferences(*m_book, wanted);
    } catch (const metrics::BaseCurrencyError& error) {
        QMessageBox::warning(this, tr("Settings not saved"), error.message());
        return false;
    } catch (const store::BookError& error) {
        QMessageBox::warning(this, tr("Settings not saved"), error.message());
        return false;
    }
    m_bookChanged = true;
    return true;
}

void PreferencesDialog::accept()
{
    if (!saveBook())
        return; // nothing of the book changed; the dialog stays open to correct it
    m_languageChanged = m_personalPage->language() != personal::language();
    personal::setLanguage(m_personalPage->language());
    personal::setDefaultOwner(m_personalPage->defaultOwner());
    personal::setPersonName(m_personalPage->personName());
    QDialog::accept();
}

} // namespace tenure::ui
