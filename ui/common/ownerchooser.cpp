#include "ownerchooser.h"

#include "playbooks/people.h"

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
    clear();
    addItem(tr("Everyone"), QString());
    if (connection) {
        for (const QString& name : playbooks::loadOwners(*connection))
            addItem(name, name);
    }
    setOwner(QSettings().value(kOwnerKey).toString());
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
