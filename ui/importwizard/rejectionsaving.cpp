#include "rejectionsaving.h"

#include "core/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ImportWizard)
};

} // namespace

bool writeRejections(const QAbstractItemModel& rejections, const QString& path)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && writeCsv(rejections, file) && file.commit();
}

void saveRejections(const QAbstractItemModel& rejections, QWidget* parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, Messages::tr("Save Rejected Rows"),
        QDir::home().filePath(Messages::tr("rejected rows.csv")), Messages::tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!writeRejections(rejections, path)) {
        QMessageBox::warning(parent, Messages::tr("Save Rejected Rows"),
                             Messages::tr("%1 could not be written.").arg(path));
    }
}

} // namespace tenure::ui
