// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis table: one rule per cause, keyed to the rows of the error table in
// docs/npm-landscape.md §3 (rows 1–22) and, continuing the numbering, of the CI failures table in
// docs/staged-publishing-and-2027.md §4 (rows 23–30, in its order). Weights put root causes before
// the symptoms npm prints at the end of a failed publish: a log with both "Skipped because
// incorrect permissions for id-token" and "E404 … PUT" is about the permission, not about a missing
// package.
#include "core/diagnose/DiagnosisRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td {

#define TD_DX(text) QT_TRANSLATE_NOOP("td::CiLogDiagnoser", text)

const QList<DiagnosisRule> &diagnosisRules()
{
    static const QList<DiagnosisRule> rules = {
        {"self-hosted-runner", 15, 97,
         R"(Unsupported GitHub Actions runner environment: "self-hosted")",
         TD_DX("The publish ran on a self-hosted runner"),
         TD_DX(
             "npm accepts provenance and trusted publishing only from cloud runners "
             "(GitHub-hosted, "
             "GitLab.com shared, CircleCI cloud). Self-hosted and third-party runners (Blacksmith, "
             "Ubicloud …) are refused."),
         TD_DX("Move only the publish job to a GitHub-hosted runner: runs-on: ubuntu-latest.\n"
               "Keep build and test jobs on your own runners if you like.")},
        {"provenance-repository-mismatch", 13, 96,
         R"(Failed to validate repository information: package\.json: "repository\.url" is)",
         TD_DX("package.json repository.url does not match the repository that ran the workflow"),
         TD_DX("The registry compares repository.url with the repository in the provenance "
               "statement. "
               "Forks, renamed organisations and monorepo packages without `directory` fail here."),
         TD_DX("Set repository.url to the exact URL shown after \"expected to match\", e.g. "
               "\"git+https://github.com/owner/repo.git\" (case included).\n"
               "In a monorepo also set repository.directory to the package folder.\n"
               "TokenDesk's trust check shows the exact fix for each package.")},
        {"provenance-missing-source-ref", 14, 95,
         R"(Missing SourceRepositoryRef in signing certificate)",
         TD_DX("The provenance certificate has no source repository ref"),
         TD_DX("Sigstore could not record which ref the workflow ran from."),
         TD_DX("Publish from the release tag's workflow run rather than a branch.\n"
               "Normalise repository.url to git+https://github.com/owner/repo.git.")},
        {"provenance-needs-id-token", 11, 94,
         R"(Provenance generation in GitHub Actions requires "write" access to the "id-token" permission)",
         TD_DX("The workflow lacks the id-token: write permission (provenance)"),
         TD_DX(
             "--provenance (or publishConfig.provenance) needs an OIDC token, and the job was not "
             "allowed to request one."),
         TD_DX("Add to the publish job (and to the calling job for reusable workflows):\n"
               "permissions:\n  contents: read\n  id-token: write")},
        {"provenance-needs-sigstore-token", 11, 94,
         R"(Provenance generation in GitLab CI requires "SIGSTORE_ID_TOKEN")",
         TD_DX("The GitLab job does not declare SIGSTORE_ID_TOKEN"),
         TD_DX("Provenance on GitLab needs an id token with the \"sigstore\" audience."),
         TD_DX("Add to the job:\nid_tokens:\n  SIGSTORE_ID_TOKEN:\n    aud: sigstore\n"
               "  NPM_ID_TOKEN:\n    aud: \"npm:registry.npmjs.org\"")},
        {"missing-id-token-permission", 5, 93,
         R"(Skipped because incorrect permissions for id-token)",
         TD_DX("The workflow lacks the id-token: write permission"),
         TD_DX("npm skipped trusted publishing because GitHub did not give the job an OIDC token; "
               "what follows (E404, ENEEDAUTH) is only the consequence."),
         TD_DX("Add to the publish job:\npermissions:\n  contents: read\n  id-token: write\n"
               "For a reusable workflow (workflow_call) grant it in the calling job too.")},
        {"setup-node-placeholder", 20, 92, R"(XXXXX-XXXXX-XXXXX-XXXXX)",
         TD_DX("setup-node's placeholder NODE_AUTH_TOKEN hid trusted publishing"),
         TD_DX(
             "actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN and "
             "fills it with the placeholder XXXXX-XXXXX-XXXXX-XXXXX. npm sends that bogus token "
             "instead of using OIDC, and the registry answers with a masked E404."),
         TD_DX("Remove registry-url from the actions/setup-node step.\n"
               "Do not set NODE_AUTH_TOKEN in the publish job.")},
        {"npm-too-old", 21, 91, R"(error retrieving identity token)",
         TD_DX("npm is too old for trusted publishing"),
         TD_DX("Trusted publishing needs npm 11.5.1 or newer (and Node 22.14 or newer). Node 20 "
               "and 22 "
               "bundle npm 10, which does not perform the OIDC exchange."),
         TD_DX("Add a step before publishing: npm install -g npm@latest\n"
               "Use Node 24 in actions/setup-node.")},
        {"trust-package-missing", 16, 90, R"(404 Not Found - POST \S+/-/package/\S+/trust)",
         TD_DX(
             "Trust could not be configured: the package does not exist yet (or no write access)"),
         TD_DX("npm can configure trusted publishing only for a package that has been published "
               "once."),
         TD_DX("Publish the first version by hand or with a 1-day granular token limited to the "
               "scope "
               "(TokenDesk's bootstrap path), then configure trust and revoke the token.")},
        {"trust-input-error", 17, 90,
         "must end in \\.yml or \\.yaml\nworkflow must be just a file not a path\n"
         "repository must be specified in the format owner/repository\n"
         "Repository in package\\.json is not a GitHub repository\n"
         "Package name must be specified either as an argument or in package\\.json file\n"
         "Repository in package\\.json \\(.*\\) differs from provided GitHub repository",
         TD_DX("npm trust rejected its input"),
         TD_DX("The workflow must be a bare file name ending in .yml or .yaml, the repository "
               "exactly "
               "owner/repo, and package.json must name the package and its repository."),
         TD_DX("Pass --file with just the file name (publish.yml, not "
               ".github/workflows/publish.yml).\n"
               "Pass --repo owner/repo with the exact case of the GitHub names.\n"
               "Or let TokenDesk's trusted-publishing wizard fill the form from the repository.")},
        {"oidc-exchange-404", 4, 89,
         "oidc/token/exchange/package/\\S*\\s.*\\b404\\b|\\b404\\b.*oidc/token/exchange/package\n"
         "OIDC token exchange error - package not found",
         TD_DX("No trusted publisher on npm matches this workflow"),
         TD_DX("The OIDC token was valid but no trust configuration matched its claims: none "
               "configured, "
               "owner or repository in the wrong case, a workflow path instead of the file name, "
               ".yml vs "
               ".yaml, a different environment, the called instead of the calling workflow, or the "
               "package does not exist yet. A repository created on or after 2026-07-15 gets the "
               "same answer from GitHub's immutable subject claims (npm/cli#9969)."),
         TD_DX("Compare the package's trusted publisher on npmjs.com with the workflow, field by "
               "field, "
               "case included (tokendesk-cli trust check <folder> does this).\n"
               "For reusable workflows name the calling workflow's file.\n"
               "If the package has never been published, publish it once first.\n"
               "If everything matches and the repository is new, see npm/cli#9969.")},
        {"release-tool-no-oidc", 21, 88,
         "ENONPMTOKEN\nEINVALIDNPMTOKEN\nNo NPM_TOKEN or OIDC available\n"
         "No authentication configured for request",
         TD_DX("The release tool did not use trusted publishing"),
         TD_DX(
             "Older semantic-release (before 25 / @semantic-release/npm 13) insists on NPM_TOKEN; "
             "older changesets/action writes its own .npmrc; Yarn does not perform the OIDC "
             "exchange."),
         TD_DX("Upgrade semantic-release to 25 or newer (with @semantic-release/npm 13).\n"
               "Upgrade changesets/action to a version with OIDC support.\n"
               "With Yarn, publish the packed tarball with npm publish.")},
        {"oidc-no-id-token", 6, 87,
         "Failed to fetch id_token from GitHub\nSkipped because no id_token available\n"
         "token exchange was missing the token in the response body",
         TD_DX("npm could not get an OIDC id token"),
         TD_DX("On GitLab and CircleCI npm reads NPM_ID_TOKEN, which the job must request with the "
               "audience npm:registry.npmjs.org; on GitHub the id-token endpoint failed."),
         TD_DX("GitLab: add id_tokens: NPM_ID_TOKEN: aud: \"npm:registry.npmjs.org\" to the job.\n"
               "CircleCI: run the job with a context and export NPM_ID_TOKEN from "
               "circleci run oidc get --claims '{\"aud\":\"npm:registry.npmjs.org\"}'.\n"
               "GitHub: re-run the job; check permissions: id-token: write.")},
        {"tfa-required-token", 10, 86,
         "Two-factor authentication or granular access token with bypass 2fa enabled is required\n"
         "Two-factor authentication is required to publish this package but an automation token",
         TD_DX("The token may not publish this package without 2FA"),
         TD_DX("The token lacks \"bypass 2FA\", or the package requires 2FA and disallows tokens."),
         TD_DX("Switch the workflow to trusted publishing (no token at all).\n"
               "Or use staged publishing with a stage-only token and approve the release.")},
        {"eotp", 8, 85, "code EOTP\nThis operation requires a one-time password",
         TD_DX("npm asked for a one-time password in CI"),
         TD_DX("A write token without bypass 2FA was used, the package requires 2FA, or (since "
               "August "
               "2026) a bypass token tried a governance action such as creating a package."),
         TD_DX("Publish through trusted publishing instead of a token.\n"
               "Create new packages once by hand, then let CI publish through OIDC.")},
        {"cidr-or-ip", 18, 84,
         "EINVALIDCIDR\nCIDR whitelist can only contain IPv4\nCIDR whitelist contains invalid CIDR "
         "entry\n"
         "EAUTHIP\nLogin is not allowed from your IP address",
         TD_DX("An IP range problem: invalid CIDR or a call from outside the token's ranges"),
         TD_DX("npm tokens accept IPv4 CIDR ranges only, and refuse calls from other addresses."),
         TD_DX("Use IPv4 ranges only (e.g. 203.0.113.0/24).\n"
               "CI runners change addresses: do not restrict a CI token by IP.")},
        {"token-id-ambiguous", 19, 84,
         "was ambiguous, a new token may have been created\nUnknown token id or value",
         TD_DX("The token id given to npm token revoke is ambiguous or unknown"),
         TD_DX("npm token revoke accepts a full key or a unique prefix."),
         TD_DX("Use the full key from npm token list --json (TokenDesk shows it in the details "
               "pane).")},
        {"registry-token-api", 22, 83,
         "/-/npm/v1/tokens - the parameters are not valid\n422 the parameters are not valid\n"
         "404 Not Found - POST http\\S*/-/npm/v1/tokens",
         TD_DX("The registry does not support npm's token API"),
         TD_DX("Verdaccio before its npm 11 fix rejects npm token create with 422; registries "
               "without "
               "the token API answer 404."),
         TD_DX("Upgrade the registry (Verdaccio with PR 5951 or newer) or create tokens in its own "
               "UI.")},
        {"provenance-outside-ci", 12, 82,
         R"(Automatic provenance generation not supported for provider: null)",
         TD_DX("Provenance was requested outside a supported CI"),
         TD_DX("publishConfig.provenance or --provenance only works inside GitHub Actions or "
               "GitLab CI."),
         TD_DX("Publish locally with --no-provenance, or remove provenance from publishConfig and "
               "pass "
               "--provenance only in CI.")},
        // docs/staged-publishing-and-2027.md §4, rows 23–30.
        {"npm12-sigstore", 26, 98, R"(Cannot find module '(?:sigstore|@sigstore/[\w.-]+)')",
         TD_DX("npm 12.0.0 cannot load its sigstore module"),
         TD_DX("npm 12.0.0 shipped without sigstore, so every publish that signs provenance (every "
               "trusted publish) crashes before it reaches the registry."),
         TD_DX("Install npm 12.0.1 or newer before publishing: npm install -g npm@^12.0.1 (or stay "
               "on npm 11).")},
        {"oidc-immutable-subject", 27, 91,
         "use_immutable_subject\"?\\s*[:=]\\s*true\n\\brepo:[\\w.-]+@\\d+/[\\w.-]+@\\d+",
         TD_DX("GitHub's immutable subject claims stop npm's trusted publishing (npm/cli#9969)"),
         TD_DX("The repository uses GitHub's immutable OIDC subject claims (the default for "
               "repositories created on or after 2026-07-15), and npm answers \"package not "
               "found\" although the trusted publisher matches."),
         TD_DX("Follow npm/cli#9969 (still open) for npm's fix; meanwhile a stage-only token with "
               "approval publishes without OIDC.\n"
               "Once npm has fixed it, remove the trust configuration and create it again."),
         true, "OIDC token exchange error - package not found"},
        {"trust-permissions-required", 25, 90,
         "permissions is required and must contain at least one valid route",
         TD_DX("The trusted publisher was created without allowed actions"),
         TD_DX("Since September 2026 every trust configuration must say what it allows, and npm "
               "trust sent neither --allow-publish nor --allow-stage-publish."),
         TD_DX("Run npm trust again with --allow-stage-publish (recommended), --allow-publish, or "
               "both.")},
        {"oidc-permission-denied", 23, 89, "OIDC permission denied for this action",
         TD_DX("The trusted publisher does not allow a direct npm publish"),
         TD_DX("The trust configuration that matched allows only npm stage publish (the default "
               "for new configurations), or an older package's publishing-access setting blocks "
               "OIDC."),
         TD_DX("Publish with npm stage publish and approve the staged version with 2FA.\n"
               "Or allow direct publishing: recreate the configuration with --allow-publish "
               "(and check the package's publishing access on npmjs.com).")},
        {"stage-required", 24, 88, "E_STAGE_REQUIRED",
         TD_DX("A stage-only token ran npm publish (E_STAGE_REQUIRED)"),
         TD_DX("The token's permission is \"Read and write (stage only)\", so the registry "
               "accepts only staged publishes from it."),
         TD_DX("Replace npm publish with npm stage publish, then approve the staged version with "
               "2FA (npm stage approve <id>).")},
        {"first-publish-eotp", 28, 87, "code EOTP\nThis operation requires a one-time password",
         TD_DX("npm asked for a one-time password on the package's first publish"),
         TD_DX(
             "Since August 2026 creating a package is a governance action that needs 2FA, so even "
             "a bypass-2FA token gets EOTP when the package does not exist yet."),
         TD_DX("Publish the first version interactively with your second factor, or stage it (npm "
               "stage publish) and approve it with 2FA; CI can publish the versions after it."),
         // npm publish reads the packument first: a 404 there means a brand-new package.
         true, R"(npm http fetch GET 404 https?://[^\s/]+/(?:@[\w.-]+%2[fF])?\w[\w.-]*(?:\s|$))"},
        {"already-staged", 29, 86, "Cannot publish over previously staged version",
         TD_DX("This version is already staged"),
         TD_DX("A staged version with the same number is waiting for approval, so the registry "
               "refuses to stage it again."),
         TD_DX("Approve or reject the waiting stage first (npm stage list <package>, then npm "
               "stage approve or reject <id>), or bump the version.")},
        {"publish-not-yet-visible", 30, 80, "code ETARGET\nnotarget No matching version found for",
         TD_DX("The new version is not available yet (npm's malware scan)"),
         TD_DX("The publish succeeded, but npm scans a new version for a few minutes before it "
               "serves it, so an install right after the publish cannot find it."),
         TD_DX("Wait, polling npm view <package>@<version> version until it answers, before "
               "installing the new version; do not publish it again."),
         true,
         "^\\+ (?:@[\\w.-]+/)?[\\w.-]+@\\d+\\.\\d+\\.\\d+\\S*$\n"
         "approved and published successfully"},
        {"e401", 9, 70,
         "code E401\nUnable to authenticate, your authentication token seems to be invalid\n"
         "Incorrect or missing password\nUnable to authenticate, need:",
         TD_DX("The token or password was rejected"),
         TD_DX("The token is expired, revoked or mistyped, or the password was wrong."),
         TD_DX("Check the token's expiry in TokenDesk and rotate it.\n"
               "Better: switch the publish job to trusted publishing.")},
        {"token-expired-notice", 2, 60, R"(Access token expired or revoked)",
         TD_DX("The configured token is expired or revoked"),
         TD_DX("npm sent a token the registry no longer accepts: an expired or revoked granular "
               "token, "
               "a lapsed 2-hour session, or the setup-node placeholder."),
         TD_DX("Rotate the token (TokenDesk: Rotate), or better remove it and use trusted "
               "publishing.\n"
               "If you meant to use OIDC, remove NODE_AUTH_TOKEN and registry-url from the job.")},
        {"eneedauth", 3, 50,
         "code ENEEDAUTH\nneed auth This command requires you to be logged in\n"
         "need auth You need to authorize this machine",
         TD_DX("npm had no credential at all (ENEEDAUTH)"),
         TD_DX(
             "In CI this almost always means the OIDC exchange failed silently and nothing was "
             "left "
             "to fall back to: missing id-token: write, a self-hosted runner, no matching trusted "
             "publisher, npm older than 11.5.1, or a tool that does not do OIDC."),
         TD_DX(
             "Re-run with --loglevel verbose to see npm's oidc lines.\n"
             "Check, in order: id-token: write; GitHub-hosted runner; npm 11.5.1+ and Node 22.14+; "
             "the trusted publisher matches the workflow exactly.")},
        {"e404-put", 1, 40,
         "404 Not Found - PUT https?://\\S+\n"
         "is not in this registry\n"
         "could not be found or you do not have permission to access it",
         TD_DX("The publish was unauthenticated or unauthorised (masked as E404)"),
         TD_DX("npm answers a PUT without valid credentials with 404, not 401/403. The package "
               "usually "
               "exists; the credential did not work."),
         TD_DX("Check, in order: npm older than 11.5.1; a placeholder or empty NODE_AUTH_TOKEN; "
               "the OIDC "
               "exchange (run with --loglevel verbose); an expired or revoked token; a token "
               "limited to "
               "other packages; a package never published and no trusted publisher.")},
        {"oidc-succeeded", 7, 10,
         "POST 201 \\S*/oidc/token/exchange/package/\nSuccessfully retrieved and set token\n"
         "oidc Enabling provenance",
         TD_DX("The OIDC exchange succeeded"),
         TD_DX("npm obtained a trusted-publishing token for this run."),
         TD_DX("Confirm with npm view <pkg>@<version> --json: _npmUser.trustedPublisher is set for "
               "OIDC publishes."),
         false},
    };
    return rules;
}

QString npmVersionOnLine(const QString &line)
{
    static const QRegularExpression version(
        QStringLiteral(R"(npm (?:verbose|info) npm\s+v?(\d+\.\d+\.\d+))"));
    static const QRegularExpression oldPrefix(QStringLiteral(R"(npm ERR! )"));
    if (const auto m = version.match(line); m.hasMatch())
        return m.captured(1);
    if (oldPrefix.match(line).hasMatch())
        return QStringLiteral("10");
    return {};
}

QString npmVersionInLog(const QStringList &lines, int *lineNumber)
{
    QString found;
    for (int i = 0; i < lines.size(); ++i) {
        const QString version = npmVersionOnLine(lines.at(i));
        // An explicit version line wins over the "npm ERR!" prefix, wherever it is.
        if (!version.isEmpty()
            && (found.isEmpty()
                || (version.contains(QLatin1Char('.')) && !found.contains(QLatin1Char('.'))))) {
            found = version;
            *lineNumber = i + 1;
            if (found.contains(QLatin1Char('.')))
                break;
        }
    }
    return found;
}

} // namespace td
