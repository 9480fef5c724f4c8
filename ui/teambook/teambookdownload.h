#pragma once

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace tenure::store::postgres {
class ServerSnapshot;
}

namespace tenure::ui {

// Reads the team book at `uri` into a private file on a worker, behind a
// progress dialog that can stop it, and hands the copy to `done` on the GUI
// thread. Why it could not be read is shown over `parent`; a stopped read
// shows nothing and leaves nothing behind.
void downloadTeamBook(QWidget* parent, const QString& uri,
                      std::function<void(std::shared_ptr<store::postgres::ServerSnapshot>)> done);

} // namespace tenure::ui
