// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/wizards/createtoken/DraftPage.h"

class QLineEdit;
class QPushButton;

namespace td {

// Page 5: the token's name (a suggestion from purpose and grants) and description.
class NamePage : public DraftPage
{
    Q_OBJECT
public:
    explicit NamePage(TokenDraft *draft, QWidget *parent = nullptr);

protected:
    void initializePage() override;
    void syncFromDraft() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPushButton *m_useSuggested;
};

} // namespace td
