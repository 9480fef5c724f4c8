#include "fileselector.h"

#include "import/importsession.h"

#include <QFileInfo>

namespace tenure::ui {

FileSelector::FileSelector(import::ImportSession& session, QWidget* parent)
    : QComboBox(parent)
    , m_session(session)
{
    setAccessibleName(tr("File"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(&session, &import::ImportSession::filesChanged, this, &FileSelector::refresh);
    connect(&session, &import::ImportSession::fileChanged, this, &FileSelector::refresh);
    refresh();
}

void FileSelector::refresh()
{
    const QSignalBlocker blocker(this);
    const int current = std::max(0, currentIndex());
    clear();
    for (int i = 0; i < m_session.fileCount(); ++i) {
        const QString name = QFileInfo(m_session.file(i).path).fileName();
        const QString problem = m_session.blocker(i);
        addItem(problem.isEmpty() ? tr("%1 — ready").arg(name)
                                  : tr("%1 — needs attention").arg(name));
        setItemData(i, problem.isEmpty() ? name : problem, Qt::ToolTipRole);
    }
    setCurrentIndex(std::min(current, count() - 1));
}

void FileSelector::selectFirstBlocked()
{
    for (int i = 0; i < m_session.fileCount(); ++i) {
        if (!m_session.blocker(i).isEmpty()) {
            setCurrentIndex(i);
            return;
        }
    }
}

} // namespace tenure::ui
