#include "screenshot.h"

#include <QDir>
#include <QWidget>

namespace tenure::test {

bool saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TENURE_SCREENSHOT_DIR");
    return dir.isEmpty() || widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace tenure::test
