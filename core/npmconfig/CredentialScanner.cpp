// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/CredentialScanner.h"

#include "core/npmconfig/NpmConfigSyntax.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/npmconfig/ProjectFileWalker.h"
#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace td {

namespace {

enum class CredentialKind { None, AuthToken, Auth, Password, Username, CertFile, KeyFile };

// Splits "//host/path/:_authToken" into registry "//host/path/" and kind; top-level keys get
// an empty registry.
CredentialKind credentialKind(const QString &key, QString *registry)
{
    QString name = key;
    registry->clear();
    if (key.startsWith(QLatin1String("//"))) {
        const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            return CredentialKind::None;
        *registry = key.left(colon);
        name = key.mid(colon + 1);
    }
    if (name == QLatin1String("_authToken"))
        return CredentialKind::AuthToken;
    if (name == QLatin1String("_auth"))
        return CredentialKind::Auth;
    if (name == QLatin1String("_password"))
        return CredentialKind::Password;
    if (name == QLatin1String("username"))
        return CredentialKind::Username;
    // npm reads client certificates only per registry (getCredentialsByURI).
    if (!registry->isEmpty() && name == QLatin1String("certfile"))
        return CredentialKind::CertFile;
    if (!registry->isEmpty() && name == QLatin1String("keyfile"))
        return CredentialKind::KeyFile;
    return CredentialKind::None;
}

QString withTrailingSlash(const QString &registry)
{
    return registry.endsWith(QLatin1Char('/')) ? registry : registry + QLatin1Char('/');
}

std::shared_ptr<const SecretBuffer> makeSecret(const QString &value)
{
    if (value.isEmpty())
        return {};
    return std::make_shared<const SecretBuffer>(SecretBuffer::fromString(value));
}

void attachSecret(CredentialFinding &finding, const QString &value)
{
    finding.secret = makeSecret(value);
    if (finding.secret)
        finding.identity = TokenIdentity::of(finding.secret->view());
}

// The user name inside base64("user:password"), without keeping the decoded password around.
QString userFromBasicAuth(const QString &base64)
{
    QByteArray decoded = QByteArray::fromBase64(base64.toLatin1());
    const QString user = QString::fromUtf8(decoded.left(qMax<qsizetype>(0, decoded.indexOf(':'))));
    decoded.fill('\0');
    return user;
}

// npm stores _password base64-encoded and sends the decoded text (Azure Artifacts keeps a
// personal access token there): the decoded value is what identifies the credential.
QString decodedPassword(const QString &base64)
{
    QByteArray decoded = QByteArray::fromBase64(base64.toLatin1());
    const QString password = QString::fromUtf8(decoded);
    decoded.fill('\0');
    return password;
}

// npm's path type expands a leading "~/" to the home folder.
QString expandHome(const QString &path, const QProcessEnvironment &env)
{
    if (path.startsWith(QLatin1String("~/")) && env.contains(QStringLiteral("HOME")))
        return env.value(QStringLiteral("HOME")) + path.mid(1);
    return path;
}

} // namespace

CredentialScanner::CredentialScanner(QProcessEnvironment environment)
    : m_env(std::move(environment))
{ }

QList<CredentialFinding> CredentialScanner::scanNpmrc(const NpmrcDocument &doc,
                                                      CredentialSource source,
                                                      const QString &defaultRegistry) const
{
    QList<CredentialFinding> findings;
    // The registry this file points un-nerfed credentials at: its own `registry=` wins.
    QString fileRegistry = nerfDart(defaultRegistry);
    if (const int index = doc.effectiveIndexOfKey(QStringLiteral("registry")); index >= 0)
        fileRegistry = nerfDart(expandNpmEnvReferences(doc.line(index).value, m_env));

    for (int i = 0; i < doc.lineCount(); ++i) {
        const NpmrcLine &line = doc.line(i);
        if (!line.isEntry() || !line.section.isEmpty() || !line.hasEquals)
            continue;
        const QString key = expandNpmEnvReferences(line.key, m_env);
        QString registry;
        const CredentialKind kind = credentialKind(key, &registry);
        // A user name alone, or a key file alone, is no credential: npm uses them only with
        // their _password / certfile partner, which reports the pair.
        if (kind == CredentialKind::None || kind == CredentialKind::Username
            || kind == CredentialKind::KeyFile || line.value.isEmpty())
            continue;

        CredentialFinding finding;
        finding.source = source;
        finding.file = doc.path();
        finding.line = i + 1;
        finding.key = line.key;
        finding.registry = registry.isEmpty() ? fileRegistry : withTrailingSlash(registry);
        const QString expanded = expandNpmEnvReferences(line.value, m_env);
        const QStringList references = npmEnvReferences(line.value);
        finding.variable = references.value(0);
        switch (kind) {
        case CredentialKind::AuthToken:
            finding.form
                = references.isEmpty() ? CredentialForm::AuthToken : CredentialForm::EnvReference;
            break;
        case CredentialKind::Auth:
            finding.form = CredentialForm::BasicAuth;
            finding.userName = userFromBasicAuth(expanded);
            break;
        case CredentialKind::Password: {
            finding.form = CredentialForm::Password;
            const QString userKey = registry.isEmpty() ? QStringLiteral("username")
                                                       : registry + QStringLiteral(":username");
            if (const int userIndex = doc.effectiveIndexOfKey(userKey); userIndex >= 0)
                finding.userName = expandNpmEnvReferences(doc.line(userIndex).value, m_env);
            break;
        }
        case CredentialKind::CertFile: {
            const int keyIndex = doc.effectiveIndexOfKey(registry + QStringLiteral(":keyfile"));
            if (keyIndex < 0 || doc.line(keyIndex).value.isEmpty())
                continue; // npm ignores a certificate without its key
            finding.form = CredentialForm::ClientCertificate;
            finding.certFile = expandHome(expanded, m_env);
            finding.keyFile
                = expandHome(expandNpmEnvReferences(doc.line(keyIndex).value, m_env), m_env);
            findings.append(finding);
            continue; // the files hold the secret, the npmrc does not
        }
        default:
            break;
        }
        // An unset ${VAR} stays literally "${VAR}" (or empty with "?"): there is no secret to
        // match.
        if (npmEnvReferences(expanded).isEmpty() && !expanded.isEmpty())
            attachSecret(finding,
                         kind == CredentialKind::Password ? decodedPassword(expanded) : expanded);
        findings.append(finding);
    }
    return findings;
}

QList<CredentialFinding> CredentialScanner::scanEnvironment(const QString &defaultRegistry) const
{
    QList<CredentialFinding> findings;
    const QStringList names = m_env.keys();
    for (const QString &name : names) {
        const QString value = m_env.value(name);
        if (value.isEmpty())
            continue;
        QString registry;
        bool relevant
            = name == QLatin1String("NPM_TOKEN") || name == QLatin1String("NODE_AUTH_TOKEN");
        if (!relevant && name.startsWith(QLatin1String("npm_config_"), Qt::CaseInsensitive)) {
            const QString rest = name.mid(11);
            QString key = rest.startsWith(QLatin1String("//")) ? rest : rest.toLower();
            const CredentialKind kind = credentialKind(key, &registry);
            // npm lower-cases non-nerfed names, so NPM_CONFIG__AUTHTOKEN reaches npm as
            // "_authtoken" — still a token sitting in the environment, so it is reported.
            relevant = kind == CredentialKind::AuthToken || kind == CredentialKind::Auth
                || kind == CredentialKind::Password || key == QLatin1String("_authtoken");
        }
        if (!relevant)
            continue;
        CredentialFinding finding;
        finding.source = CredentialSource::Environment;
        finding.form = CredentialForm::Environment;
        finding.key = name;
        finding.variable = name;
        finding.registry
            = registry.isEmpty() ? nerfDart(defaultRegistry) : withTrailingSlash(registry);
        attachSecret(finding, value);
        findings.append(finding);
    }
    return findings;
}

} // namespace td
