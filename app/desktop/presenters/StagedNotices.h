// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace td {

class TrayController;

// The desktop notice for each staged version StageInbox announces: "@acme/ui 2.4.0 is staged
// and waits for your approval", whose button opens the Staged releases tab. A notice that found
// no way to the user (no notification server and no tray yet, as at login) is sent when the tray
// says delivery is possible, if its version still waits — never twice, never for one gone.
class StagedNotices : public QObject
{
    Q_OBJECT
public:
    // `waiting` looks a stage id up in the inbox's current list.
    StagedNotices(TrayController &tray,
                  std::function<std::optional<StagedRelease>(const QString &)> waiting,
                  QObject *parent = nullptr);

    void announce(const StagedRelease &release);
    // Sends the notices that found no way to the user, for the versions that still wait.
    void retryUnsent();
    QStringList unsent() const { return QStringList(m_unsent.cbegin(), m_unsent.cend()); }

private:
    TrayController &m_tray;
    std::function<std::optional<StagedRelease>(const QString &)> m_waiting;
    QSet<QString> m_unsent;
    QSet<QString> m_inFlight;
};

} // namespace td
