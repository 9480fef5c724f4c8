// Prints, as nanoseconds since the epoch, when frames of a window were
// painted, then quits; startup_bench.sh subtracts the time it launched the
// process. Two modes started the same way, so they compare:
//   bench_startup bare        an empty QMainWindow: its first frame
//   bench_startup tenure BOOK the Tenure window on BOOK: its first frame (the
//                             book open, its accounts loading), then the first
//                             frame with the accounts listed
#include "accountlist/accountsview.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

// Reports the first paint of `watched` after `ready()` says the content is there.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget* watched, std::function<bool()> ready, bool quitAfter = true)
        : m_ready(std::move(ready))
        , m_quitAfter(quitAfter)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_ready()) {
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            std::printf("%lld\n",
                        static_cast<long long>(
                            std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            if (m_quitAfter)
                QTimer::singleShot(0, qApp, &QApplication::quit);
            m_ready = [] {
                return false;
            };
        }
        return QObject::eventFilter(object, event);
    }

private:
    std::function<bool()> m_ready;
    bool m_quitAfter;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("bare")) {
        QMainWindow window;
        window.resize(1400, 900);
        FirstPaint probe(&window, [] { return true; });
        window.show();
        return app.exec();
    }
    if (args.value(1) == QLatin1String("tenure") && args.size() == 3) {
        tenure::ui::MainWindow window;
        window.resize(1400, 900);
        auto* accounts = window.accountsView();
        auto* table = accounts->findChild<QTableView*>();
        FirstPaint windowShown(
            &window, [] { return true; }, false);
        FirstPaint listShown(table->viewport(),
                             [accounts] { return accounts->totalAccounts() > 0; });
        // A book opens on Today; this bench times the account list, as before Today existed.
        QObject::connect(&window, &tenure::ui::MainWindow::backgroundOpenFinished, &window,
                         [&window] { window.showArea(tenure::ui::MainWindow::Area::Accounts); });
        window.show();
        window.openBookInBackground(args[2]); // as the application opens a book at start-up
        return app.exec();
    }
    std::fprintf(stderr, "usage: bench_startup bare | tenure BOOK\n");
    return 2;
}
