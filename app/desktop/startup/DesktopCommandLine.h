// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTranslator>

#include <memory>
#include <optional>

namespace td {

// tokendesk's command line, set up the same way whether a QCoreApplication (--help, --version,
// no display) or the QApplication of a normal start reads it. Construct it after the
// translators are installed: the option descriptions are translated when they are added.
struct DesktopCommandLine
{
    DesktopCommandLine();

    QCommandLineParser parser;
    QCommandLineOption registry;
    QCommandLineOption hidden;
};

// The program's name, version, organisation and desktop file; static, so they are set before
// any application object exists.
void setDesktopApplicationIdentity();

// Qt's own catalogue and TokenDesk's for the current locale, installed into the running
// application (QCoreApplication or QApplication); they stay installed while the result lives.
class DesktopTranslators
{
public:
    DesktopTranslators();

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_tokendesk;
};

// True when a Qt GUI can start here: a platform was chosen (QT_QPA_PLATFORM, -platform) or
// an X or Wayland display is named (DISPLAY, WAYLAND_DISPLAY).
bool hasDisplay(int argc, char **argv);

// What must happen before QApplication exists, because QApplication aborts without a display:
// --help and --version are answered, and a start without a display ends with one line on
// stderr. Returns the exit code when the program is done, nothing when the GUI should start.
std::optional<int> runWithoutGui(int argc, char **argv);

} // namespace td
