// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/startup/WarmUpThread.h"

namespace td {

// Two things Qt needs as the main window is built, each costing the main thread about 2 ms
// before the first paint (issue 18), prepared on a second thread while the services and the
// window are built:
//   - the session bus, first: the first label given text tells the accessibility bridge, which
//     Qt's xcb platform then creates and connects to the bus (it asks whether a screen reader
//     runs); Qt's Unix platform theme asks the bus again whether a global menu is registered.
//     Connecting and authenticating is waiting, not work, and the window's first label comes
//     early. Skipped without a session bus address;
//   - Qt's image format plugins: the menu bar's overflow button reads a PNG icon, and Qt asks
//     every installed image plugin whether it reads PNG before using its own reader, loading
//     each (and its libraries) on the way.
// Both leave their result in Qt (the shared bus connection, plugin instances), so the window
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
