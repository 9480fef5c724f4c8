#pragma once

#include "playbooks/effectiveness.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tenure::playbooks {
class EffectTableModel;
}

namespace tenure::ui {

class SharedProgress;

// "Did it work?": each playbook's accounts against comparable ones, measured
// on a worker (it scores the book on several past days) with a progress bar
// and Cancel.
class EffectsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EffectsPanel(QWidget* parent = nullptr);
    ~EffectsPanel() override;
    void setBook(const QString& path); // empty: clear
    void measure();
    void cancel();
    bool isBusy() const { return m_watcher.isRunning(); }
    playbooks::EffectTableModel* model() const { return m_model; }

Q_SIGNALS:
    void measured();

private:
    struct Result
    {
        std::vector<playbooks::PlaybookEffect> effects;
        bool cancelled = false;
        QString error;
    };
    void finished();

    QString m_path;
    std::shared_ptr<SharedProgress> m_progress;
    QFutureWatcher<Result> m_watcher;
    QTimer m_poll;
    playbooks::EffectTableModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_measure;
    QPushButton* m_cancel;
};

} // namespace tenure::ui
