// SPDX-License-Identifier: GPL-3.0-or-later
// The pages behind loginUrl (/login/cli/<id>) and authUrl (/auth/cli/<id>): real HTML forms,
// so that a person using `make sandbox` can click through a web login or a 2FA approval.
#include "Routes.h"

#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/auth/Totp.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace td::sandbox {

namespace {

QString page(const QString &title, const QString &content)
{
    return QStringLiteral(
               "<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
               "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}"
               "label{display:block;margin:.6em 0}input{width:100%%}"
               "input[type=checkbox]{width:auto}"
               "button{margin:.8em .4em 0 0}</style></head><body><h1>%1</h1>%2"
               "<p><small>tokendesk-sandbox: nothing here is real.</small></p></body></html>")
        .arg(title.toHtmlEscaped(), content);
}

QString form(const Pending &p, const QString &note)
{
    QString fields;
    if (p.kind == QLatin1String("login"))
        fields += QStringLiteral(
                      "<label>%1 <input name=\"username\" autocomplete=\"username\"></label>"
                      "<label>%2 <input name=\"password\" type=\"password\"></label>")
                      .arg(QCoreApplication::translate("td::sandbox::Pages", "User name"),
                           QCoreApplication::translate("td::sandbox::Pages", "Password"));
    fields += QStringLiteral("<label>%1 <input name=\"code\" inputmode=\"numeric\"></label>")
                  .arg(QCoreApplication::translate("td::sandbox::Pages",
                                                   "One-time code (authenticator app or e-mail)"));
    // npmjs's approval page offers this box so that a loop of writes needs one approval.
    if (p.kind == QLatin1String("2fa"))
        fields += QStringLiteral("<label><input type=\"checkbox\" name=\"skip_2fa\" "
                                 "value=\"1\"> %1</label>")
                      .arg(QCoreApplication::translate(
                          "td::sandbox::Pages",
                          "Skip two-factor authentication for the next 5 minutes"));
    const QString intro = p.kind == QLatin1String("login")
        ? QCoreApplication::translate("td::sandbox::Pages",
                                      "Sign in to finish logging in from the command line.")
        : QCoreApplication::translate("td::sandbox::Pages", "Approve the command \"%1\" for %2.")
              .arg(p.command.toHtmlEscaped(), p.username.toHtmlEscaped());
    return QStringLiteral("<p>%1</p>%2<form method=\"post\">%3"
                          "<button name=\"action\" value=\"approve\">%4</button>"
                          "<button name=\"action\" value=\"deny\">%5</button></form>")
        .arg(intro.toHtmlEscaped().replace(QLatin1String("&quot;"), QLatin1String("\"")),
             note.isEmpty()
                 ? QString()
                 : QStringLiteral("<p><strong>%1</strong></p>").arg(note.toHtmlEscaped()),
             fields, QCoreApplication::translate("td::sandbox::Pages", "Approve"),
             QCoreApplication::translate("td::sandbox::Pages", "Deny"));
}

// Checks the second factor of a person using the page: TOTP for authenticator users, an e-mailed
// code for users without one, nothing for security-key users (the click stands for the key).
bool secondFactorOk(Context &ctx, const User &user, const QString &code)
{
    if (user.tfa == QLatin1String("webauthn"))
        return true;
    if (user.tfa == QLatin1String("totp"))
        return totp::verify(user.totpSecret, code, ctx.state.now());
    for (IssuedCode &c : ctx.state.codes)
        if (c.username == user.name && c.expires > ctx.state.now() && !c.used
            && crypto::equalSecrets(c.code.toUtf8(), code.toUtf8()))
            return true;
    return false;
}

HttpResponse show(Context &ctx, const QString &id, const QString &kind)
{
    Pending *p = ctx.state.pendingById(id);
    if (!p || p->kind != kind || p->state != QLatin1String("pending"))
        return HttpResponse::html(
            404,
            page(QCoreApplication::translate("td::sandbox::Pages", "Not found"),
                 QCoreApplication::translate(
                     "td::sandbox::Pages",
                     "This request does not exist, has expired or was already answered.")));
    QString note;
    User *u = ctx.state.user(p->username);
    if (kind == QLatin1String("2fa") && u && u->tfa == QLatin1String("none")) {
        auth::sendEmailCode(ctx, *u, p->command);
        note = QCoreApplication::translate("td::sandbox::Pages",
                                           "We e-mailed you a code (see GET /-/sandbox/outbox).");
    }
    return HttpResponse::html(
        200,
        page(kind == QLatin1String("login")
                 ? QCoreApplication::translate("td::sandbox::Pages", "Log in")
                 : QCoreApplication::translate("td::sandbox::Pages", "Two-factor authentication"),
             form(*p, note)));
}

HttpResponse submit(Context &ctx, const HttpRequest &request, const QString &id,
                    const QString &kind)
{
    Pending *p = ctx.state.pendingById(id);
    if (!p || p->kind != kind || p->state != QLatin1String("pending"))
        return HttpResponse::html(
            404,
            page(QCoreApplication::translate("td::sandbox::Pages", "Not found"),
                 QCoreApplication::translate(
                     "td::sandbox::Pages",
                     "This request does not exist, has expired or was already answered.")));
    QUrlQuery fields(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const auto field = [&fields](const char *name) {
        return fields.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("action") == QLatin1String("deny")) {
        auth::decide(ctx, *p, QString(), false);
        return HttpResponse::html(
            200,
            page(QCoreApplication::translate("td::sandbox::Pages", "Denied"),
                 QCoreApplication::translate("td::sandbox::Pages",
                                             "The request was denied. You can close this page.")));
    }
    const QString username = kind == QLatin1String("login") ? field("username") : p->username;
    User *u = ctx.state.user(username);
    if (!u
        || (kind == QLatin1String("login")
            && !crypto::equalSecrets(field("password").toUtf8(), u->password.toUtf8())))
        return HttpResponse::html(
            401,
            page(QCoreApplication::translate("td::sandbox::Pages", "Log in"),
                 form(*p,
                      QCoreApplication::translate("td::sandbox::Pages",
                                                  "Incorrect user name or password."))));
    if (!secondFactorOk(ctx, *u, field("code"))) {
        if (u->tfa == QLatin1String("none") && field("code").isEmpty())
            auth::sendEmailCode(ctx, *u, QStringLiteral("login"));
        return HttpResponse::html(
            401,
            page(QCoreApplication::translate("td::sandbox::Pages", "Two-factor authentication"),
                 form(*p,
                      u->tfa == QLatin1String("none")
                          ? QCoreApplication::translate("td::sandbox::Pages",
                                                        "Enter the code we e-mailed you.")
                          : QCoreApplication::translate("td::sandbox::Pages",
                                                        "That code is not valid."))));
    }
    const bool skip2fa = kind == QLatin1String("2fa") && !field("skip_2fa").isEmpty();
    const QString problem = auth::decide(ctx, *p, username, true, skip2fa);
    if (!problem.isEmpty())
        return HttpResponse::html(
            409,
            page(QCoreApplication::translate("td::sandbox::Pages", "Not approved"),
                 problem.toHtmlEscaped()));
    return HttpResponse::html(
        200,
        page(QCoreApplication::translate("td::sandbox::Pages", "Done"),
             QCoreApplication::translate("td::sandbox::Pages",
                                         "Approved. Return to your terminal.")));
}

} // namespace

void addPageRoutes(Router &router, Context &ctx)
{
    const QString login = QStringLiteral("login"), twoFa = QStringLiteral("2fa");
    router.add("GET", QStringLiteral("/login/cli/:id"),
               [&ctx, login](const HttpRequest &, const RouteParams &p) {
                   return show(ctx, p.value(QStringLiteral("id")), login);
               });
    router.add("POST", QStringLiteral("/login/cli/:id"),
               [&ctx, login](const HttpRequest &r, const RouteParams &p) {
                   return submit(ctx, r, p.value(QStringLiteral("id")), login);
               });
    router.add("GET", QStringLiteral("/auth/cli/:id"),
               [&ctx, twoFa](const HttpRequest &, const RouteParams &p) {
                   return show(ctx, p.value(QStringLiteral("id")), twoFa);
               });
    router.add("POST", QStringLiteral("/auth/cli/:id"),
               [&ctx, twoFa](const HttpRequest &r, const RouteParams &p) {
                   return submit(ctx, r, p.value(QStringLiteral("id")), twoFa);
               });
}

} // namespace td::sandbox
