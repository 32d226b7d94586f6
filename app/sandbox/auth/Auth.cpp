// SPDX-License-Identifier: GPL-3.0-or-later
#include "Auth.h"

#include "Crypto.h"
#include "Totp.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace td::sandbox::auth {

namespace {

HttpResponse expired()
{
    HttpResponse r = HttpResponse::error(401, QLatin1String(kExpiredNotice));
    r.setHeader("npm-notice", kExpiredNotice);
    return r;
}

} // namespace

bool validIpv4Cidr(const QString &cidr)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(/(\\d{1,2}))?$"));
    const auto m = re.match(cidr);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return false;
    return m.captured(6).isEmpty() || m.captured(6).toInt() <= 32;
}

bool ipInCidr(const QHostAddress &address, const QString &cidr)
{
    if (!validIpv4Cidr(cidr))
        return false;
    bool isV4 = false;
    const quint32 ip = address.toIPv4Address(&isV4);
    if (!isV4)
        return false;
    const auto subnet = QHostAddress::parseSubnet(
        cidr.contains(QLatin1Char('/')) ? cidr : cidr + QLatin1String("/32"));
    return QHostAddress(ip).isInSubnet(subnet);
}

AuthResult authenticate(Context &ctx, const HttpRequest &request, bool required)
{
    AuthResult result;
    const QByteArray header = request.header("authorization");
    if (header.isEmpty()) {
        if (required)
            result.error
                = HttpResponse::error(401, QStringLiteral("You must be logged in to do that."));
        return result;
    }
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credential = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme == "basic") {
        const QByteArray decoded = QByteArray::fromBase64(credential);
        const qsizetype colon = decoded.indexOf(':');
        User *user = ctx.state.user(QString::fromUtf8(decoded.left(colon)));
        if (colon < 0 || !user
            || !crypto::equalSecrets(user->password.toUtf8(), decoded.mid(colon + 1))) {
            result.error
                = HttpResponse::error(401, QStringLiteral("Incorrect or missing password."));
            return result;
        }
        result.identity.user = user;
        result.identity.basic = true;
        return result;
    }
    if (scheme != "bearer" || credential.isEmpty()) {
        result.error
            = HttpResponse::error(401, QStringLiteral("Unsupported authorization scheme."));
        return result;
    }
    Token *token = ctx.state.tokenBySecret(QString::fromUtf8(credential));
    const QDateTime now = ctx.state.now();
    if (!token || token->revoked.isValid() || (token->expiry.isValid() && token->expiry <= now)
        || (token->kind == TokenKind::Classic && ctx.era != Era::Oct2025)) {
        result.error = expired();
        return result;
    }
    if (!token->cidr.isEmpty()) {
        bool allowed = false;
        for (const QString &range : token->cidr)
            allowed = allowed || ipInCidr(request.peer, range);
        if (!allowed) {
            HttpResponse r = HttpResponse::error(
                401, QStringLiteral("Login is not allowed from your IP address"));
            r.setHeader("WWW-Authenticate", "ipaddress");
            result.error = r;
            return result;
        }
    }
    token->accessed = now;
    result.identity.token = token;
    result.identity.user = ctx.state.user(token->owner);
    if (!result.identity.user)
        result.error = expired();
    return result;
}

std::optional<HttpResponse> requireSession(Context &ctx, const Identity &id)
{
    if (id.isSession())
        return std::nullopt;
    if (id.token && id.token->kind == TokenKind::Classic && ctx.era == Era::Oct2025
        && id.token->classicType == QLatin1String("publish"))
        return std::nullopt;
    if (id.token && id.token->bypass2fa)
        return HttpResponse::error(403,
                                   QStringLiteral("Granular access tokens with bypass 2FA enabled "
                                                  "cannot manage tokens, trusted publishers or "
                                                  "account settings. Log in with npm login."));
    return HttpResponse::error(403,
                               QStringLiteral("This operation requires a session token from npm "
                                              "login; access tokens cannot manage tokens, "
                                              "trusted publishers or account settings."));
}

QString sendEmailCode(Context &ctx, const User &user, const QString &reason)
{
    const QDateTime now = ctx.state.now();
    IssuedCode code{user.name, crypto::randomDigits(8), now.addSecs(600), false, false};
    ctx.state.codes.append(code);
    ctx.state.outbox.append(
        {user.email, user.name, QStringLiteral("[npm] One-time password"),
         QStringLiteral("Your one-time password for %1 is %2. It expires in 10 minutes.")
             .arg(reason, code.code),
         code.code, now});
    return code.code;
}

bool inSkipWindow(const Context &ctx, const User &user)
{
    return user.skip2faUntil.isValid() && ctx.state.now() < user.skip2faUntil;
}

std::optional<HttpResponse> requireOtp(Context &ctx, const HttpRequest &request, const User &user,
                                       SkipWindow skip)
{
    if (skip == SkipWindow::Honour && inSkipWindow(ctx, user))
        return std::nullopt;
    const QString otp = QString::fromUtf8(request.header("npm-otp")).trimmed();
    const QDateTime now = ctx.state.now();
    if (!otp.isEmpty()) {
        if (user.tfa == QLatin1String("totp") && totp::verify(user.totpSecret, otp, now))
            return std::nullopt;
        for (IssuedCode &c : ctx.state.codes) {
            if (c.username == user.name && c.expires > now && !(c.singleUse && c.used)
                && crypto::equalSecrets(c.code.toUtf8(), otp.toUtf8())) {
                c.used = true;
                return std::nullopt;
            }
        }
    }
    HttpResponse r;
    const bool web
        = request.header("npm-auth-type").toLower() == "web" && request.hasHeader("npm-command");
    if (web) {
        Pending p;
        p.id = crypto::newUuid();
        p.kind = QStringLiteral("2fa");
        p.username = user.name;
        p.command = QString::fromUtf8(request.header("npm-command"));
        p.created = now;
        ctx.state.pending.append(p);
        r = HttpResponse::json(
            401,
            QJsonObject{
                {QStringLiteral("error"),
                 otp.isEmpty() ? QLatin1String(kOtpRequired)
                               : QStringLiteral("Invalid one-time pass.")},
                {QStringLiteral("authUrl"), ctx.url(QStringLiteral("/auth/cli/") + p.id)},
                {QStringLiteral("doneUrl"), ctx.url(QStringLiteral("/-/v1/done?authId=") + p.id)}});
    } else {
        if (user.tfa != QLatin1String("totp") && otp.isEmpty())
            sendEmailCode(ctx, user, QString::fromUtf8(request.header("npm-command")));
        r = HttpResponse::error(401,
                                otp.isEmpty() ? QLatin1String(kOtpRequired)
                                              : QStringLiteral("Invalid one-time pass. You must "
                                                               "provide a valid one-time pass."));
    }
    r.setHeader("WWW-Authenticate", "OTP");
    return r;
}

Token &createSession(Context &ctx, const QString &username)
{
    Token t;
    t.kind = TokenKind::Session;
    t.key = crypto::newUuid();
    t.secret = crypto::newGranularToken();
    t.owner = username;
    t.created = ctx.state.now();
    t.expiry = t.created.addSecs(2 * 3600);
    t.name = QStringLiteral("session");
    ctx.state.tokens.push_back(t);
    return ctx.state.tokens.back();
}

} // namespace td::sandbox::auth

namespace td::sandbox::auth {

QString decide(Context &ctx, Pending &pending, const QString &username, bool approve, bool skip2fa)
{
    if (pending.state != QLatin1String("pending") || pending.consumed)
        return QStringLiteral("request %1 was already decided").arg(pending.id);
    if (pending.created.secsTo(ctx.state.now()) > 300)
        return QStringLiteral("request %1 has expired").arg(pending.id);
    if (!approve) {
        pending.state = QStringLiteral("denied");
        return {};
    }
    if (skip2fa && pending.kind != QLatin1String("2fa"))
        return QStringLiteral("skip_2fa applies to 2FA approvals only");
    if (pending.kind == QLatin1String("login")) {
        if (!ctx.state.user(username))
            return QStringLiteral("unknown user \"%1\"").arg(username);
        pending.username = username;
        pending.result = createSession(ctx, username).secret;
    } else {
        if (!username.isEmpty() && username != pending.username)
            return QStringLiteral("request %1 belongs to another user").arg(pending.id);
        IssuedCode code{pending.username, crypto::randomDigits(16), ctx.state.now().addSecs(300),
                        true, false};
        ctx.state.codes.append(code);
        pending.result = code.code;
        if (skip2fa) {
            if (User *user = ctx.state.user(pending.username))
                user->skip2faUntil = ctx.state.now().addSecs(kSkip2faSeconds);
        }
    }
    pending.state = QStringLiteral("approved");
    return {};
}

} // namespace td::sandbox::auth
