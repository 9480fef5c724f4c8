#include "ownerchooser.h"

#include "personalsettings.h"
#include "playbooks/people.h"
#include "store/sqlite.h"

#include <QSettings>

namespace tenure::ui {

namespace {
const QString kOwnerKey = QStringLiteral("work/owner");
}

OwnerChooser::OwnerChooser(QWidget* parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Owner"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this] {
        QSettings().setValue(kOwnerKey, owner());
        Q_EMIT ownerChosen();
    });
    fill(nullptr);
}

void OwnerChooser::fill(store::Connection* connection)
{
    // Refilling for the same book keeps the choice; a book just opened starts
    // on the default owner of the preferences, or else the last one chosen.
    const QString book = connection ? connection->path() : QString();
    const bool sameBook = book == m_book && count() > 0;
    const QString wanted =
        sameBook ? owner()
                 : personal::defaultOwner().value_or(QSettings().value(kOwnerKey).toString());
    m_book = book;
    clear();
    addItem(tr("Everyone"), QString());
    if (connection) {
        for (const QString& name : playbooks::loadOwners(*connection))
            addItem(name, name);
    }
    setOwner(wanted);
}

QString OwnerChooser::owner() const
{
    return currentData().toString();
}

void OwnerChooser::setOwner(const QString& owner)
{
    setCurrentIndex(std::max(0, findData(owner)));
}

} // namespace tenure::ui
