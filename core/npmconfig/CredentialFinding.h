// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/npmconfig/TokenIdentity.h"
#include "core/util/SecretBuffer.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace td {

// Where a credential was found.
enum class CredentialSource {
    ProjectConfig, // a project .npmrc
    UserConfig,    // ~/.npmrc or NPM_CONFIG_USERCONFIG
    GlobalConfig,  // $PREFIX/etc/npmrc
    BuiltinConfig,
    Environment, // the process environment
    YarnConfig,  // .yarnrc.yml
    GitHubWorkflow,
    GitLabCi,
    CircleCi, // .circleci/config.yml
};

// How it is written there.
enum class CredentialForm {
    AuthToken,     // _authToken=<literal>
    BasicAuth,     // _auth=base64(user:password)
    Password,      // _password=base64(password) with username
    EnvReference,  // _authToken=${VAR}
    Environment,   // NPM_TOKEN, NODE_AUTH_TOKEN, npm_config_…_auth…
    YarnAuthToken, // npmAuthToken
    YarnAuthIdent, // npmAuthIdent (user:password)
    CiSecret,      // a workflow uses a secret/variable; its value lives in the CI service
    // certfile + keyfile: a client certificate. The npmrc only names the files; the finding
    // points at them and carries no secret.
    ClientCertificate,
};

QString credentialSourceId(CredentialSource source);
QString credentialFormId(CredentialForm form);
QString credentialFormLabel(CredentialForm form); // translated

// One place on this machine where an npm credential lives or is referenced. Everything printable
// here is safe to show, log and store: the value itself is never part of it, only its identity.
// The secret, when TokenDesk could read it, rides along in `secret` for matching and replacing.
struct CredentialFinding
{
    CredentialSource source = CredentialSource::UserConfig;
    CredentialForm form = CredentialForm::AuthToken;
    QString file;           // absolute path; empty for the environment
    int line = 0;           // 1-based; 0 for the environment
    QString key;            // the config key / variable / secret name as written
    QString registry;       // nerf-darted ("//registry.npmjs.org/"); empty when unknown
    QString variable;       // the referenced ${VAR}, environment variable or CI secret
    QString userName;       // for user/password forms (a user name is not a secret)
    QString certFile;       // ClientCertificate: the certificate's path, as npm resolves it
    QString keyFile;        // ClientCertificate: the private key's path (never its content)
    TokenIdentity identity; // empty when no value is available here
    std::shared_ptr<const SecretBuffer> secret; // never printed, never serialised

    bool hasSecret() const { return secret && !secret->isEmpty(); }
    // TokenDesk can rewrite this place itself: a literal _authToken line in an .npmrc.
    bool isRewritable() const;
    // "~/.npmrc:3 //registry.npmjs.org/:_authToken (npm_abcd...wxyz)" — no secret.
    QString location() const;
    // Every printable field. This is what `doctor --json`, journals and the GUI may use.
    QJsonObject toJson() const;
};

} // namespace td
