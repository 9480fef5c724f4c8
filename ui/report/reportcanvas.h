#pragma once

#include "pageflow.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace tenure::ui {

// The pages of a printed report: a body area between a running header and a
// footer with "Page N of M". Laid out twice: once without a painter to count
// the pages, then painted with the count known.
class ReportCanvas
{
public:
    // `painter` is null while measuring; `pageCount` is 0 then.
    ReportCanvas(QPagedPaintDevice& device, QPainter* painter, QString headerLeft,
                 QString headerRight, QString footerLeft, int pageCount);

    QPainter* painter() const { return m_painter; }
    QPagedPaintDevice& device() const { return m_device; }
    double width() const { return m_body.width(); }
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    QFont font(double points, bool bold = false) const;

    bool fits(double height) const { return m_flow.fits(height); }
    // The rectangle of a block of `height` across the body, on a new page if needed.
    QRectF take(double height);
    void skip(double height) { m_flow.skip(height); }
    void breakPage();
    // Starts a new page unless `height` fits on this one: keeps a heading with what follows.
    void keepTogether(double height);
    int pageCount() const { return m_flow.page() + 1; }

private:
    void decoratePage();

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerLeft;
    int m_pageCount;
    double m_dotsPerMm;
    QRectF m_body;
    PageFlow m_flow;
    int m_decoratedPage = -1;
};

} // namespace tenure::ui
