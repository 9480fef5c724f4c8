#pragma once

#include <QComboBox>

namespace tenure::import {
class ImportSession;
}

namespace tenure::ui {

// Chooses which of the wizard's files a page shows; each entry says whether
// the file is ready or what it still needs.
class FileSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit FileSelector(import::ImportSession& session, QWidget* parent = nullptr);

    // The first file that still needs something, else the current one.
    void selectFirstBlocked();

private:
    void refresh();

    import::ImportSession& m_session;
};

} // namespace tenure::ui
