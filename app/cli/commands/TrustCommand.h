// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/ArgReader.h"

#include "TrustCommandOutput.h"
#include "cli/Command.h"

#include "core/account/Account.h"
#include "core/trust/TrustEntity.h"
#include "core/trust/TrustService.h"

namespace td::cli {

class LoginServices;

// tokendesk-cli trust list|github|gitlab|circleci|revoke|check|workflow: npm trust's words and
// flags (--file, --repo, --project, --env, --allow-publish, --allow-stage-publish, CircleCI ids,
// --id, --yes, --dry-run, --otp, --auth-type web|legacy), plus --all: every publishable package of
// the repository folder (the positional argument, default the current folder), configured in one
// batch with one code; --replace <id>: "edit" (create the new config, then revoke that one).
// Without --allow-publish/--allow-stage-publish a new config allows staging only, like npm's.
class TrustCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    static QString summary();
    void run(const QStringList &arguments, CliContext &context) override;

private:
    struct Selection
    {
        QStringList packages;
        std::optional<GitRemote> remote; // the folder's git remote
        QString folder;
        // The current folder's package.json `repository`, as npm trust reads it, and whether
        // the package is that package.json's own (no package named, or the same name).
        std::optional<HostedRepository> packageJsonRepository;
        bool packageIsPackageJsons = true;
    };
    Result<Selection> select(const QString &positional) const;
    Result<TrustedPublisher> configFor(const QString &provider, const Selection &selection) const;
    // The GitHub repository / GitLab project: the flag, else package.json, as npm trust infers
    // it (TrustEntity); npm's warnings go to stderr (TrustCommandEntity.cpp).
    Result<QString> chooseEntity(const QString &provider, const Selection &selection) const;
    void withService(std::function<void(RegistryClient *, TrustService *)> work);
    void list(const Selection &selection);
    using ListingsDone = std::function<void(const QList<TrustListing> &)>;
    void readTrust(RegistryClient *client, QStringList remaining, QList<TrustListing> listings,
                   ListingsDone done);
    void printListing(const QList<TrustListing> &listings);
    void rememberForVerify(const QString &package, const QList<TrustedPublisher> &configs);
    void create(const QList<TrustTarget> &targets);
    void reportCreated(const QList<TrustTarget> &targets, const QList<TrustOutcome> &outcomes);
    void revoke(const Selection &selection);
    void check(const QString &folder);
    void stageWorkflows(const QString &folder);
    // A registry error ends the command: ENEEDAUTH also marks the session as ended.
    void failWith(const Error &error);
    void done(int code);

    CliContext *m_context = nullptr;
    ArgReader m_parser{QStringLiteral("trust"), {}};
    LoginServices *m_services = nullptr;
    Account m_account; // the signed-in account the registry calls run as
};

} // namespace td::cli
