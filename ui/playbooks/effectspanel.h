#pragma once

#include "playbooks/effectiveness.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tenure::playbooks {
class EffectTableModel;
}

namespace tenure::ui {

class JobRunner;

// "Did it work?": each playbook's accounts against comparable ones, measured
// on a worker (it scores the book on several past days) with a progress bar
// and Cancel.
class EffectsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EffectsPanel(QWidget* parent = nullptr);
    // Set by the Playbooks view; empty: clear.
    void setBook(const QString& path);
    void measure();
    void cancel();
    bool isBusy() const;
    playbooks::EffectTableModel* model() const { return m_model; }

Q_SIGNALS:
    void measured();

private:
    void show(std::vector<playbooks::PlaybookEffect> effects);
    void stopped(const QString& status);

    QString m_path;
    JobRunner* m_job;
    playbooks::EffectTableModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_measure;
    QPushButton* m_cancel;
};

} // namespace tenure::ui
