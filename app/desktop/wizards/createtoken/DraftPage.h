// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/TokenDraft.h"

#include <QLabel>
#include <QList>
#include <QWizardPage>

namespace td {

// A wizard page that edits part of the shared TokenDraft. It owns no rules: it is complete
// exactly when the draft reports no issue for the fields the page shows, and it re-checks on
// every change of the draft, so Next follows the typing live.
class DraftPage : public QWizardPage
{
    Q_OBJECT
public:
    DraftPage(TokenDraft *draft, QList<TokenDraft::Field> fields, QWidget *parent = nullptr);

    bool isComplete() const override;
    QList<TokenDraft::Field> fields() const { return m_fields; }

protected:
    TokenDraft *draft() const { return m_draft; }
    // Called on every draft change while the page is shown: bring widgets in line with the
    // draft without emitting their edit signals back.
    virtual void syncFromDraft() { }
    void initializePage() override;
    // Guards against the feedback loop widget → draft → syncFromDraft → widget.
    bool isSyncing() const { return m_syncing; }

private:
    void onDraftChanged();

    TokenDraft *m_draft;
    QList<TokenDraft::Field> m_fields;
    bool m_syncing = false;
};

// Shows the draft's first message for some fields, live, in the warning colour; empty and
// hidden when they are fine. Screen readers get it as the description of `buddy`.
class FieldMessageLabel : public QLabel
{
    Q_OBJECT
public:
    FieldMessageLabel(TokenDraft *draft, QList<TokenDraft::Field> fields, QWidget *buddy,
                      QWidget *parent = nullptr);

    // An extra message the page computes through TokenPolicy (shown after the draft's).
    void setExtraSource(std::function<QString()> source) { m_extra = std::move(source); }
    void refresh();

private:
    TokenDraft *m_draft;
    QList<TokenDraft::Field> m_fields;
    QWidget *m_buddy;
    std::function<QString()> m_extra;
};

// objectName + accessible name in one call: every interactive child gets both.
template<class W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace td
