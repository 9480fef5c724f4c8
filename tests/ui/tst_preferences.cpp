// Edit > Preferences: the book's settings land in the book (all at once),
// the person's in QSettings; a read-only or missing book cannot be changed;
// every health threshold is editable; and the window follows a change (the
// report's quarters follow a new fiscal year).
#include "common/personalsettings.h"
#include "common/screenshot.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "mainwindow/mainwindow.h"
#include "metrics/conventions.h"
#include "metrics/historyloader.h"
#include "preferences/preferencesdialog.h"
#include "preferences/thresholdfields.h"
#include "report/reportview.h"
#include "settings/bookpreferences.h"
#include "store/book.h"
#include "store/person.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <set>

using namespace tenure;
using ui::PreferencesDialog;

namespace {

template <typename Widget> Widget* child(QWidget& dialog, const char* name)
{
    auto* found = dialog.findChild<Widget*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no control named %s", name);
    return found;
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QPushButton* okButton(QWidget& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_book = m_folder.path(QStringLiteral("Demo.tenure"));
        demo::DemoOptions options;
        options.accounts = 150;
        options.today = QDate::currentDate();
        demo::generateDemoBook(m_book, options);
    }

    void init()
    {
        // Each case starts from the defaults.
        auto book = store::Book::open(m_book);
        settings::BookPreferences defaults = settings::loadBookPreferences(book->connection());
        defaults.conventions = {};
        defaults.health = {};
        settings::saveBookPreferences(book->connection(), defaults);
    }

    void savesTheBooksSettingsInTheBookAndThePersonsInSettings()
    {
        auto book = store::Book::open(m_book);
        PreferencesDialog dialog(&book->connection(), true,
                                 {QStringLiteral("Ada"), QStringLiteral("Ben")});
        dialog.show();
        for (int tab = 0; tab < 3; ++tab) {
            dialog.showTab(static_cast<PreferencesDialog::Tab>(tab));
            QVERIFY(test::saveScreenshot(dialog, QStringLiteral("preferences-%1").arg(tab)));
        }
        choose(child<QComboBox>(dialog, "fiscalYearStart"), 4);
        choose(child<QComboBox>(dialog, "retentionMethod"),
               static_cast<int>(metrics::RetentionMethod::Renewal));
        choose(child<QComboBox>(dialog, "churnRecognition"),
               static_cast<int>(metrics::ChurnRecognition::Cancellation));
        child<QSpinBox>(dialog, "reactivationWindow")->setValue(6);

        // No weight at all is refused before it reaches the book.
        for (const char* weight : {"outcomeWeight", "experienceWeight", "relationshipWeight"})
            child<QDoubleSpinBox>(dialog, weight)->setValue(0);
        QVERIFY(!okButton(dialog)->isEnabled());
        child<QDoubleSpinBox>(dialog, "outcomeWeight")->setValue(60);
        child<QDoubleSpinBox>(dialog, "experienceWeight")->setValue(40);
        QVERIFY(okButton(dialog)->isEnabled());

        choose(child<QComboBox>(dialog, "language"), QStringLiteral("ru"));
        choose(child<QComboBox>(dialog, "defaultOwner"), QStringLiteral("Ben"));
        auto* name = child<QLineEdit>(dialog, "personName");
        QCOMPARE(name->placeholderText(), store::loginName()); // recorded while empty
        name->setText(QStringLiteral("  Ben Okafor "));
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.bookChanged());
        QVERIFY(dialog.languageChanged());

        auto reopened = store::Book::open(m_book);
        const auto stored = settings::loadBookPreferences(reopened->connection());
        QCOMPARE(stored.conventions.fiscalYearStartMonth, 4);
        QCOMPARE(stored.conventions.method, metrics::RetentionMethod::Renewal);
        QCOMPARE(stored.conventions.churnAt, metrics::ChurnRecognition::Cancellation);
        QCOMPARE(stored.conventions.reactivationWindowMonths, 6);
        QCOMPARE(stored.health.weights.outcome, 0.6);
        QCOMPARE(stored.health.weights.experience, 0.4);
        QCOMPARE(stored.health.weights.relationship, 0.0);
        QCOMPARE(ui::personal::language(), QStringLiteral("ru"));
        QCOMPARE(ui::personal::defaultOwner(), std::optional(QStringLiteral("Ben")));
        QCOMPARE(ui::personal::personName(), QStringLiteral("Ben Okafor"));
        QCOMPARE(store::currentPerson(), QStringLiteral("Ben Okafor")); // what the book records
        ui::personal::setPersonName({});
        QCOMPARE(store::currentPerson(), store::loginName());
        QCOMPARE(ui::personal::chosenLocale().language(), QLocale::Russian);
        ui::personal::setLanguage({});
        ui::personal::setDefaultOwner(std::nullopt);
    }

    void restoreDefaultsResetsTheShownTab()
    {
        auto book = store::Book::open(m_book);
        PreferencesDialog dialog(&book->connection(), true, {});
        dialog.show();
        choose(child<QComboBox>(dialog, "fiscalYearStart"), 10);
        child<QDoubleSpinBox>(dialog, "outcomeWeight")->setValue(5);
        dialog.showTab(PreferencesDialog::Tab::Book);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(child<QComboBox>(dialog, "fiscalYearStart")->currentData().toInt(), 1);
        QCOMPARE(child<QDoubleSpinBox>(dialog, "outcomeWeight")->value(), 5.0); // another tab
        dialog.reject();
        QVERIFY(!dialog.bookChanged());
    }

    void aReadOnlyOrMissingBookCannotBeChanged()
    {
        auto book = store::Book::open(m_book, store::Book::Access::ReadOnly);
        PreferencesDialog readOnly(&book->connection(), false, {});
        QVERIFY(!child<QComboBox>(readOnly, "fiscalYearStart")->isEnabled());
        QVERIFY(!child<QDoubleSpinBox>(readOnly, "outcomeWeight")->isEnabled());
        QVERIFY(child<QComboBox>(readOnly, "language")->isEnabled());

        PreferencesDialog none(nullptr, false, {});
        QVERIFY(!child<QComboBox>(none, "baseCurrency")->isEnabled());
        none.accept();
        QVERIFY(!none.bookChanged());
    }

    // The numbers behind "at risk" and "medium severity" are written there.
    void theHealthTabSaysWhatAtRiskMeans()
    {
        auto book = store::Book::open(m_book);
        PreferencesDialog dialog(&book->connection(), true, {});
        dialog.show();
        dialog.showTab(PreferencesDialog::Tab::Health);
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("preferences-health-at-risk")));
        QLabel* atRisk = nullptr;
        for (auto* label : dialog.findChildren<QLabel*>()) {
            if (label->accessibleName() == QLatin1String("At risk"))
                atRisk = label;
        }
        QVERIFY(atRisk);
        QVERIFY(atRisk->text().contains(QStringLiteral("below 50")));
        QVERIFY(atRisk->text().contains(QStringLiteral("0.5 or more")));
        dialog.reject();
    }

    // Each field of the Health tab edits its own threshold, and every
    // threshold the detectors read has a field.
    void everyThresholdHasItsOwnField()
    {
        const QJsonObject defaults = health::Thresholds{}.toJson();
        std::set<QString> edited;
        for (const ui::ThresholdField& field : ui::thresholdFields()) {
            health::Thresholds thresholds;
            field.setValue(thresholds, field.value(thresholds) + 1);
            const QJsonObject changed = thresholds.toJson();
            QStringList keys;
            for (auto it = changed.begin(); it != changed.end(); ++it) {
                if (it.value() != defaults.value(it.key()))
                    keys.append(it.key());
            }
            QCOMPARE(keys.size(), 1);
            QVERIFY2(edited.insert(keys.front()).second, qPrintable(keys.front()));
        }
        QCOMPARE(edited.size(), static_cast<std::size_t>(defaults.size()));
    }

    // The demo's churned customers gave notice: counting churn at cancellation
    // moves MRR out earlier, never later.
    void churnAtCancellationMovesTheDemosChurnEarlier()
    {
        auto book = store::Book::open(m_book);
        const QDate today = QDate::currentDate();
        const auto atPeriodEnd = metrics::loadMrrHistory(book->connection(), today);
        auto conventions = metrics::loadConventions(book->connection());
        conventions.churnAt = metrics::ChurnRecognition::Cancellation;
        metrics::saveConventions(book->connection(), conventions);
        const auto atCancellation = metrics::loadMrrHistory(book->connection(), today);
        int monthsLower = 0;
        for (metrics::Month month = atPeriodEnd.firstMonth(); month <= atPeriodEnd.lastMonth();
             month = month + 1) {
            std::int64_t before = 0, after = 0;
            for (int account = 0; account < atPeriodEnd.accountCount(); ++account) {
                before += atPeriodEnd.mrr(account, month);
                after += atCancellation.mrr(account, month);
            }
            QVERIFY(after <= before);
            monthsLower += after < before;
        }
        QVERIFY(monthsLower > 0);
    }

    void theReportsQuartersFollowANewFiscalYear()
    {
        ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openBook(m_book));
        QTimer::singleShot(0, &window, [] {
            auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            choose(child<QComboBox>(*dialog, "fiscalYearStart"), 4);
            dialog->accept();
        });
        window.showPreferences();
        window.showArea(ui::MainWindow::Area::Reports);
        auto* quarters = window.reportView()->findChild<QComboBox*>(QStringLiteral("quarter"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.reportView()->isBusy() && quarters->count() > 0, 30000);
        QVERIFY2(quarters->itemText(0).startsWith(QStringLiteral("FY")),
                 qPrintable(quarters->itemText(0)));
        QCOMPARE(window.reportView()->quarter().fiscalYearStartMonth, 4);
    }

private:
    test::TempFolder m_folder;
    QString m_book;
};

TENURE_TEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
