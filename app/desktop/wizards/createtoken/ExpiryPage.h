// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/wizards/createtoken/DraftPage.h"

class QButtonGroup;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace td {

class Clock;

// Page 4: when the token expires (npm's presets or a custom date, with the policy shown) and
// from which IPv4 ranges it may be used.
class ExpiryPage : public DraftPage
{
    Q_OBJECT
public:
    ExpiryPage(TokenDraft *draft, const Clock &clock, QWidget *parent = nullptr);

protected:
    void syncFromDraft() override;

private:
    void onChoice(int id);
    void pushCustomDate();
    QString policyText() const;

    const Clock &m_clock;
    QButtonGroup *m_group;
    QDateEdit *m_customDate;
    QLabel *m_policy;
    QLabel *m_expiresAt;
    QLineEdit *m_cidr;
};

} // namespace td
