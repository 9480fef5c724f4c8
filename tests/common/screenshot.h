#pragma once

#include <QString>

class QWidget;

namespace tenure::test {

// Saves a picture of `widget` as NAME.png in the folder named by the
// environment variable TENURE_SCREENSHOT_DIR, when it is set, so that a
// developer can look at what a test built. False only when the picture could
// not be written.
bool saveScreenshot(QWidget& widget, const QString& name);

} // namespace tenure::test
