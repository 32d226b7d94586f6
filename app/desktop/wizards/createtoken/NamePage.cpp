// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/NamePage.h"

#include "desktop/wizards/createtoken/PageBody.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

NamePage::NamePage(TokenDraft *draft, QWidget *parent)
    : DraftPage(draft, {TokenDraft::Field::Name, TokenDraft::Field::Description}, parent)
{
    setTitle(tr("Name and description"));
    setSubTitle(tr("The name is how you will recognise the token in lists and reminders."));
    m_name = named(new QLineEdit(this), "nameEdit", tr("Token name"));
    m_name->setMaxLength(draft->policy().limits().nameMaxLength
                         * 2); // the draft says when too long
    m_useSuggested
        = named(new QPushButton(this), "useSuggestedNameButton", tr("Use the suggested name"));
    m_description = named(new QLineEdit(this), "descriptionEdit", tr("Token description"));
    m_description->setPlaceholderText(tr("optional, e.g. where the token is used"));
    auto *nameMessage = new FieldMessageLabel(draft, {TokenDraft::Field::Name}, m_name, this);
    nameMessage->setObjectName(QStringLiteral("nameMessage"));
    auto *descriptionMessage
        = new FieldMessageLabel(draft, {TokenDraft::Field::Description}, m_description, this);
    descriptionMessage->setObjectName(QStringLiteral("descriptionMessage"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_useSuggested);
    form->addRow(QString(), nameMessage);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    form->addRow(QString(), descriptionMessage);
    auto *layout = new QVBoxLayout(scrollingBody(this));
    layout->addLayout(form);
    layout->addStretch();

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { this->draft()->setName(text); });
    connect(m_description, &QLineEdit::textEdited, this,
            [this](const QString &text) { this->draft()->setDescription(text); });
    connect(m_useSuggested, &QPushButton::clicked, this,
            [this] { this->draft()->setName(this->draft()->suggestedName()); });
    syncFromDraft();
}

void NamePage::initializePage()
{
    // The first visit starts from the suggestion; a name the user typed is never replaced.
    if (draft()->name().isEmpty())
        draft()->setName(draft()->suggestedName());
    DraftPage::initializePage();
}

void NamePage::syncFromDraft()
{
    if (m_name->text() != draft()->name())
        m_name->setText(draft()->name());
    if (m_description->text() != draft()->description())
        m_description->setText(draft()->description());
    const QString suggestion = draft()->suggestedName();
    m_useSuggested->setText(tr("Use suggested: %1").arg(suggestion));
    m_useSuggested->setEnabled(suggestion != draft()->name());
}

} // namespace td
