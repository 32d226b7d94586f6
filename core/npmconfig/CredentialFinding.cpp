// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/CredentialFinding.h"

#include <QCoreApplication>

namespace td {

QString credentialSourceId(CredentialSource source)
{
    switch (source) {
    case CredentialSource::ProjectConfig:
        return QStringLiteral("project-config");
    case CredentialSource::UserConfig:
        return QStringLiteral("user-config");
    case CredentialSource::GlobalConfig:
        return QStringLiteral("global-config");
    case CredentialSource::BuiltinConfig:
        return QStringLiteral("builtin-config");
    case CredentialSource::Environment:
        return QStringLiteral("environment");
    case CredentialSource::YarnConfig:
        return QStringLiteral("yarn-config");
    case CredentialSource::GitHubWorkflow:
        return QStringLiteral("github-workflow");
    case CredentialSource::GitLabCi:
        return QStringLiteral("gitlab-ci");
    case CredentialSource::CircleCi:
        return QStringLiteral("circleci");
    }
    return {};
}

QString credentialFormId(CredentialForm form)
{
    switch (form) {
    case CredentialForm::AuthToken:
        return QStringLiteral("auth-token");
    case CredentialForm::BasicAuth:
        return QStringLiteral("basic-auth");
    case CredentialForm::Password:
        return QStringLiteral("password");
    case CredentialForm::EnvReference:
        return QStringLiteral("env-reference");
    case CredentialForm::Environment:
        return QStringLiteral("environment");
    case CredentialForm::YarnAuthToken:
        return QStringLiteral("yarn-auth-token");
    case CredentialForm::YarnAuthIdent:
        return QStringLiteral("yarn-auth-ident");
    case CredentialForm::CiSecret:
        return QStringLiteral("ci-secret");
    case CredentialForm::ClientCertificate:
        return QStringLiteral("client-certificate");
    }
    return {};
}

QString credentialFormLabel(CredentialForm form)
{
    const char *text = "";
    switch (form) {
    case CredentialForm::AuthToken:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "token in plain text");
        break;
    case CredentialForm::BasicAuth:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "user and password (_auth)");
        break;
    case CredentialForm::Password:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "user and password (_password)");
        break;
    case CredentialForm::EnvReference:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "reference to an environment variable");
        break;
    case CredentialForm::Environment:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "environment variable");
        break;
    case CredentialForm::YarnAuthToken:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "Yarn npmAuthToken");
        break;
    case CredentialForm::YarnAuthIdent:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "Yarn npmAuthIdent");
        break;
    case CredentialForm::CiSecret:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "CI secret");
        break;
    case CredentialForm::ClientCertificate:
        text = QT_TRANSLATE_NOOP("td::CredentialFinding", "client certificate (certfile, keyfile)");
        break;
    }
    return QCoreApplication::translate("td::CredentialFinding", text);
}

bool CredentialFinding::isRewritable() const
{
    const bool npmrc = source == CredentialSource::ProjectConfig
        || source == CredentialSource::UserConfig || source == CredentialSource::GlobalConfig;
    return npmrc && form == CredentialForm::AuthToken && !file.isEmpty() && line > 0;
}

QString CredentialFinding::location() const
{
    QString where;
    if (form == CredentialForm::CiSecret)
        where = QCoreApplication::translate("td::CredentialFinding", "%1:%2 CI uses secret %3")
                    .arg(file)
                    .arg(line)
                    .arg(variable);
    else if (source == CredentialSource::Environment)
        where = QCoreApplication::translate("td::CredentialFinding", "environment variable %1")
                    .arg(key);
    else
        where = file + QLatin1Char(':') + QString::number(line) + QLatin1Char(' ') + key;
    if (!identity.redacted.isEmpty())
        where += QStringLiteral(" (") + identity.redacted + QLatin1Char(')');
    return where;
}

QJsonObject CredentialFinding::toJson() const
{
    QJsonObject json{
        {QStringLiteral("source"), credentialSourceId(source)},
        {QStringLiteral("form"), credentialFormId(form)},
        {QStringLiteral("file"), file},
        {QStringLiteral("line"), line},
        {QStringLiteral("key"), key},
        {QStringLiteral("registry"), registry},
        {QStringLiteral("rewritable"), isRewritable()},
        {QStringLiteral("hasValue"), hasSecret()},
        {QStringLiteral("shape"), secretShapeId(identity.shape)},
    };
    if (!variable.isEmpty())
        json.insert(QStringLiteral("variable"), variable);
    if (!userName.isEmpty())
        json.insert(QStringLiteral("user"), userName);
    if (!certFile.isEmpty())
        json.insert(QStringLiteral("certfile"), certFile);
    if (!keyFile.isEmpty())
        json.insert(QStringLiteral("keyfile"), keyFile);
    if (identity.isKnown()) {
        json.insert(QStringLiteral("sha512Key"), identity.sha512Key);
        json.insert(QStringLiteral("redacted"), identity.redacted);
    }
    return json;
}

} // namespace td
