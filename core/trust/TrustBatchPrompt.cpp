// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/TrustBatchPrompt.h"

#include "util/Error.h"

#include <QCoreApplication>

namespace td {

void TrustBatchPrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (m_code)
        return answer(SecretBuffer(m_code->view()));
    if (!m_inner)
        return answer(makeError(
            ErrorCode::EOTP,
            QCoreApplication::translate("td::TrustBatchPrompt", "A one-time password is needed.")));
    ++m_asked;
    m_inner->askForCode(reason, [this, answer = std::move(answer)](Result<SecretBuffer> code) {
        if (code)
            m_code.emplace(code.value().view());
        answer(std::move(code));
    });
}

void TrustBatchPrompt::showApprovalPage(const QUrl &url, Purpose purpose,
                                        std::function<void()> cancel)
{
    ++m_asked;
    if (m_inner)
        m_inner->showApprovalPage(url, purpose, std::move(cancel));
}

void TrustBatchPrompt::approvalFinished()
{
    if (m_inner)
        m_inner->approvalFinished();
}

} // namespace td
