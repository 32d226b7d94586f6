// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/LastReleaseCheck.h"
#include "core/tokens/Token.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace td {

class RegistryClient;
class TokenDetailsPane;

// Fills the details pane's "Last releases" for the token shown: for each package the token
// names (up to kMaxPackages), the last release's publish path and verdict in words, checked
// on the token's account's registry with provenance::LastReleaseCheck. Lines say "checking…"
// first; answers for a token no longer shown are dropped.
class ReleaseChecksPresenter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPackages = 5;
    // The account's client, or null (signed out): answers once.
    using ClientFor = std::function<void(const QString &accountId, QObject *context,
                                         std::function<void(RegistryClient *)> ready)>;

    ReleaseChecksPresenter(TokenDetailsPane *pane, ClientFor clientFor,
                           QString trustConfigPath = provenance::TrustConfigMemory::defaultPath(),
                           QObject *parent = nullptr);

    void tokenShown(const Token &token);

private:
    provenance::LastReleaseCheck *checkFor(RegistryClient *client);
    void show();

    QPointer<TokenDetailsPane> m_pane;
    ClientFor m_clientFor;
    QString m_trustConfigPath;
    QHash<RegistryClient *, QPointer<provenance::LastReleaseCheck>> m_checks;
    QString m_key;              // the token whose packages are being checked
    QStringList m_lines;        // one per package, in the token's order
    QObject *m_round = nullptr; // context of the current token's answers; replaced per token
    quint64 m_generation = 0;   // which token's round an answer belongs to
};

} // namespace td
