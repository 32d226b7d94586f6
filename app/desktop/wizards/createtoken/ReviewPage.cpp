// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/ReviewPage.h"

#include "desktop/wizards/createtoken/PageBody.h"
#include "desktop/wizards/createtoken/PermissionCombo.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace td {

namespace {
QLabel *textLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // screen-reader users can land on it with Tab
    return label;
}
} // namespace

ReviewPage::ReviewPage(TokenDraft *draft, QWidget *parent)
    : DraftPage(draft,
                {TokenDraft::Field::Name, TokenDraft::Field::Description,
                 TokenDraft::Field::Packages, TokenDraft::Field::Scopes,
                 TokenDraft::Field::PackagesPermission, TokenDraft::Field::Orgs,
                 TokenDraft::Field::OrgsPermission, TokenDraft::Field::Grants,
                 TokenDraft::Field::Expiry, TokenDraft::Field::Cidr, TokenDraft::Field::Bypass2fa},
                parent)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check what the token will be able to do before it is created."));
    m_summary = textLabel("reviewSummary", this);
    m_summary->setAccessibleName(tr("Summary"));
    m_warnings = textLabel("reviewWarnings", this);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_issues = textLabel("reviewIssues", this);
    m_issues->setAccessibleName(tr("Problems to fix"));
    QPalette p = m_issues->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_issues->setPalette(p);
    auto *layout = new QVBoxLayout(scrollingBody(this));
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_warnings);
    layout->addWidget(m_issues);
    layout->addStretch();
}

QString ReviewPage::summaryText() const
{
    const TokenDraft &d = *draft();
    QStringList lines;
    lines << tr("Name: %1").arg(d.name());
    if (!d.description().isEmpty())
        lines << tr("Description: %1").arg(d.description());
    lines << tr("Purpose: %1").arg(TokenDraft::purposeLabel(d.purpose()));
    if (d.allPackages())
        lines << tr("Packages: all packages, including new ones (%1)")
                     .arg(PermissionCombo::label(d.packagesPermission()));
    else if (!d.packages().isEmpty() || !d.scopes().isEmpty())
        lines << tr("Packages and scopes: %1 (%2)")
                     .arg(QLocale().createSeparatedList(d.scopes() + d.packages()),
                          PermissionCombo::label(d.packagesPermission()));
    else
        lines << tr("Packages and scopes: none");
    if (!d.orgs().isEmpty())
        lines << tr("Organizations: %1 (%2)")
                     .arg(QLocale().createSeparatedList(d.orgs()),
                          PermissionCombo::label(d.orgsPermission()));
    lines << tr("Expires: %1")
                 .arg(QLocale().toString(d.expiresAt().toLocalTime(), QLocale::LongFormat));
    lines << (d.cidrRanges().isEmpty()
                  ? tr("Usable from: any IP address")
                  : tr("Usable from: %1").arg(d.cidrRanges().join(QStringLiteral(", "))));
    if (d.isWrite())
        lines << (d.bypass2fa() ? tr("Two-factor authentication: bypassed")
                                : tr("Two-factor authentication: required to publish"));
    return lines.join(QLatin1Char('\n'));
}

QStringList ReviewPage::warnings() const
{
    return draft()->reviewWarnings(m_packageCount ? m_packageCount() : -1);
}

void ReviewPage::syncFromDraft()
{
    m_summary->setText(summaryText());
    QStringList bullets;
    for (const QString &warning : warnings())
        bullets << QStringLiteral("⚠ ") + warning;
    m_warnings->setText(bullets.join(QLatin1Char('\n')));
    QStringList problems;
    for (const TokenDraft::Issue &issue : draft()->issues())
        problems << issue.message;
    m_issues->setText(problems.join(QLatin1Char('\n')));
    m_issues->setVisible(!problems.isEmpty());
}

} // namespace td
