#include "reportcanvas.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ReportCanvas)
};

constexpr double kHeaderMm = 12;
constexpr double kFooterMm = 10;

} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice& device, QPainter* painter, QString headerLeft,
                           QString headerRight, QString footerLeft, int pageCount)
    : m_device(device)
    , m_painter(painter)
    , m_headerLeft(std::move(headerLeft))
    , m_headerRight(std::move(headerRight))
    , m_footerLeft(std::move(footerLeft))
    , m_pageCount(pageCount)
    , m_dotsPerMm(device.logicalDpiY() / 25.4)
    , m_body(0, mm(kHeaderMm), device.width(), device.height() - mm(kHeaderMm + kFooterMm))
    , m_flow(m_body.height())
{
    decoratePage();
}

QFont ReportCanvas::font(double points, bool bold) const
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QRectF ReportCanvas::take(double height)
{
    const double top = m_flow.place(height);
    decoratePage();
    return {m_body.left(), m_body.top() + top, m_body.width(), height};
}

void ReportCanvas::breakPage()
{
    m_flow.breakPage();
    decoratePage();
}

void ReportCanvas::keepTogether(double height)
{
    if (!m_flow.fits(height))
        breakPage();
}

// Called whenever the flow may have moved on: starts the device's page and
// draws the running header and footer once per page.
void ReportCanvas::decoratePage()
{
    if (m_decoratedPage == m_flow.page())
        return;
    const bool firstPage = m_decoratedPage < 0;
    m_decoratedPage = m_flow.page();
    if (!m_painter)
        return;
    if (!firstPage)
        m_device.newPage();
    QPainter& p = *m_painter;
    p.save();
    p.setPen(QColor(0x55, 0x5f, 0x66));
    p.setFont(font(7.5));
    const double width = m_device.width();
    const QRectF header(0, 0, width, mm(kHeaderMm - 5));
    p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_headerLeft);
    p.drawText(header, Qt::AlignRight | Qt::AlignBottom, m_headerRight);
    p.setPen(QPen(QColor(0xb0, 0xbe, 0xc5), mm(0.25)));
    p.drawLine(QPointF(0, mm(kHeaderMm - 3.5)), QPointF(width, mm(kHeaderMm - 3.5)));
    const double footerTop = m_device.height() - mm(kFooterMm - 3.5);
    p.drawLine(QPointF(0, footerTop), QPointF(width, footerTop));
    p.setPen(QColor(0x55, 0x5f, 0x66));
    const QRectF footer(0, footerTop + mm(1), width, mm(kFooterMm - 4.5));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_footerLeft);
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop,
               Messages::tr("Page %1 of %2").arg(m_decoratedPage + 1).arg(m_pageCount));
    p.restore();
}

} // namespace tenure::ui
