// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/wizards/createtoken/DraftPage.h"

#include <functional>

class QLabel;

namespace td {

// Page 6: a plain summary of what the token will be able to do, with the draft's warnings.
class ReviewPage : public DraftPage
{
    Q_OBJECT
public:
    explicit ReviewPage(TokenDraft *draft, QWidget *parent = nullptr);

    // How many packages the account has (for "can publish all 47 packages"); -1 = unknown.
    void setAccountPackageCount(std::function<int()> count) { m_packageCount = std::move(count); }
    QString summaryText() const;
    QStringList warnings() const;

protected:
    void syncFromDraft() override;

private:
    QLabel *m_summary;
    QLabel *m_warnings;
    QLabel *m_issues;
    std::function<int()> m_packageCount;
};

} // namespace td
