// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/BatchTwoFactorPrompt.h"

#include "core/util/Clock.h"
#include "core/util/Error.h"

#include <QCoreApplication>

namespace td {

BatchTwoFactorPrompt::BatchTwoFactorPrompt(TwoFactorPrompt *inner, const Clock &clock)
    : m_inner(inner), m_clock(clock)
{ }

bool BatchTwoFactorPrompt::codeStillValid() const
{
    if (m_code.isEmpty() || !m_enteredAt.isValid())
        return false;
    // Registries accept a code in the 30-second step it belongs to and usually the next one
    // (clock skew). Past that it is surely stale; before that, a refusal makes the caller
    // forgetCode() and retry with a fresh one.
    return m_enteredAt.secsTo(m_clock.now()) < 2 * kWindowSeconds;
}

void BatchTwoFactorPrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (codeStillValid())
        return answer(SecretBuffer(m_code.view()));
    forgetCode();
    if (!m_inner)
        return answer(makeError(ErrorCode::EOTP,
                                QCoreApplication::translate("td::BatchTwoFactorPrompt",
                                                            "A one-time password is needed.")));
    ++m_asked;
    m_inner->askForCode(reason, [this, answer](Result<SecretBuffer> code) {
        if (code) {
            m_code = SecretBuffer(code.value().view());
            m_enteredAt = m_clock.now();
        }
        answer(std::move(code));
    });
}

void BatchTwoFactorPrompt::showApprovalPage(const QUrl &url, Purpose purpose,
                                            std::function<void()> cancel)
{
    if (!m_inner)
        return cancel();
    ++m_asked;
    // Only the batch's first approval page carries the "skip for 5 minutes" advice: a second
    // page means the box was left unticked or the five minutes ran out. Codes asked before do
    // not count: the first page is still the one whose box covers the rest of the batch.
    if (purpose == Purpose::Approve && m_approvalPages++ == 0)
        purpose = Purpose::ApproveBatch;
    m_inner->showApprovalPage(url, purpose, std::move(cancel));
}

void BatchTwoFactorPrompt::approvalFinished()
{
    if (m_inner)
        m_inner->approvalFinished();
}

void BatchTwoFactorPrompt::forgetCode()
{
    m_code = SecretBuffer();
    m_enteredAt = QDateTime();
}

} // namespace td
