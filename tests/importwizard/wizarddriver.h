#pragma once

// Drives the import wizard as a user would, for the wizard's tests.
#include "import/importsession.h"
#include "importwizard/checkpage.h"
#include "importwizard/importwizard.h"
#include "importwizard/mappingpage.h"

#include <QComboBox>
#include <QDir>
#include <QTest>

namespace tenure::test {

using ui::ImportWizard;
using ui::PageId;

inline constexpr int kSlow = 30000; // checks and imports of the large file, on a loaded machine

inline void grab(ImportWizard& wizard, const QString& name)
{
    const QString dir = qEnvironmentVariable("TENURE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(wizard.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

inline PageId page(const ImportWizard& wizard)
{
    return static_cast<PageId>(wizard.currentId());
}

// Picks `header` in the column chooser of `field` on the mapping page, as a click would.
inline void choose(ImportWizard& wizard, import::Field field, const QString& header)
{
    ui::MappingPage* mapping = wizard.mappingPage();
    const auto& plan = wizard.session().file(0).plan;
    const auto fields = import::kindFields(plan.kind);
    const int row =
        static_cast<int>(std::find(fields.begin(), fields.end(), field) - fields.begin());
    QComboBox* chooser = mapping->columnChooser(row);
    QVERIFY(chooser);
    const int at = chooser->findText(header);
    QVERIFY2(at >= 0, qPrintable(header));
    chooser->setCurrentIndex(at);
    Q_EMIT chooser->activated(at);
}

// Waits for detection and goes from the files to the check's result.
inline void runToCheck(ImportWizard& wizard)
{
    QTRY_VERIFY(!wizard.session().isInspecting());
    QCOMPARE(page(wizard), PageId::Files);
    wizard.next();
    QCOMPARE(page(wizard), PageId::Reading);
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(page(wizard), PageId::Mapping);
    QTRY_VERIFY2(wizard.currentPage()->isComplete(), qPrintable(wizard.session().blocker(0)));
    wizard.next();
    QCOMPARE(page(wizard), PageId::Check);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking(), kSlow);
}

inline void runImport(ImportWizard& wizard)
{
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(page(wizard), PageId::Import);
    QTRY_COMPARE_WITH_TIMEOUT(page(wizard), PageId::Summary, kSlow);
}

} // namespace tenure::test

// Runs a helper made of QVERIFYs and stops the test where it failed.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
