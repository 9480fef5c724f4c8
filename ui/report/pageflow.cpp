#include "pageflow.h"

#include <algorithm>

namespace tenure::ui {

PageFlow::PageFlow(double pageHeight)
    : m_pageHeight(pageHeight)
{
}

bool PageFlow::fits(double height) const
{
    return m_y + height <= m_pageHeight || m_y == 0;
}

double PageFlow::place(double height)
{
    if (!fits(height))
        breakPage();
    const double top = m_y;
    m_y = std::min(m_pageHeight, m_y + height);
    return top;
}

void PageFlow::breakPage()
{
    ++m_page;
    m_y = 0;
}

void PageFlow::skip(double height)
{
    if (m_y > 0)
        m_y = std::min(m_pageHeight, m_y + height);
}

} // namespace tenure::ui
