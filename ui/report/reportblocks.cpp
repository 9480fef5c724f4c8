#include "reportblocks.h"

#include "reportcanvas.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace tenure::ui {

namespace {

constexpr double kBodyPoints = 8;
constexpr double kHeadingPoints = 12;
constexpr int kTextFlags = Qt::TextWordWrap;

const QColor kInk(0x26, 0x32, 0x38);
const QColor kRule(0xb0, 0xbe, 0xc5);
const QColor kStripe(0xf3, 0xf6, 0xf8);

double textHeight(const ReportCanvas& canvas, const QFont& font, double width, const QString& text)
{
    const QFontMetricsF metrics(font, &canvas.device());
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), kTextFlags, text).height();
}

// Natural widths, shrunk where the page is too narrow: every column keeps at
// least a fair share, the wide ones give up the rest in proportion.
std::vector<double> columnWidths(const ReportCanvas& canvas, const report::ReportTable& table,
                                 const QFont& body, const QFont& bold, double padding)
{
    const QFontMetricsF bodyMetrics(body, &canvas.device());
    const QFontMetricsF boldMetrics(bold, &canvas.device());
    const auto columns = static_cast<std::size_t>(table.header.size());
    std::vector<double> widths(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        double natural = 0;
        for (const QString& word : table.header[qsizetype(c)].split(u' '))
            natural = std::max(natural, boldMetrics.horizontalAdvance(word));
        for (const QStringList& row : table.rows) {
            for (const QString& line : row[qsizetype(c)].split(u'\n'))
                natural = std::max(natural, bodyMetrics.horizontalAdvance(line));
        }
        widths[c] = natural + 2 * padding;
    }
    const double available = canvas.width();
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total <= available) {
        for (double& width : widths)
            width *= available / total;
        return widths;
    }
    const double fair = available / double(columns);
    double kept = 0, excess = 0;
    for (const double width : widths) {
        kept += std::min(width, fair);
        excess += std::max(0.0, width - fair);
    }
    for (double& width : widths)
        width = std::min(width, fair) + std::max(0.0, width - fair) * (available - kept) / excess;
    return widths;
}

double rowHeight(const ReportCanvas& canvas, const QStringList& cells,
                 const std::vector<double>& widths, const QFont& font, double padding)
{
    double height = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        height = std::max(
            height, textHeight(canvas, font, widths[c] - 2 * padding, cells.value(qsizetype(c))));
    }
    return height + 2 * padding;
}

void paintRow(QPainter& p, const QRectF& rect, const QStringList& cells,
              const std::vector<double>& widths, const report::ReportTable& table, double padding)
{
    double x = rect.left();
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const QRectF cell(x + padding, rect.top() + padding, widths[c] - 2 * padding,
                          rect.height() - 2 * padding);
        const int align = table.numeric.value(qsizetype(c)) ? Qt::AlignRight : Qt::AlignLeft;
        p.drawText(cell, align | Qt::AlignTop | kTextFlags, cells.value(qsizetype(c)));
        x += widths[c];
    }
}

} // namespace

double headingHeight(const ReportCanvas& canvas)
{
    return textHeight(canvas, canvas.font(kHeadingPoints, true), canvas.width(),
                      QStringLiteral("X")) +
           canvas.mm(5);
}

void drawHeading(ReportCanvas& canvas, const QString& text, double followingHeight)
{
    canvas.keepTogether(headingHeight(canvas) + followingHeight);
    canvas.skip(canvas.mm(3));
    const QFont font = canvas.font(kHeadingPoints, true);
    const QRectF rect = canvas.take(textHeight(canvas, font, canvas.width(), text) + canvas.mm(2));
    if (auto* p = canvas.painter()) {
        p->setFont(font);
        p->setPen(kInk);
        p->drawText(rect, Qt::AlignLeft | Qt::AlignTop | kTextFlags, text);
    }
}

void drawParagraph(ReportCanvas& canvas, const QString& text, const QFont& font)
{
    const QRectF rect =
        canvas.take(textHeight(canvas, font, canvas.width(), text) + canvas.mm(1.5));
    if (auto* p = canvas.painter()) {
        p->setFont(font);
        p->setPen(kInk);
        p->drawText(rect, Qt::AlignLeft | Qt::AlignTop | kTextFlags, text);
    }
}

void drawChart(ReportCanvas& canvas, double height,
               const std::function<void(QPainter&, const QRectF&)>& paint)
{
    const QRectF rect = canvas.take(height);
    if (auto* p = canvas.painter()) {
        p->save();
        paint(*p, rect);
        p->restore();
    }
    canvas.skip(canvas.mm(2));
}

void drawTable(ReportCanvas& canvas, const report::ReportTable& table)
{
    const QFont body = canvas.font(kBodyPoints);
    const QFont bold = canvas.font(kBodyPoints, true);
    const double padding = canvas.mm(1);
    const auto widths = columnWidths(canvas, table, body, bold, padding);
    const double headerHeight = rowHeight(canvas, table.header, widths, bold, padding);
    const auto drawHeader = [&] {
        const QRectF rect = canvas.take(headerHeight);
        if (auto* p = canvas.painter()) {
            p->setFont(bold);
            p->setPen(kInk);
            paintRow(*p, rect, table.header, widths, table, padding);
            p->setPen(QPen(kInk, canvas.mm(0.3)));
            p->drawLine(rect.bottomLeft(), rect.bottomRight());
        }
    };
    const double first =
        table.rows.isEmpty() ? 0 : rowHeight(canvas, table.rows.front(), widths, body, padding);
    canvas.keepTogether(headerHeight + first);
    drawHeader();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const double height = rowHeight(canvas, table.rows[r], widths, body, padding);
        if (!canvas.fits(height)) {
            canvas.breakPage();
            drawHeader();
        }
        const QRectF rect = canvas.take(height);
        if (auto* p = canvas.painter()) {
            if (r % 2 == 1)
                p->fillRect(rect, kStripe);
            p->setFont(body);
            p->setPen(kInk);
            paintRow(*p, rect, table.rows[r], widths, table, padding);
            p->setPen(QPen(kRule, canvas.mm(0.1)));
            p->drawLine(rect.bottomLeft(), rect.bottomRight());
        }
    }
    if (!table.note.isEmpty())
        drawParagraph(canvas, table.note, canvas.font(kBodyPoints - 1));
    canvas.skip(canvas.mm(3));
}

} // namespace tenure::ui
