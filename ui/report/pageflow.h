#pragma once

namespace tenure::ui {

// Where blocks go down a stack of equal pages. A block (a table row, a chart,
// a heading with what must follow it) is never split: when it does not fit
// below what is already on the page, it goes to the top of the next page.
// A block taller than a whole page starts a page of its own and is cut there.
class PageFlow
{
public:
    explicit PageFlow(double pageHeight);

    bool fits(double height) const;
    // The top of the block on page(); may start a new page first.
    double place(double height);
    void breakPage();
    void skip(double height); // blank space, dropped at the top of a page

    int page() const { return m_page; } // 0-based
    double y() const { return m_y; }
    double pageHeight() const { return m_pageHeight; }

private:
    double m_pageHeight;
    double m_y = 0;
    int m_page = 0;
};

} // namespace tenure::ui
