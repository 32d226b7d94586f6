// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;
class QWizardPage;

namespace td {

// Puts a scroll area on `page` and returns the widget inside it, for the page's own layout:
// `new QVBoxLayout(scrollingBody(this))`. The area asks for the content's size, but never more
// than the screen leaves once the wizard's header and buttons are drawn, so at 2× scaling on a
// small screen the wizard still fits and the page scrolls instead of squeezing its controls.
QWidget *scrollingBody(QWizardPage *page);

} // namespace td
