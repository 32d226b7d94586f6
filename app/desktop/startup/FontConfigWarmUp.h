// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace td {

// Fontconfig parses its whole XML configuration the first time anything lays out text: about a
// fifth of the main thread's work before the first paint (issue 18; the token filter's line edit
// is the first to ask). Started first thing in main(), that parse runs on the second core while
// QApplication connects to the display and the services are built. finish() waits for it, if it
// is still going, before the window is built; Qt's own FcInit() then finds it done. Each runs
// once; a process that never calls finish() waits for the parse when it exits.
void startFontConfigWarmUp();
void finishFontConfigWarmUp();

} // namespace td
