// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/Autostart.h"

#include "core/util/AtomicFile.h"
#include "td/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace td {

Autostart::Autostart(QString configHome) : m_configHome(std::move(configHome))
{
    if (m_configHome.isEmpty())
        m_configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString Autostart::entryPath() const
{
    return QDir(m_configHome)
        .filePath(QStringLiteral("autostart/") + QLatin1String(kAppId)
                  + QStringLiteral(".desktop"));
}

bool Autostart::isEnabled() const
{
    return QFile::exists(entryPath());
}

Result<void> Autostart::setEnabled(bool enabled, const QString &executable)
{
    if (!enabled) {
        if (QFile::exists(entryPath()) && !QFile::remove(entryPath()))
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("td::Autostart", "Cannot remove %1.").arg(entryPath()));
        return {};
    }
    // Exec quoting per the Desktop Entry spec: a path with spaces goes in double quotes.
    // TryExec (never quoted) makes the session skip the entry once the program is uninstalled;
    // the delay lets the panel's tray appear first, so TokenDesk starts hidden in it.
    QString exec = executable;
    if (exec.contains(QLatin1Char(' ')))
        exec = QLatin1Char('"') + exec + QLatin1Char('"');
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=TokenDesk\n"
                                         "Comment=Warns before npm tokens expire\n"
                                         "Icon=%1\n"
                                         "TryExec=%3\n"
                                         "Exec=%2 --hidden\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n"
                                         "X-GNOME-Autostart-Delay=5\n")
                              .arg(QLatin1String(kAppId), exec, executable);
    return writeFileAtomically(entryPath(), entry.toUtf8(),
                               QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                   | QFile::ReadOther);
}

} // namespace td
