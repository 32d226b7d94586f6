// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/wizards/createtoken/DraftPage.h"

class QButtonGroup;
class QLabel;
class QPushButton;

namespace td {

// Page 1: what the token is for. Each preset sets permission, expiry and bypass-2FA in the
// draft and the draft explains why; for CI publishing it points to trusted publishing instead.
class PurposePage : public DraftPage
{
    Q_OBJECT
public:
    explicit PurposePage(TokenDraft *draft, QWidget *parent = nullptr);

Q_SIGNALS:
    void trustedPublishingRequested();

protected:
    void syncFromDraft() override;

private:
    QButtonGroup *m_group;
    QLabel *m_explanation;
    QPushButton *m_trustedPublishing;
};

} // namespace td
