// Under a dark palette (Fusion, light text on dark windows) every label of
// every area and of an account's page reads against what is drawn behind it,
// and the charts draw on the palette's base with its text colour instead of
// Qt Charts' white card; switched back to a light palette, the charts follow.
// Fails on a label coloured for light windows only (such as the KPI cards'
// dark red) and on a chart left in Qt Charts' light theme.
#include "accountpage/accountpage.h"
#include "common/darkpalette.h"
#include "common/readablecolor.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "mainwindow/mainwindow.h"
#include "quadrant/quadrantview.h"
#include "report/reportview.h"
#include "retention/retentionview.h"
#include "today/todayview.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHash>
#include <QLabel>
#include <QStandardPaths>
#include <QStyle>
#include <QXYSeries>

using tenure::ui::contrastRatio;
using tenure::ui::MainWindow;

namespace {

// Text is anti-aliased, so even its strongest pixel may fall short of the
// colour it is drawn in: 3 rather than 4.5 leaves room for that while still
// failing dark red (2.5:1) or slate (1.3:1) text on a dark window.
constexpr double kLabelContrast = 3.0;

// The strongest contrast between the most common colour of `area` (what the
// text is drawn on) and any other pixel in it (the text's ink).
double inkContrast(const QImage& area)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < area.height(); ++y) {
        for (int x = 0; x < area.width(); ++x)
            ++counts[area.pixel(x, y)];
    }
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, contrastRatio(QColor(it.key()), QColor(background)));
    return best;
}

// "Class 'text': ratio" for every visible label of `window` whose text does not
// stand out from its background in the window's picture.
QStringList faintLabels(QWidget& window)
{
    QTest::qWait(50); // lets the layout settle before the picture
    const QImage picture = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QStringList faint;
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() ||
            label->visibleRegion().isEmpty())
            continue;
        const QRect shown =
            label->visibleRegion().boundingRect().intersected(label->contentsRect());
        const QRect area =
            QRect(label->mapTo(&window, shown.topLeft()), shown.size()).intersected(picture.rect());
        if (area.width() < 4 || area.height() < 4)
            continue;
        const double ratio = inkContrast(picture.copy(area));
        if (ratio < kLabelContrast)
            faint.append(QStringLiteral("%1 '%2': %3")
                             .arg(QString::fromLatin1(label->metaObject()->className()),
                                  label->text().left(40))
                             .arg(ratio, 0, 'f', 2));
    }
    return faint;
}

// What is wrong with the colours of every chart in `root` under `palette`.
QStringList chartProblems(QWidget* root, const QPalette& palette)
{
    QStringList problems;
    const QColor base = palette.color(QPalette::Base);
    for (QChartView* view : root->findChildren<QChartView*>()) {
        QChart* chart = view->chart();
        const QString name = view->accessibleName();
        const QColor background = chart->backgroundBrush().color();
        if (contrastRatio(background, base) > 1.2)
            problems.append(QStringLiteral("%1: background %2 on base %3")
                                .arg(name, background.name(), base.name()));
        if (contrastRatio(chart->titleBrush().color(), background) < 4.5)
            problems.append(QStringLiteral("%1: title").arg(name));
        for (QAbstractAxis* axis : chart->axes()) {
            if (contrastRatio(axis->labelsColor(), background) < 4.5)
                problems.append(QStringLiteral("%1: axis labels").arg(name));
        }
        for (QAbstractSeries* series : chart->series()) {
            const auto* xy = qobject_cast<QXYSeries*>(series);
            if (xy && contrastRatio(xy->color(), background) < 3)
                problems.append(QStringLiteral("%1: line '%2'").arg(name, xy->name()));
        }
    }
    return problems;
}

} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(tenure::test::darkPalette());
        m_book = m_folder.path(QStringLiteral("Demo book.tenure"));
        tenure::demo::DemoOptions options;
        options.accounts = 120;
        options.today = QDate::currentDate();
        tenure::demo::generateDemoBook(m_book, options);
    }

    void measuresContrastAsWcagDoes()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(contrastRatio(Qt::gray, Qt::gray), 1.0);
    }

    void everyAreaReadsOnADarkPalette()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openBook(m_book));
        const std::pair<MainWindow::Area, const char*> areas[] = {
            {MainWindow::Area::Today, "Today"},         {MainWindow::Area::Accounts, "Accounts"},
            {MainWindow::Area::Retention, "Retention"}, {MainWindow::Area::TwoByTwo, "Two-by-two"},
            {MainWindow::Area::Playbooks, "Playbooks"}, {MainWindow::Area::Reports, "Reports"},
            {MainWindow::Area::Imports, "Imports"}};
        for (const auto& [area, name] : areas) {
            window.showArea(area);
            QTRY_VERIFY_WITH_TIMEOUT(
                !window.todayView()->isBusy() && !window.retentionView()->isBusy() &&
                    !window.quadrantView()->isBusy() && !window.reportView()->isBusy(),
                30000);
            const QStringList faint = faintLabels(window);
            QVERIFY2(faint.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(name),
                                                             faint.join(QStringLiteral("; ")))));
        }
        const QStringList charts = chartProblems(window.retentionView(), window.palette());
        QVERIFY2(charts.isEmpty(), qPrintable(charts.join(QStringLiteral("; "))));

        window.openAccount(1);
        auto* page = window.accountPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->detail(), 30000);
        const QStringList faint = faintLabels(window);
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QStringLiteral("; "))));
        const QStringList pageCharts = chartProblems(page, window.palette());
        QVERIFY2(!page->findChildren<QChartView*>().isEmpty(), "the account page has charts");
        QVERIFY2(pageCharts.isEmpty(), qPrintable(pageCharts.join(QStringLiteral("; "))));

        // Back to a light desktop: the charts already drawn follow.
        QApplication::setPalette(QApplication::style()->standardPalette());
        const QStringList light = chartProblems(page, window.palette());
        QApplication::setPalette(tenure::test::darkPalette());
        QVERIFY2(light.isEmpty(), qPrintable(light.join(QStringLiteral("; "))));
    }

private:
    tenure::test::TempFolder m_folder;
    QString m_book;
};

TENURE_TEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
