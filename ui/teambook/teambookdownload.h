#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QWidget;

namespace tenure::store::postgres {
class ServerSnapshot;
}

namespace tenure::ui {

// Reads the team book at `uri` into a private file on a worker, keeps it as
// the last copy read (ServerSnapshot::keep), and hands the copy, or why there
// is none (in the reader's language), to `done` on the GUI thread. With
// `into` (the copy a window shows), the worker also copies the book read
// into that file, in place, so that the GUI thread only tells the views. With `progressParent`, a
// progress dialog over it can stop the read; a stopped read calls nothing and leaves nothing
// behind. Nothing is called once `context` is gone.
using TeamBookRead = std::function<void(std::shared_ptr<store::postgres::ServerSnapshot> copy,
                                        const QString& error)>;
void downloadTeamBook(QObject* context, QWidget* progressParent, const QString& uri,
                      const QString& into, TeamBookRead done);

} // namespace tenure::ui
