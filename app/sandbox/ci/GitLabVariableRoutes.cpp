// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab's project and group CI/CD variables (API v4), emulated (README §CI).
#include "sandbox/ci/GitLabApi.h"

#include "sandbox/ci/CiRoutes.h"
#include "sandbox/routes/Routes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace td::sandbox::gitlab {

namespace {

// Project ("project") or group ("group") of a request path.
struct Store
{
    QString kind; // "project" or "group"
    QString path; // "acme/widgets"

    bool isGroup() const { return kind == QLatin1String("group"); }
    // "gitlab:project:gitlab.com:acme/widgets:" — every variable id of the store starts with it.
    QString prefix() const { return CiState::makeId(kProvider, kind, {path}) + QLatin1Char(':'); }
    QString id(const QString &scope, const QString &key) const
    {
        return CiState::makeId(kProvider, kind, {path, scope, key});
    }
    QString notFound() const
    {
        return isGroup() ? QStringLiteral("404 Group Not Found")
                         : QStringLiteral("404 Project Not Found");
    }
};

// One stored variable: its id, scope and key (decoded from the id's last two fields).
struct Variable
{
    QString id;
    QString scope;
    QString key;
};

// The query member `name` (such as "filter[environment_scope]"), whether or not its brackets were
// percent-encoded.
std::optional<QString> queryMember(const HttpRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (key == name)
            return value;
    return std::nullopt;
}

QList<Variable> variablesOf(Context &ctx, const Store &store)
{
    QList<Variable> out;
    const QString prefix = store.prefix();
    for (const QString &id : ctx.ci.ids()) {
        if (!id.startsWith(prefix))
            continue;
        const QStringList rest = id.mid(prefix.size()).split(QLatin1Char(':'));
        if (rest.size() != 2)
            continue;
        out.append({id, QUrl::fromPercentEncoding(rest.at(0).toUtf8()),
                    QUrl::fromPercentEncoding(rest.at(1).toUtf8())});
    }
    return out;
}

bool storeExists(Context &ctx, const Store &store)
{
    return !ctx.ci.stores(store.prefix()).isEmpty();
}

bool boolMember(const QJsonObject &body, const QString &name, bool fallback)
{
    const QJsonValue v = body.value(name);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString() == QLatin1String("true");
    return fallback;
}

// GitLab's rule for a masked value: one line, no whitespace, at least 8 characters.
bool maskable(const QByteArray &value)
{
    if (value.size() < 8)
        return false;
    for (const char c : value)
        if (QChar::isSpace(static_cast<unsigned char>(c)))
            return false;
    return true;
}

QJsonObject variableJson(const Variable &v, const CiStoredValue &stored)
{
    const QJsonObject a = stored.attributes;
    return QJsonObject{
        {QStringLiteral("variable_type"),
         a.value(QLatin1String("variable_type")).toString(QStringLiteral("env_var"))},
        {QStringLiteral("key"), v.key},
        {QStringLiteral("value"), QString::fromUtf8(stored.value)},
        {QStringLiteral("protected"), a.value(QLatin1String("protected")).toBool(false)},
        {QStringLiteral("masked"), a.value(QLatin1String("masked")).toBool(false)},
        {QStringLiteral("hidden"), false},
        {QStringLiteral("raw"), a.value(QLatin1String("raw")).toBool(false)},
        {QStringLiteral("environment_scope"), v.scope},
        {QStringLiteral("description"), QJsonValue::Null}};
}

// Checks in GitLab's order: signed in (401), the store exists (404), the role (403: Maintainer
// for project variables, Owner for group ones). An empty answer (status 0) lets the call go on.
HttpResponse admit(Context &ctx, const HttpRequest &request, const Store &store)
{
    const CiCredential *who = signedIn(ctx, request);
    if (!who)
        return message(401, QStringLiteral("401 Unauthorized"));
    if (!storeExists(ctx, store))
        return message(404, store.notFound());
    const bool allowed = who->may(QStringLiteral("owner"))
        || (!store.isGroup() && who->may(QStringLiteral("maintainer")));
    if (!allowed)
        return message(403, QStringLiteral("403 Forbidden"));
    HttpResponse go;
    go.status = 0;
    return go;
}

// The one variable `key` names, narrowed by filter[environment_scope]; else the answer to send.
std::optional<Variable> findOne(Context &ctx, const HttpRequest &request, const Store &store,
                                const QString &key, HttpResponse *answer)
{
    const std::optional<QString> scope
        = queryMember(request, QStringLiteral("filter[environment_scope]"));
    QList<Variable> found;
    for (const Variable &v : variablesOf(ctx, store))
        if (v.key == key && (!scope || v.scope == *scope))
            found.append(v);
    if (found.isEmpty()) {
        *answer = message(404, QStringLiteral("404 Variable Not Found"));
        return std::nullopt;
    }
    if (found.size() > 1) {
        *answer = message(409,
                          QStringLiteral("There are multiple variables with provided "
                                         "parameters. Please use "
                                         "'filter[environment_scope]'"));
        return std::nullopt;
    }
    return found.first();
}

// Applies the attributes a create or update names; the others stay as they were.
void applyAttributes(CiStoredValue &stored, const QJsonObject &body)
{
    QJsonObject a = stored.attributes;
    for (const char *name : {"masked", "protected", "raw"})
        a.insert(QLatin1String(name),
                 boolMember(body, QLatin1String(name), a.value(QLatin1String(name)).toBool()));
    if (body.value(QLatin1String("variable_type")).isString())
        a.insert(QStringLiteral("variable_type"), body.value(QLatin1String("variable_type")));
    stored.attributes = a;
}

bool violatesMask(const QJsonObject &attributes, const QJsonObject &body, const QByteArray &value)
{
    const bool masked = boolMember(body, QStringLiteral("masked"),
                                   attributes.value(QLatin1String("masked")).toBool());
    return masked && !maskable(value);
}

HttpResponse invalidValue()
{
    return message(
        400, QJsonObject{{QStringLiteral("value"), QJsonArray{QStringLiteral("is invalid")}}});
}

HttpResponse listVariables(Context &ctx, const HttpRequest &request, const Store &store)
{
    if (HttpResponse stop = admit(ctx, request, store); stop.status)
        return stop;
    QJsonArray out;
    for (const Variable &v : variablesOf(ctx, store))
        out.append(variableJson(v, *ctx.ci.value(v.id)));
    HttpResponse answer = HttpResponse::json(200, out);
    answer.setHeader("x-total", QByteArray::number(out.size()));
    answer.setHeader("x-page", "1");
    answer.setHeader("x-total-pages", "1");
    return answer;
}

HttpResponse getVariable(Context &ctx, const HttpRequest &request, const Store &store,
                         const QString &key)
{
    if (HttpResponse stop = admit(ctx, request, store); stop.status)
        return stop;
    HttpResponse answer;
    const auto v = findOne(ctx, request, store, key, &answer);
    return v ? HttpResponse::json(200, variableJson(*v, *ctx.ci.value(v->id))) : answer;
}

HttpResponse createVariable(Context &ctx, const HttpRequest &request, const Store &store)
{
    if (HttpResponse stop = admit(ctx, request, store); stop.status)
        return stop;
    const QJsonObject body = ci::formOrJson(request);
    const QString key = body.value(QLatin1String("key")).toString();
    if (key.isEmpty() || !body.value(QLatin1String("value")).isString())
        return message(400, QStringLiteral("400 Bad request - key, value are missing"));
    static const QRegularExpression keyRule(QStringLiteral("^[A-Za-z0-9_]{1,255}$"));
    if (!keyRule.match(key).hasMatch())
        return message(
            400,
            QJsonObject{{QStringLiteral("key"),
                         QJsonArray{QStringLiteral("can contain only letters, digits and '_'.")}}});
    const QString scope
        = body.value(QLatin1String("environment_scope")).toString(QStringLiteral("*"));
    const QString id = store.id(scope.isEmpty() ? QStringLiteral("*") : scope, key);
    if (ctx.ci.value(id))
        return message(
            400,
            QJsonObject{{QStringLiteral("key"),
                         QJsonArray{QStringLiteral("(%1) has already been taken").arg(key)}}});
    const QByteArray value = body.value(QLatin1String("value")).toString().toUtf8();
    if (violatesMask({}, body, value))
        return invalidValue();
    CiStoredValue &stored = ctx.ci.write(id, value, ctx.state.now());
    applyAttributes(stored, body);
    return HttpResponse::json(201, variableJson({id, scope, key}, stored));
}

HttpResponse updateVariable(Context &ctx, const HttpRequest &request, const Store &store,
                            const QString &key)
{
    if (HttpResponse stop = admit(ctx, request, store); stop.status)
        return stop;
    HttpResponse answer;
    const auto v = findOne(ctx, request, store, key, &answer);
    if (!v)
        return answer;
    const QJsonObject body = ci::formOrJson(request);
    CiStoredValue *stored = ctx.ci.value(v->id);
    // GitLab keeps what the request does not name: the value too.
    const QByteArray value = body.value(QLatin1String("value")).isString()
        ? body.value(QLatin1String("value")).toString().toUtf8()
        : stored->value;
    if (violatesMask(stored->attributes, body, value))
        return invalidValue();
    const QJsonObject attributes = stored->attributes;
    CiStoredValue &written = ctx.ci.write(v->id, value, ctx.state.now());
    written.attributes = attributes;
    applyAttributes(written, body);
    return HttpResponse::json(200, variableJson(*v, written));
}

HttpResponse deleteVariable(Context &ctx, const HttpRequest &request, const Store &store,
                            const QString &key)
{
    if (HttpResponse stop = admit(ctx, request, store); stop.status)
        return stop;
    HttpResponse answer;
    const auto v = findOne(ctx, request, store, key, &answer);
    if (!v)
        return answer;
    ctx.ci.remove(v->id);
    return HttpResponse::raw(204, "application/json", {});
}

} // namespace

void addGitLabVariableRoutes(Router &router, Context &ctx)
{
    Context *c = &ctx;
    for (const QString &kind : {QStringLiteral("project"), QStringLiteral("group")}) {
        const QString collection
            = kApi + QLatin1Char('/') + kind + QStringLiteral("s/:id/variables");
        const QString one = collection + QStringLiteral("/:key");
        const auto store = [kind](const RouteParams &p) {
            return Store{kind, p.value(QStringLiteral("id"))};
        };
        router.add("GET", collection, [c, store](const HttpRequest &r, const RouteParams &p) {
            return listVariables(*c, r, store(p));
        });
        router.add("POST", collection, [c, store](const HttpRequest &r, const RouteParams &p) {
            return createVariable(*c, r, store(p));
        });
        router.add("GET", one, [c, store](const HttpRequest &r, const RouteParams &p) {
            return getVariable(*c, r, store(p), p.value(QStringLiteral("key")));
        });
        router.add("PUT", one, [c, store](const HttpRequest &r, const RouteParams &p) {
            return updateVariable(*c, r, store(p), p.value(QStringLiteral("key")));
        });
        router.add("DELETE", one, [c, store](const HttpRequest &r, const RouteParams &p) {
            return deleteVariable(*c, r, store(p), p.value(QStringLiteral("key")));
        });
    }
}

} // namespace td::sandbox::gitlab
