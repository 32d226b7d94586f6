// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/firstrun/PracticeCodePrompt.h"

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace td {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::PracticeRegistry)
};
} // namespace

PracticeCodePrompt::PracticeCodePrompt(QNetworkAccessManager *network, QUrl sandbox, QString user,
                                       QObject *context)
    : m_network(network), m_sandbox(std::move(sandbox)), m_user(std::move(user)), m_context(context)
{ }

void PracticeCodePrompt::askForCode(const QString &, CodeAnswer answer)
{
    QUrl url = m_sandbox.resolved(QUrl(QStringLiteral("-/sandbox/totp")));
    url.setQuery(QUrlQuery{{QStringLiteral("username"), m_user}});
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, m_context ? m_context.data() : reply,
                     [reply, answer = std::move(answer)] {
                         reply->deleteLater();
                         const QJsonObject body
                             = QJsonDocument::fromJson(reply->readAll()).object();
                         const QString code = body.value(QLatin1String("code")).toString();
                         if (reply->error() != QNetworkReply::NoError || code.isEmpty()) {
                             answer(makeError(ErrorCode::Network,
                                              Tr::tr("The practice registry did not give its "
                                                     "one-time code."),
                                              Tr::tr("Quit TokenDesk and try again.")));
                             return;
                         }
                         answer(SecretBuffer::fromString(code));
                     });
}

void PracticeCodePrompt::showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel)
{
    cancel();
}

} // namespace td
