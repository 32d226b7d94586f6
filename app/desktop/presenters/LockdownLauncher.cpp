// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/LockdownLauncher.h"

// Before GuiTwoFactorPrompt.h, whose inline accessors need the complete dialog type.
#include "desktop/signin/TwoFactorDialog.h"

#include "core/lockdown/LockdownJournal.h"
#include "core/registry/RegistryClient.h"
#include "core/tokenlist/TokenSync.h"
#include "core/watch/WatchRelease.h"
#include "core/watch/WatchVerdict.h"
#include "desktop/lockdown/LockdownDialog.h"
#include "desktop/lockdown/LockdownPresenter.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"

#include <QDir>
#include <QPointer>
#include <QStandardPaths>

namespace td {

LockdownLauncher::LockdownLauncher(LauncherServices services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{ }

void LockdownLauncher::respond(const td::watch::WatchRelease &release)
{
    const IncidentVersion bad{release.package, release.version, release.at,
                              watch::levelName(release.level), release.reasons};
    m_services.sync->withClient(
        release.account, this, [this, bad](Result<RegistryClient *> client) {
            if (!client)
                return; // TokenSync asked for a sign-in
            if (!m_prompt) {
                m_prompt = new GuiTwoFactorPrompt(m_services.window, this);
                m_prompt->setUrlOpener(m_services.openUrl);
            }
            // The account's normal second factor: the browser approval (with its 5-minute skip
            // for the batch), or a code where the registry has no web approval.
            client.value()->setAuthType(RegistryClient::AuthType::Web);
            LockdownPresenter::Paths paths;
            paths.homeDir = QDir::homePath();
            paths.tempDir = QDir::tempPath();
            paths.journalDir = LockdownJournal::defaultDir(); // shared with the CLI
            paths.reportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            auto *presenter
                = new LockdownPresenter(*client.value(), m_prompt, *m_services.clock, paths);
            auto *dialog = new LockdownDialog(presenter, m_services.openUrl, m_services.window);
            presenter->setParent(dialog);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setSubject(bad.package + QLatin1Char(' ') + bad.version);
            m_prompt->setWindow(dialog); // over the dialog, or it opens behind it
            dialog->open();
            presenter->prepare({bad.package}, {bad});
        });
}

} // namespace td
