// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/details/ReleaseChecksPresenter.h"

#include "core/registry/RegistryClient.h"
#include "desktop/details/TokenDetailsPane.h"

namespace td {

ReleaseChecksPresenter::ReleaseChecksPresenter(TokenDetailsPane *pane, ClientFor clientFor,
                                               QString trustConfigPath, QObject *parent)
    : QObject(parent),
      m_pane(pane),
      m_clientFor(std::move(clientFor)),
      m_trustConfigPath(std::move(trustConfigPath))
{ }

provenance::LastReleaseCheck *ReleaseChecksPresenter::checkFor(RegistryClient *client)
{
    // One per client (an account's registry), so the sandbox's trust data is fetched once.
    QPointer<provenance::LastReleaseCheck> &check = m_checks[client];
    if (!check)
        check = new provenance::LastReleaseCheck(
            client, provenance::trustDataSourceFor(client->baseUrl()), m_trustConfigPath,
            provenance::ProvenanceChecks::real(), client);
    return check;
}

void ReleaseChecksPresenter::show()
{
    if (m_pane)
        m_pane->showReleaseChecks(m_key, m_lines);
}

void ReleaseChecksPresenter::tokenShown(const Token &token)
{
    if (token.key == m_key)
        return;     // its checks are shown or under way
    delete m_round; // answers for the token shown before are dropped
    m_round = new QObject(this);
    const quint64 generation = ++m_generation;
    m_key = token.key;
    m_lines.clear();
    const QStringList packages = token.packages.mid(0, kMaxPackages);
    if (packages.isEmpty())
        return show();
    for (const QString &package : packages)
        m_lines.append(tr("%1: checking the last release…").arg(package));
    if (token.packages.size() > kMaxPackages)
        m_lines.append(tr("(%n more package(s) not checked)", nullptr,
                          int(token.packages.size() - kMaxPackages)));
    show();
    QObject *round = m_round;
    m_clientFor(
        token.accountId, round, [this, round, generation, packages](RegistryClient *client) {
            if (generation != m_generation)
                return; // another token is shown now
            if (!client) {
                for (int i = 0; i < packages.size(); ++i)
                    m_lines[i] = tr("%1: cannot check the last release while signed out; sign in "
                                    "to this account.")
                                     .arg(packages.at(i));
                return show();
            }
            provenance::LastReleaseCheck *check = checkFor(client);
            for (int i = 0; i < packages.size(); ++i) {
                const QString &package = packages.at(i);
                check->check(
                    package, round, [this, i, package](Result<provenance::ReleaseVerdict> verdict) {
                        m_lines[i] = verdict
                            ? tr("%1@%2: %3")
                                  .arg(package, verdict.value().version, verdict.value().inWords())
                            : tr("%1: %2").arg(package, verdict.error().oneLine());
                        show();
                    });
            }
        });
}

} // namespace td
