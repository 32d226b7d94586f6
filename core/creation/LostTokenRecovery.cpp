// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/creation/LostTokenRecovery.h"

#include "core/registry/RegistryClient.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QPointer>

namespace td {

namespace {

// lupdate files these strings under the context Q_DECLARE_TR_FUNCTIONS names, which is the one
// they are looked up with (a free Text::tr() helper put them under "td" and they never translated).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(td::LostTokenRecovery)
};

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// "id 1b2c…, npm_AbCd...wxyz, created 2026-12-04T21:00:01Z": everything needed to find it again.
QString describe(const Token &token)
{
    QString text = Text::tr("id %1").arg(token.key);
    if (!token.redacted.isEmpty())
        text += QStringLiteral(", ") + token.redacted;
    return text + QStringLiteral(", ") + Text::tr("created %1").arg(utc(token.created));
}

QString howToRevoke()
{
    return Text::tr("Revoke it with 'tokendesk-cli token revoke <id>' or on npmjs.com under Access "
                    "Tokens.");
}

LostCreateOutcome outcome(LostCreateOutcome::Kind kind, QList<Token> tokens, QString message,
                          QString hint, const Error &lost)
{
    LostCreateOutcome result;
    result.kind = kind;
    result.tokens = std::move(tokens);
    result.error = makeError(lost.code, std::move(message), std::move(hint), lost.httpStatus);
    return result;
}

// The request may still be on its way through the registry: no answer came at all.
bool stillInFlight(const Error &lost)
{
    return lost.code == ErrorCode::Timeout || lost.code == ErrorCode::AnswerLost;
}

} // namespace

bool createMayHaveSucceeded(const Error &error)
{
    switch (error.code) {
    case ErrorCode::AnswerLost:        // the connection broke after the request was sent
    case ErrorCode::Timeout:           // stalled after the request went out
    case ErrorCode::MalformedResponse: // a 2xx whose body was cut short, broken, empty or huge
    case ErrorCode::ServerError:       // a 5xx: a gateway may answer after the registry acted
        return true;
    default:
        return false;
    }
}

void recoverLostCreate(RegistryClient &registry, const CreateAttempt &attempt, const Error &lost,
                       QObject *context, std::function<void(LostCreateOutcome)> done,
                       TwoFactorPrompt *prompt)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto deliver = [guard, hadContext, done](LostCreateOutcome result) {
        if (!hadContext || guard)
            done(std::move(result));
    };
    QPointer<RegistryClient> client(&registry);
    qCInfo(lcTokens) << "token create answer lost:" << lost.codeName() << "- looking the token up";
    registry.listTokens(nullptr, [client, attempt, lost, deliver, prompt](Result<TokenPage> page) {
        using Kind = LostCreateOutcome::Kind;
        if (!page || !client) {
            const QString why = page ? Text::tr("the sign-in ended") : page.error().message;
            return deliver(outcome(
                Kind::LookupFailed, {},
                Text::tr(
                    "The registry may have created token '%1' but its answer was lost (%2), and "
                    "TokenDesk could not check (%3).")
                    .arg(attempt.name, lost.message, why),
                Text::tr(
                    "Look for a token named '%1' created at or after %2 and revoke it: its secret "
                    "was never received. %3")
                    .arg(attempt.name, utc(attempt.sentAt), howToRevoke()),
                lost));
        }
        const QList<Token> found = tokensFromLostCreate(page.value().tokens, attempt);
        if (found.isEmpty()) {
            // A registry still working on a stalled request may make the token after this look.
            const QString hint = stillInFlight(lost)
                ? Text::tr("Create it again. If a token named '%1' created at or after %2 shows up "
                           "later, revoke it: its secret was never received.")
                      .arg(attempt.name, utc(attempt.sentAt))
                : Text::tr("Create it again.");
            return deliver(
                outcome(Kind::NotCreated, {},
                        Text::tr("%1 TokenDesk checked: the registry has not created token "
                                 "'%2'.")
                            .arg(lost.message, attempt.name),
                        hint, lost));
        }
        if (found.size() > 1) {
            QStringList listed;
            for (const Token &token : found)
                listed.append(describe(token));
            return deliver(outcome(
                Kind::Ambiguous, found,
                Text::tr(
                    "The registry created token '%1' but its answer was lost; %n tokens with that "
                    "name were created since, so TokenDesk revoked none of them: %2.",
                    nullptr, int(found.size()))
                    .arg(attempt.name, listed.join(QStringLiteral("; "))),
                Text::tr(
                    "Revoke the ones you do not use (the newest is most likely the lost one). %1")
                    .arg(howToRevoke()),
                lost));
        }
        const Token token = found.constFirst();
        client->revokeToken(
            token.key, nullptr,
            [token, attempt, lost, deliver](Result<void> gone) {
                if (!gone) {
                    qCWarning(lcTokens)
                        << "revoking the lost token failed:" << gone.error().codeName();
                    return deliver(outcome(
                        Kind::RevokeFailed, {token},
                        Text::tr("The registry created token '%1' but its answer was lost, and "
                                 "TokenDesk "
                                 "could not revoke it (%2): %3.")
                            .arg(attempt.name, gone.error().message, describe(token)),
                        Text::tr(
                            "Its secret was never received. Revoke it with 'tokendesk-cli token "
                            "revoke %1' or on npmjs.com under Access Tokens, then create it again.")
                            .arg(token.key),
                        lost));
                }
                qCInfo(lcTokens) << "lost token revoked";
                deliver(outcome(Kind::Revoked, {token},
                                Text::tr("The registry created token '%1' but its answer was lost; "
                                         "TokenDesk revoked it (%2).")
                                    .arg(attempt.name, describe(token)),
                                Text::tr("Create it again."), lost));
            },
            prompt);
    });
}

} // namespace td
