// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "util/SingleInstance.h"

#include "td/Version.h"
#include "util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    td::installRedactingMessageHandler();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokendesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));
    QApplication::setApplicationVersion(QString::fromLatin1(td::kVersion));
    QApplication::setOrganizationDomain(QStringLiteral("tokendesk.github.io"));
    QApplication::setDesktopFileName(QString::fromLatin1(td::kAppId));

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
    td::SingleInstance instance;
    if (instance.notifyRunningInstance())
        return 0;
    instance.listen();

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
