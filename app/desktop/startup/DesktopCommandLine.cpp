// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/startup/DesktopCommandLine.h"

#include "core/util/EnglishPlurals.h"
#include "td/Version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include <cstdio>
#include <cstring>

namespace td {

DesktopCommandLine::DesktopCommandLine()
    : registry(QStringLiteral("registry"),
               QCoreApplication::translate(
                   "main", "Registry offered first when you sign in (for example the sandbox)."),
               QStringLiteral("url")),
      hidden(QStringLiteral("hidden"),
             QCoreApplication::translate("main", "Start in the tray without showing the window."))
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage npm access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(registry);
    parser.addOption(hidden);
}

void setDesktopApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(td::kVersion));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokendesk.github.io"));
}

DesktopTranslators::DesktopTranslators()
    : m_qt(std::make_unique<QTranslator>()), m_tokendesk(std::make_unique<QTranslator>())
{
    installEnglishPlurals(); // first: the fallback for every language without a catalogue
    if (m_qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    if (m_tokendesk->load(QLocale(), QStringLiteral("tokendesk"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_tokendesk.get());
}

namespace {

bool argumentGiven(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        for (const char *name : names)
            if (std::strcmp(argv[i], name) == 0)
                return true;
    }
    return false;
}

bool environmentSet(const char *name)
{
    return !qEnvironmentVariableIsEmpty(name);
}

} // namespace

bool hasDisplay(int argc, char **argv)
{
    // The platform Qt will use: -platform, else QT_QPA_PLATFORM (a ";" list Qt tries in
    // order), else the default, which needs an X or a Wayland server.
    QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            platforms = QString::fromLocal8Bit(argv[i + 1]);
    const bool x11 = environmentSet("DISPLAY");
    const bool wayland = environmentSet("WAYLAND_DISPLAY");
    if (platforms.isEmpty())
        return x11 || wayland;
    // xcb and wayland need their server; any other platform (offscreen, vnc, eglfs…) reports
    // its own problems.
    for (const QString &entry : platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = entry.section(QLatin1Char(':'), 0, 0);
        if (name == QLatin1String("xcb")                    ? x11
                : name.startsWith(QLatin1String("wayland")) ? wayland
                                                            : true)
            return true;
    }
    return false;
}

std::optional<int> runWithoutGui(int argc, char **argv)
{
    const bool helpOrVersion
        = argumentGiven(argc, argv, {"-h", "--help", "-?", "--help-all", "-v", "--version"});
    if (!helpOrVersion && hasDisplay(argc, argv))
        return std::nullopt;
    QCoreApplication app(argc, argv);
    const DesktopTranslators translators;
    DesktopCommandLine commandLine;
    if (helpOrVersion) {
        commandLine.parser.process(app); // prints the help or the version and exits
        return 0;
    }
    std::fprintf(stderr, "tokendesk: %s\n",
                 qPrintable(QCoreApplication::translate(
                     "main",
                     "no display found (DISPLAY and WAYLAND_DISPLAY are unset); run "
                     "TokenDesk in a desktop session, or use tokendesk-cli.")));
    return 1;
}

} // namespace td
