// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/PurposePage.h"

#include "desktop/wizards/createtoken/PageBody.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

namespace {
struct PurposeChoice
{
    TokenDraft::Purpose purpose;
    const char *objectName;
};
constexpr PurposeChoice kChoices[] = {
    {TokenDraft::Purpose::PublishFromCi, "purposePublishFromCi"},
    {TokenDraft::Purpose::InstallPrivateInCi, "purposeInstallPrivateInCi"},
    {TokenDraft::Purpose::PublishFromComputer, "purposePublishFromComputer"},
    {TokenDraft::Purpose::Custom, "purposeCustom"},
};
} // namespace

PurposePage::PurposePage(TokenDraft *draft, QWidget *parent)
    : DraftPage(draft, {}, parent), m_group(new QButtonGroup(this))
{
    setTitle(tr("What is the token for?"));
    setSubTitle(tr("A preset chooses the permission, the expiry and 2FA for you; you can change "
                   "each of them on the next pages."));
    auto *layout = new QVBoxLayout(scrollingBody(this));
    for (const PurposeChoice &choice : kChoices) {
        const QString label = TokenDraft::purposeLabel(choice.purpose);
        auto *button = named(new QRadioButton(label, this), choice.objectName, label);
        m_group->addButton(button, int(choice.purpose));
        layout->addWidget(button);
    }
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("purposeExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    layout->addSpacing(8);
    layout->addWidget(m_explanation);
    m_trustedPublishing
        = named(new QPushButton(tr("Set up &trusted publishing instead"), this),
                "openTrustedPublishingButton", tr("Set up trusted publishing instead"));
    m_trustedPublishing->setToolTip(tr("CI publishes with a short-lived OIDC credential, so no "
                                       "token has to be stored in CI at all."));
    layout->addWidget(m_trustedPublishing, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        // Re-clicking the current preset must not wipe what later pages changed.
        if (TokenDraft::Purpose(id) != this->draft()->purpose())
            this->draft()->setPurpose(TokenDraft::Purpose(id));
    });
    connect(m_trustedPublishing, &QPushButton::clicked, this,
            &PurposePage::trustedPublishingRequested);
    syncFromDraft();
}

void PurposePage::syncFromDraft()
{
    if (QAbstractButton *button = m_group->button(int(draft()->purpose())))
        button->setChecked(true);
    m_explanation->setText(draft()->purposeExplanation());
    m_trustedPublishing->setVisible(draft()->recommendsTrustedPublishing());
}

} // namespace td
