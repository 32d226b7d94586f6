// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/PageBody.h"

#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWizardPage>

namespace td {

namespace {

// What a page may ask for: the screen less the wizard's chrome around a page (ClassicStyle's
// title and subtitle, the button row, margins; measured at 1× and 2× on Xvfb), in the
// device-independent pixels of the page's screen.
constexpr int kChromeWidth = 60;
constexpr int kChromeHeight = 200;

class PageScrollArea final : public QScrollArea
{
public:
    explicit PageScrollArea(QWidget *parent) : QScrollArea(parent) { }

    QSize sizeHint() const override
    {
        const QWidget *content = widget();
        if (!content)
            return QScrollArea::sizeHint();
        QSize wanted = content->sizeHint();
        wanted.rwidth() += verticalScrollBar()->sizeHint().width(); // room for it when it shows
        const QScreen *shown = screen();
        if (!shown)
            return wanted;
        const QSize room = shown->availableGeometry().size() - QSize(kChromeWidth, kChromeHeight);
        return wanted.boundedTo(room.expandedTo(QSize(200, 120)));
    }

    QSize minimumSizeHint() const override { return {160, 96}; }
};

} // namespace

QWidget *scrollingBody(QWizardPage *page)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *area = new PageScrollArea(page);
    area->setObjectName(page->objectName().isEmpty() ? QStringLiteral("pageScrollArea")
                                                     : page->objectName() + u"ScrollArea");
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // pages wrap their text instead
    area->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls, not the frame around them
    auto *body = new QWidget(area);
    body->setObjectName(QStringLiteral("pageBody"));
    area->setWidget(body);
    outer->addWidget(area);
    return body;
}

} // namespace td
