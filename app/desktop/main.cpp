// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "desktop/util/SingleInstance.h"

#include "core/util/Logging.h"
#include "desktop/startup/DesktopCommandLine.h"
#include "desktop/startup/FontConfigWarmUp.h"
#include "desktop/startup/WindowWarmUp.h"
#include "td/Version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[])
{
    td::installRedactingMessageHandler();
    td::setDesktopApplicationIdentity();
    // --help, --version and a missing display are answered before QApplication, which aborts
    // when it finds no display.
    if (const std::optional<int> done = td::runWithoutGui(argc, argv))
        return *done;
    // While QApplication connects to the display: the window waits for it (issue 18).
    td::startFontConfigWarmUp();
    QApplication app(argc, argv);
    // While the services and the window are built: the menu bar, built last, waits for it.
    const td::WindowWarmUp warmUp;
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));
    QApplication::setDesktopFileName(QString::fromLatin1(td::kAppId));
    const td::DesktopTranslators translators;

    td::DesktopCommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    // A second launch raises the running TokenDesk instead of starting another one.
    // Anything unexpected at the socket is said on stderr: never a silent exit 0.
    const auto socketPath = td::SingleInstance::defaultSocketPath();
    if (!socketPath) {
        std::fprintf(stderr, "tokendesk: %s\n", qPrintable(socketPath.error().oneLine()));
        return 1;
    }
    td::SingleInstance instance(socketPath.value());
    QString problem;
    switch (instance.notifyRunningInstance(1000, &problem)) {
    case td::SingleInstance::Probe::Raised:
        return 0;
    case td::SingleInstance::Probe::NotAnswering:
    case td::SingleInstance::Probe::Failed:
        std::fprintf(stderr, "tokendesk: %s\n", qPrintable(problem));
        return 1;
    case td::SingleInstance::Probe::Nobody:
        break;
    }
    if (auto listening = instance.listen(); !listening)
        std::fprintf(stderr, "tokendesk: %s\n",
                     qPrintable(QApplication::translate(
                                    "main", "%1 A second launch will open another window.")
                                    .arg(listening.error().oneLine())));

    td::Application::Options options;
    if (parser.isSet(commandLine.registry))
        options.registry = QUrl(parser.value(commandLine.registry));
    options.startHidden = parser.isSet(commandLine.hidden);
    td::Application tokendesk(options);
    QObject::connect(&instance, &td::SingleInstance::raiseRequested, &tokendesk,
                     &td::Application::showWindow);
    tokendesk.start();
    return QApplication::exec();
}
