// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"
#include "core/tokens/Token.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace td {

class Clock;

// The details pane's CI lines for a token: one per CI secret that holds it, with when it was last
// updated ("secret NPM_TOKEN in acme/widgets, updated 41 days ago"), or "not connected: connect
// GitHub to update it automatically" where no CI account can read that store. The candidates come
// from the app (the ledger, then CiTargetDiscovery over the usage scan's CI findings); a candidate
// the service says does not exist (an environment or organization guess) is left out. Each store
// is asked once (whichever tokens name it) until the next refresh().
class CiSecretLines : public QObject
{
    Q_OBJECT
public:
    using Credential = std::shared_ptr<const SecretBuffer>;
    struct Parts
    {
        // Where `token` may live in CI. `known` are certain (the ledger: TokenDesk put it there),
        // the others are candidates to confirm with describe().
        std::function<QList<CiSecretTarget>(const Token &token, QList<CiSecretTarget> *known)>
            targetsOf;
        std::function<std::optional<CiAccount>(const CiSecretTarget &)> accountFor;
        std::function<void(const CiAccount &, std::function<void(Result<Credential>)>)>
            loadCredential;
        std::function<std::unique_ptr<CiSecretClient>(const CiAccount &, Credential)> makeClient;
        // Whether an existing candidate holds the token (CiAttribution: GitLab's value read
        // back, CircleCI's last four, the same-name rule). Empty: every existing one does.
        std::function<bool(const CiSecretTarget &, const CiSecretState &, const Token &)> holds;
        const Clock *clock = nullptr;
    };
    explicit CiSecretLines(Parts parts, QObject *parent = nullptr);
    ~CiSecretLines() override;

    // The lines for `token` as known now; starts asking the stores the first time.
    QStringList linesFor(const Token &token);
    // Whether one of them is in a store no connected CI account can update.
    bool needsConnection(const Token &token) const;
    // Forgets every answer (accounts changed, a rotation pushed, the usage scan finished).
    void refresh();

Q_SIGNALS:
    void changed(); // an answer arrived: linesFor() says more now

private:
    struct Entry
    {
        CiSecretTarget target;
        bool known = false;     // from the ledger
        bool connected = false; // a CI account for its provider and host
    };
    struct Answer
    {
        bool answered = false;
        CiSecretState state;
        QString error; // when the store could not be asked
    };
    void ask(const CiSecretTarget &target);

    Parts m_parts;
    QHash<QString, QList<Entry>> m_entries; // token key -> its CI secrets
    QHash<QString, Answer> m_answers;       // target id -> what its store said
    int m_generation = 0;
    std::vector<std::unique_ptr<CiSecretClient>> m_clients;
};

} // namespace td
