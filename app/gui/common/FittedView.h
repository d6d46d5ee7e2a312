#pragma once

#include <QSize>

namespace Waymark {

// An item view as tall as its contents, so that a page of several lists or tables scrolls as one
// and none of them hides rows behind a scroll bar of its own. The subclass says how tall its
// contents are; this keeps the size hints and the layout in step with it.
template<typename View>
class FittedView : public View
{
public:
    using View::View;

    QSize sizeHint() const override { return QSize(View::sizeHint().width(), fittedHeight()); }
    QSize minimumSizeHint() const override
    {
        return QSize(View::minimumSizeHint().width(), fittedHeight());
    }

protected:
    virtual int fittedHeight() const = 0;

    void updateGeometries() override
    {
        View::updateGeometries();
        const int height = fittedHeight();
        if (height != m_lastHeight) {
            m_lastHeight = height;
            this->updateGeometry();
        }
    }

private:
    int m_lastHeight = -1;
};

} // namespace Waymark
