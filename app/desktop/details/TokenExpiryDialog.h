// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/CredentialExpiry.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;

namespace td {

// "Set token expiry…": the last day an opaque token works (Azure Artifacts' PATs, unknown
// registries), picked in a calendar or with 7/30/90-day presets, or "never expires" where the
// registry kind allows it. It only shows and reports; core/account/TokenExpiryEntry stores it.
class TokenExpiryDialog : public QDialog
{
    Q_OBJECT
public:
    // `today` comes from the app's clock; `current` is shown when the user entered one before.
    TokenExpiryDialog(const QString &accountName, const QDate &today, bool mayNeverExpire,
                      const CredentialExpiry &current, QWidget *parent = nullptr);

    // What the user chose, with the basis "user entered".
    CredentialExpiry chosen() const;

    QDateEdit *dateField() const { return m_date; }
    QCheckBox *neverField() const { return m_never; } // null where the kind does not allow it
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QDateEdit *m_date = nullptr;
    QCheckBox *m_never = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace td
