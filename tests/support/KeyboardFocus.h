// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace td::test {

// Waits until `widget`'s window holds the keyboard: QApplication::activeWindow() is that window.
// QTest::qWaitForWindowActive() is not enough for a dialog: QWindow::isActive() counts a window as
// active while its transient parent is, so it answers at once, before the X server has moved the
// focus. A test that then types (QTest::keyClick does not run the event loop) types into the
// parent (the keyboard walk failed so in CI, under load: the main window's table had the keys).
[[nodiscard]] inline bool qWaitForKeyboardIn(QWidget *widget, int timeout = 5000)
{
    QWidget *window = widget ? widget->window() : nullptr;
    if (!window)
        return false;
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, timeout);
}

} // namespace td::test
