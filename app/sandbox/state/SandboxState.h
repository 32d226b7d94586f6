// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Model.h"
#include "sandbox/sigstore/SandboxSigstore.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <deque>

namespace td::sandbox {

// Everything the registry knows. One JSON format serves as seed, --state file and reset body;
// seeds may give times relative to "now" (expires_in_hours, created_days_ago …) so that the demo
// story stays true whenever it is loaded.
class SandboxState
{
public:
    // --- clock: real time plus an offset that the control API moves ---
    QDateTime now() const;
    void advance(qint64 seconds) { m_clockOffsetMs += seconds * 1000; }
    void setNow(const QDateTime &t);

    QMap<QString, User> users;
    QMap<QString, Org> orgs;
    QMap<QString, Package> packages;
    // A deque: handlers keep Token pointers while new tokens are added.
    std::deque<Token> tokens;
    QList<Pending> pending;
    QList<IssuedCode> codes;
    QList<Email> outbox;
    QByteArray signingKey;                 // signs the OIDC id tokens this sandbox issues
    QList<StagedVersion> staged;           // in staging order
    qint64 stageValidationSeconds = 30;    // how long a new stage stays "validating"
    qsizetype trustConfigsPerPackage = 10; // npmjs since 2026-09-03; 1 before
    // The registry key, sandbox Fulcio and log, attestations documents (issue 21).
    sigstore::SandboxSigstore sigstore;

    Token *tokenBySecret(const QString &secret);
    Token *tokenByKey(const QString &key);
    Pending *pendingById(const QString &id);
    Package *package(const QString &name);
    User *user(const QString &name);
    StagedVersion *stagedById(const QString &id);

    // Replaces everything with the seed; false with *error on invalid input.
    bool load(const QJsonObject &seed, QString *error);
    // Full state with secrets (the --state file). redacted=true masks passwords and token
    // secrets (the control API's dump).
    QJsonObject toJson(bool redacted) const;

    static QJsonObject tokenToJson(const Token &t, bool withSecret);
    static QJsonObject trustToJson(const TrustConfig &c);
    static TrustConfig trustFromJson(const QJsonObject &o);
    // The stage API's item ({access, actor, actorType, createdAt, id, packageName, shasum, status,
    // tag, version}); status from the clock.
    QJsonObject stagedItem(const StagedVersion &s) const;

private:
    qint64 m_clockOffsetMs = 0;
};

QString redactToken(const QString &secret); // "npm_NYn6...jCq0"

} // namespace td::sandbox
