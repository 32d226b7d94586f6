// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/signin/GuiTwoFactorPrompt.h"

namespace td {

// The new-token wizard's side of a 2FA challenge: the desktop's GuiTwoFactorPrompt without its
// dialog, because the AuthenticatePage shows the code request and the browser approval inline
// (from codeRequested / approvalStarted / approvalEnded). Pending answers, cancel, the preset
// code typed before "Create token" and the URL opener all come from GuiTwoFactorPrompt, so the
// behaviour lives once for sign-in, revoke and the wizard.
class WizardTwoFactorPrompt final : public GuiTwoFactorPrompt
{
public:
    explicit WizardTwoFactorPrompt(QObject *parent = nullptr);
};

} // namespace td
