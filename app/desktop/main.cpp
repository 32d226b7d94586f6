// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

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
    parser.process(app);

    td::Application::Options options;
    if (parser.isSet(registryOption))
        options.registry = QUrl(parser.value(registryOption));
    td::Application tokendesk(options);
    tokendesk.start();
    return QApplication::exec();
}
