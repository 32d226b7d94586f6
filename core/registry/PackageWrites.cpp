// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/PackageWrites.h"

#include "core/registry/RegistryClientSupport.h"
#include "core/registry/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace td {

using detail::guarded;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::PackageWrites)
};

std::shared_ptr<const SecretBuffer> jsonBytes(const QJsonValue &value)
{
    // A bare JSON string (the dist-tag body) has no QJsonDocument form: wrap it in an array and
    // strip the brackets.
    QByteArray bytes;
    if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else {
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        bytes = bytes.mid(1, bytes.size() - 2);
    }
    return std::make_shared<const SecretBuffer>(QByteArrayView(bytes));
}
} // namespace

void PackageWrites::documentForWrite(const QString &package, QObject *context,
                                     RegistryClient::Callback<QJsonObject> done)
{
    RegistryClient::Call call{"GET", m_client.endpoint(escapedPackageName(package) + "?write=true"),
                              "owner", RegistryClient::Auth::Required};
    RegistryClient::bindContext(call, context);
    m_client.execute(
        std::move(call),
        [package,
         done = guarded<QJsonObject>(context, std::move(done))](Result<HttpResponse> answer) {
            if (!answer)
                return done(answer.error());
            const QJsonDocument doc = QJsonDocument::fromJson(answer.value().body);
            if (!doc.isObject() || !doc.object().value(QStringLiteral("versions")).isObject())
                return done(makeError(
                    ErrorCode::MalformedResponse,
                    Tr::tr("The registry sent an unreadable document for %1.").arg(package),
                    Tr::tr("Try again later; if it persists, make this change on the website.")));
            done(doc.object());
        });
}

void PackageWrites::putJson(const QByteArray &encodedPath, const QJsonValue &body,
                            const QByteArray &command, QObject *context,
                            RegistryClient::Callback<void> done, TwoFactorPrompt *prompt)
{
    RegistryClient::Call call{"PUT", m_client.endpoint(encodedPath), command,
                              RegistryClient::Auth::Required, jsonBytes(body)};
    call.prompt = prompt;
    m_client.requestVoid(std::move(call), context, std::move(done));
}

void PackageWrites::removeMaintainer(const QString &package, const QString &user, QObject *context,
                                     RegistryClient::Callback<void> done, TwoFactorPrompt *prompt)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    documentForWrite(
        package, context,
        [this, package, user, guard, hasContext, prompt, done](Result<QJsonObject> doc) {
            if (!doc)
                return done(doc.error());
            const QJsonArray owners = doc.value().value(QStringLiteral("maintainers")).toArray();
            QJsonArray kept;
            for (const QJsonValue &owner : owners) {
                if (owner.toObject().value(QStringLiteral("name")).toString() != user)
                    kept.append(owner);
            }
            if (kept.size() == owners.size())
                return done({}); // not (or no longer) a maintainer: nothing to write
            if (kept.isEmpty())
                return done(
                    makeError(ErrorCode::InvalidInput,
                              Tr::tr("%1 is the only maintainer of %2.").arg(user, package),
                              Tr::tr("Add another maintainer first, then remove this one.")));
            if (hasContext && !guard)
                return;
            const QString rev = doc.value().value(QStringLiteral("_rev")).toString();
            const QJsonObject body{
                {QStringLiteral("_id"), doc.value().value(QStringLiteral("_id"))},
                {QStringLiteral("_rev"), rev},
                {QStringLiteral("maintainers"), kept}};
            putJson(escapedPackageName(package) + "/-rev/" + QUrl::toPercentEncoding(rev), body,
                    "owner", guard, done, prompt);
        });
}

void PackageWrites::deprecate(const QString &package, const QStringList &versions,
                              const QString &message, QObject *context,
                              RegistryClient::Callback<void> done, TwoFactorPrompt *prompt)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    documentForWrite(
        package, context,
        [this, package, versions, message, guard, hasContext, prompt,
         done](Result<QJsonObject> doc) {
            if (!doc)
                return done(doc.error());
            QJsonObject document = doc.value();
            QJsonObject all = document.value(QStringLiteral("versions")).toObject();
            for (const QString &version : versions) {
                if (!all.contains(version))
                    return done(makeError(
                        ErrorCode::E404, Tr::tr("%1 has no version %2.").arg(package, version),
                        Tr::tr("Check the version; it may have been unpublished.")));
                QJsonObject manifest = all.value(version).toObject();
                manifest.insert(QStringLiteral("deprecated"), message);
                all.insert(version, manifest);
            }
            document.insert(QStringLiteral("versions"), all);
            if (hasContext && !guard)
                return;
            putJson(escapedPackageName(package), document, "deprecate", guard, done, prompt);
        });
}

void PackageWrites::setDistTag(const QString &package, const QString &tag, const QString &version,
                               QObject *context, RegistryClient::Callback<void> done,
                               TwoFactorPrompt *prompt)
{
    putJson("-/package/" + escapedPackageName(package) + "/dist-tags/"
                + QUrl::toPercentEncoding(tag),
            QJsonValue(version), "dist-tag", context, std::move(done), prompt);
}

void PackageWrites::requireTwoFactorDisallowTokens(const QString &package, QObject *context,
                                                   RegistryClient::Callback<void> done,
                                                   TwoFactorPrompt *prompt)
{
    PackageAccess change;
    change.publishRequiresTfa = true;
    change.automationTokenOverridesTfa = false;
    m_client.setPackageAccess(package, change, context, std::move(done), prompt);
}

} // namespace td
