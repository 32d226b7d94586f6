// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/startup/WarmUpThread.h"

namespace td {

// Two things the main window's menu bar asks Qt for as it is built, each costing the main thread
// about 2 ms before the first paint (issue 18), prepared on a second thread while the services
// and the rest of the window are built:
//   - Qt's image format plugins: the menu bar's overflow button reads a PNG icon, and Qt asks
//     every installed image plugin whether it reads PNG before using its own reader, loading
//     each (and its libraries) on the way;
//   - the session bus: Qt's Unix platform theme asks it whether a global menu is registered,
//     which first connects and authenticates. Skipped without a session bus address.
// Both leave their result in Qt (plugin instances, the shared bus connection), so the menu bar
// finds them ready. Make it right after QApplication; the destructor waits for the thread, so
// declare it after the QApplication it needs.
class WindowWarmUp
{
public:
    WindowWarmUp();
    ~WindowWarmUp();
    WindowWarmUp(const WindowWarmUp &) = delete;
    WindowWarmUp &operator=(const WindowWarmUp &) = delete;

private:
    WarmUpThread m_thread;
};

} // namespace td
