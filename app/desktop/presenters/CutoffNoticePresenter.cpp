// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/CutoffNoticePresenter.h"

#include "core/migration/TokenUsage.h"
#include "core/util/Logging.h"
#include "desktop/tray/TrayController.h"

#include <QCoreApplication>

namespace td {

namespace {
bool isCiPlace(const CredentialFinding &finding)
{
    return finding.form == CredentialForm::CiSecret
        || finding.source == CredentialSource::GitHubWorkflow
        || finding.source == CredentialSource::GitLabCi;
}
} // namespace

CutoffNoticePresenter::CutoffNoticePresenter(TrayController &tray, const Clock &clock,
                                             const QString &memoryPath, QObject *parent)
    : QObject(parent), m_tray(tray), m_notices(clock, memoryPath)
{
    if (Result<void> loaded = m_notices.load(); !loaded) {
        m_memoryProblem = loaded.error().message;
        qCWarning(lcApp) << m_memoryProblem;
    }
}

QList<CutoffCandidate> CutoffNoticePresenter::candidates(const QList<Token> &tokens,
                                                         const QList<TokenUse> &uses,
                                                         const QString &homeDir)
{
    QList<CutoffCandidate> found;
    for (const Token &token : tokens) {
        if (!token.canPublishDirectly())
            continue;
        CutoffCandidate candidate{token, {}};
        for (const CredentialFinding &place : placesOf(token, uses)) {
            const QString text = usagePlaceText(place, homeDir);
            if (isCiPlace(place) && !candidate.ciPlaces.contains(text))
                candidate.ciPlaces << text;
        }
        if (!candidate.ciPlaces.isEmpty())
            found << candidate;
    }
    return found;
}

void CutoffNoticePresenter::check(const QList<Token> &tokens, const QList<TokenUse> &uses,
                                  const QString &homeDir)
{
    for (const CutoffNotice &notice : m_notices.due(candidates(tokens, uses, homeDir))) {
        if (m_inFlight.contains(notice.tokenKey))
            continue;
        m_inFlight.insert(notice.tokenKey);
        const QString key = notice.tokenKey;
        m_tray.notifyPublishCutoff(QCoreApplication::translate("td::Application", "TokenDesk"),
                                   notice.text, key, [this, key](bool shown) {
                                       m_inFlight.remove(key);
                                       if (!shown)
                                           return;
                                       if (Result<void> saved = m_notices.markShown(key); !saved)
                                           qCWarning(lcApp) << saved.error().message;
                                   });
    }
}

} // namespace td
