// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/ExpiryPage.h"

#include "core/util/Clock.h"
#include "desktop/wizards/createtoken/PageBody.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace td {

namespace {
constexpr int kCustomId = 0; // presets are positive day counts; -1 would mean "assign an id"
}

ExpiryPage::ExpiryPage(TokenDraft *draft, const Clock &clock, QWidget *parent)
    : DraftPage(draft, {TokenDraft::Field::Expiry, TokenDraft::Field::Cidr}, parent),
      m_clock(clock),
      m_group(new QButtonGroup(this))
{
    setTitle(tr("Expiry and IP ranges"));
    setSubTitle(tr("A shorter life limits the damage of a leaked token. TokenDesk reminds you "
                   "before it expires."));
    auto *layout = new QVBoxLayout(scrollingBody(this));
    m_policy = new QLabel(this);
    m_policy->setObjectName(QStringLiteral("expiryPolicy"));
    m_policy->setWordWrap(true);
    layout->addWidget(m_policy);

    for (const int days : draft->policy().limits().expiryPresetsDays) {
        auto *button = new QRadioButton(tr("%n day(s)", nullptr, days), this);
        button->setAccessibleName(tr("Expires in %n day(s)", nullptr, days));
        button->setObjectName(QStringLiteral("expiry%1Days").arg(days));
        m_group->addButton(button, days);
        layout->addWidget(button);
    }
    auto *customRow = new QHBoxLayout;
    auto *custom = named(new QRadioButton(tr("&Custom date:"), this), "expiryCustom",
                         tr("Custom expiry date"));
    m_group->addButton(custom, kCustomId);
    m_customDate = named(new QDateEdit(this), "expiryCustomDate", tr("Custom expiry date"));
    m_customDate->setCalendarPopup(true);
    m_customDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_customDate->setDate(m_clock.now().date().addDays(14));
    customRow->addWidget(custom);
    customRow->addWidget(m_customDate);
    customRow->addStretch();
    layout->addLayout(customRow);
    m_expiresAt = new QLabel(this);
    m_expiresAt->setObjectName(QStringLiteral("expiresAt"));
    layout->addWidget(m_expiresAt);
    auto *expiryMessage = new FieldMessageLabel(draft, {TokenDraft::Field::Expiry}, custom, this);
    expiryMessage->setObjectName(QStringLiteral("expiryMessage"));
    layout->addWidget(expiryMessage);

    m_cidr = named(new QLineEdit(this), "cidrEdit", tr("Allowed IP ranges"));
    m_cidr->setPlaceholderText(tr("any address, or e.g. 192.0.2.0/24, 198.51.100.7/32"));
    auto *form = new QFormLayout;
    auto *cidrLabel = new QLabel(tr("Allowed &IP ranges (IPv4 CIDR):"), this);
    cidrLabel->setBuddy(m_cidr);
    form->addRow(cidrLabel, m_cidr);
    layout->addSpacing(8);
    layout->addLayout(form);
    auto *cidrMessage = new FieldMessageLabel(draft, {TokenDraft::Field::Cidr}, m_cidr, this);
    cidrMessage->setObjectName(QStringLiteral("cidrMessage"));
    layout->addWidget(cidrMessage);
    layout->addStretch();

    connect(m_group, &QButtonGroup::idClicked, this, &ExpiryPage::onChoice);
    connect(m_customDate, &QDateEdit::dateChanged, this, [this] {
        if (!isSyncing() && m_group->checkedId() == kCustomId)
            pushCustomDate();
    });
    connect(m_cidr, &QLineEdit::textEdited, this, [this](const QString &text) {
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        this->draft()->setCidrRanges(text.split(separators, Qt::SkipEmptyParts));
    });
    syncFromDraft();
}

void ExpiryPage::onChoice(int id)
{
    if (id == kCustomId)
        pushCustomDate();
    else
        draft()->setExpiryDays(id);
}

void ExpiryPage::pushCustomDate()
{
    // The token lives until the end of the chosen day, local time.
    const QDateTime end(m_customDate->date(), QTime(23, 59, 59), Qt::LocalTime);
    draft()->setCustomExpiry(end.toUTC());
}

QString ExpiryPage::policyText() const
{
    const TokenPolicy &policy = draft()->policy();
    const TokenPolicyLimits &limits = policy.limits();
    QString text = tr("npm's rules: tokens that can write live %1 to %2 days (default %3); "
                      "read-only tokens default to %4 days with no maximum.")
                       .arg(limits.writeMinDays)
                       .arg(limits.writeMaxDays)
                       .arg(limits.writeDefaultDays)
                       .arg(limits.readOnlyDefaultDays);
    text += u' ';
    text += draft()->isWrite() ? tr("This token can write.") : tr("This token is read-only.");
    return text;
}

void ExpiryPage::syncFromDraft()
{
    m_policy->setText(policyText());
    if (draft()->hasCustomExpiry()) {
        m_group->button(kCustomId)->setChecked(true);
        m_customDate->setDate(draft()->customExpiry().toLocalTime().date());
    } else if (QAbstractButton *preset = m_group->button(draft()->expiryDays())) {
        preset->setChecked(true);
    } else {
        // A number of days that is no preset (from the CLI flags, say): no preset is ticked.
        m_group->setExclusive(false);
        for (QAbstractButton *button : m_group->buttons())
            button->setChecked(false);
        m_group->setExclusive(true);
    }
    m_customDate->setEnabled(draft()->hasCustomExpiry());
    m_expiresAt->setText(
        tr("Expires %1 (in %n day(s)).", nullptr, draft()->expiryDays())
            .arg(QLocale().toString(draft()->expiresAt().toLocalTime(), QLocale::LongFormat)));
    const QString typed = m_cidr->text();
    const QStringList ranges = draft()->cidrRanges();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    if (typed.split(separators, Qt::SkipEmptyParts) != ranges)
        m_cidr->setText(ranges.join(QStringLiteral(", ")));
}

} // namespace td
