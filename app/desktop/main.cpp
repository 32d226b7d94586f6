// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "util/SingleInstance.h"

#include "td/Version.h"
#include "util/EnglishPlurals.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    td::installRedactingMessageHandler();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokendesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(td::kVersion));
    QApplication::setOrganizationDomain(QStringLiteral("tokendesk.github.io"));
    QApplication::setDesktopFileName(QString::fromLatin1(td::kAppId));

    td::installEnglishPlurals(); // first: the fallback for every language without a catalogue
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tokendesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage npm access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption registryOption(
        QStringLiteral("registry"),
        QApplication::translate(
            "main", "Registry offered first when you sign in (for example the sandbox)."),
        QStringLiteral("url"));
    parser.addOption(registryOption);
    const QCommandLineOption hiddenOption(
        QStringLiteral("hidden"),
        QApplication::translate("main", "Start in the tray without showing the window."));
    parser.addOption(hiddenOption);
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
    if (parser.isSet(registryOption))
        options.registry = QUrl(parser.value(registryOption));
    options.startHidden = parser.isSet(hiddenOption);
    td::Application tokendesk(options);
    QObject::connect(&instance, &td::SingleInstance::raiseRequested, &tokendesk,
                     &td::Application::showWindow);
    tokendesk.start();
    return QApplication::exec();
}
