// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "td/Version.h"
#include "util/Logging.h"

#include <QApplication>
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
    if (translator.load(QLocale(), QStringLiteral("tokendesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    td::Application tokendesk;
    tokendesk.start();
    return QApplication::exec();
}
