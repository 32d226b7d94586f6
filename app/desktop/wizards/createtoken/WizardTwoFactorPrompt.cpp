// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/WizardTwoFactorPrompt.h"

namespace td {

WizardTwoFactorPrompt::WizardTwoFactorPrompt(QObject *parent) : GuiTwoFactorPrompt(nullptr, parent)
{
    setShowsCodeDialog(false);
    setShowsApprovalDialog(false);
}

} // namespace td
