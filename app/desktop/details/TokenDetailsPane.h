// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryKind.h"
#include "core/tokens/Token.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace td {

// Where a token is used on this machine, as far as the last scan knows.
struct TokenUsageView
{
    enum class State { NotScanned, Scanning, Scanned };
    State state = State::NotScanned;
    QStringList places; // "~/.npmrc, line 3", … (meaningful when Scanned)
    // The CI secrets that hold it (CiSecretLines): "secret NPM_TOKEN in acme/widgets, updated 41
    // days ago"; empty when none is known.
    QStringList ciSecrets;
    bool ciNeedsConnection = false; // one of them is in a CI service TokenDesk is not signed in to
};

// Everything about the selected token: permissions, scopes, CIDR ranges, dates in the user's
// locale, where it is used on this machine, and the actions Copy / Rotate / Revoke.
class TokenDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TokenDetailsPane(QWidget *parent = nullptr);

    void showToken(const Token &token, bool inKeychain, const TokenUsageView &usage = {});
    void clear();
    // The selected account's registry: what Rotate and Revoke can do there, and what a token
    // without an expiry says ("expiry set by the registry" on Verdaccio).
    void setRegistryKind(RegistryKind kind) { m_kind = kind; }

    QString currentKey() const { return m_key; }
    // The last releases of the token's packages, one line each ("…: checking the last
    // release…", then the publish path and verdict in words); ignored unless `tokenKey` is
    // still the token shown. An empty list hides the section.
    void showReleaseChecks(const QString &tokenKey, const QStringList &lines);
    QString releaseChecksText() const;
    QString text() const; // what the pane says, for tests and screen readers

Q_SIGNALS:
    void copyRequested(const QString &key);
    void rotateRequested(const QString &key);
    void revokeRequested(const QString &key);
    // "Connect a CI service…" under a CI secret TokenDesk cannot update yet.
    void ciServicesRequested();

private:
    QLabel *m_placeholder = nullptr; // while no token is selected
    QLabel *m_body = nullptr;
    QLabel *m_releases = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_revoke = nullptr;
    QString m_key;
    RegistryKind m_kind = RegistryKind::Npmjs;
};

} // namespace td
