#pragma once

#include <QString>

namespace Waymark {

// How a report looks on paper. The defaults suit an A4 committee paper: a sans-serif body at
// 10.5 pt, dark text, RAG in colour with its pattern and word (readable when printed in grey).
struct ReportStyle
{
    QString fontFamily; // empty: the system's sans-serif
    qreal bodyPointSize = 10.5;
    bool monochrome = false; // black, white and greys only
};

} // namespace Waymark
