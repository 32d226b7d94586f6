// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/DraftPage.h"

#include <algorithm>

namespace td {

DraftPage::DraftPage(TokenDraft *draft, QList<TokenDraft::Field> fields, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_fields(std::move(fields))
{
    connect(m_draft, &TokenDraft::changed, this, &DraftPage::onDraftChanged);
}

bool DraftPage::isComplete() const
{
    const QList<TokenDraft::Issue> issues = m_draft->issues();
    return std::none_of(issues.cbegin(), issues.cend(), [this](const TokenDraft::Issue &issue) {
        return m_fields.contains(issue.field);
    });
}

void DraftPage::initializePage()
{
    onDraftChanged();
}

void DraftPage::onDraftChanged()
{
    if (!m_syncing) {
        m_syncing = true;
        syncFromDraft();
        m_syncing = false;
    }
    Q_EMIT completeChanged();
}

FieldMessageLabel::FieldMessageLabel(TokenDraft *draft, QList<TokenDraft::Field> fields,
                                     QWidget *buddy, QWidget *parent)
    : QLabel(parent), m_draft(draft), m_fields(std::move(fields)), m_buddy(buddy)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    setPalette(p);
    connect(m_draft, &TokenDraft::changed, this, &FieldMessageLabel::refresh);
    refresh();
}

void FieldMessageLabel::refresh()
{
    QStringList messages;
    for (const TokenDraft::Field field : std::as_const(m_fields)) {
        const QString message = m_draft->firstMessage(field);
        if (!message.isEmpty() && !messages.contains(message))
            messages << message;
    }
    if (m_extra) {
        const QString extra = m_extra();
        if (!extra.isEmpty() && !messages.contains(extra))
            messages << extra;
    }
    const QString text = messages.join(QLatin1Char('\n'));
    setText(text);
    setVisible(!text.isEmpty());
    if (m_buddy)
        m_buddy->setAccessibleDescription(text);
}

} // namespace td
