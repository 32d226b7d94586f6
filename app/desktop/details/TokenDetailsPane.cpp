// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/details/TokenDetailsPane.h"

#include "core/account/RegistryExpiryText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace td {

namespace {
QString dateText(const QDateTime &when, const QString &missing)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : missing;
}

QString listOrNone(const QStringList &items, const QString &none)
{
    return items.isEmpty() ? none : items.join(QStringLiteral(", ")).toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

TokenDetailsPane::TokenDetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Token details"));
    auto *layout = new QVBoxLayout(this);
    // Until a token is selected the pane says so in plain text. The details are rich text,
    // which a label lays out through a text document at every width its layout asks about:
    // kept out of the start-up window, that costs nothing before the first paint (issue 18).
    m_placeholder = new QLabel(
        tr("Select a token to see its permissions, scopes and where it is used."), this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_placeholder, 1);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("detailsText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                    | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_body, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("td:ci-services"))
            Q_EMIT ciServicesRequested();
    });
    layout->addWidget(m_body, 1);
    m_releases = new QLabel(this);
    m_releases->setObjectName(QStringLiteral("releaseChecks"));
    m_releases->setAccessibleName(tr("Last releases"));
    m_releases->setWordWrap(true);
    m_releases->setTextFormat(Qt::PlainText);
    m_releases->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_releases->hide();
    layout->addWidget(m_releases);

    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_rotate = new QPushButton(tr("R&otate"), this);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_rotate);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyRequested(m_key); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { Q_EMIT rotateRequested(m_key); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { Q_EMIT revokeRequested(m_key); });
    clear();
}

void TokenDetailsPane::clear()
{
    m_key.clear();
    m_releases->clear();
    m_releases->hide();
    m_body->hide();
    m_body->clear();
    m_placeholder->show();
    for (QPushButton *button : {m_copy, m_rotate, m_revoke})
        button->setEnabled(false);
}

void TokenDetailsPane::showToken(const Token &token, bool inKeychain, const TokenUsageView &usage)
{
    if (token.key != m_key) { // another token's releases
        m_releases->clear();
        m_releases->hide();
    }
    m_key = token.key;
    const QString none = tr("none");
    QString packages;
    if (token.allPackages)
        packages = tr("all packages");
    else
        packages = listOrNone(token.packages + token.scopes, none);

    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg((token.name.isEmpty() ? token.redacted : token.name).toHtmlEscaped());
    if (!token.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(token.description.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Kind"), tokenKindLabel(token.kind).toHtmlEscaped());
    html += row(tr("Token"), token.redacted.toHtmlEscaped());
    // Where else its value lives, near the top: a long package list must not push it out of view.
    if (!usage.ciSecrets.isEmpty())
        html += row(tr("In CI"),
                    usage.ciSecrets.join(QLatin1Char('\n'))
                            .toHtmlEscaped()
                            .replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                        + (usage.ciNeedsConnection
                               ? QStringLiteral("<br><a href=\"td:ci-services\">%1</a>")
                                     .arg(tr("Connect a CI service…").toHtmlEscaped())
                               : QString()));
    html += row(tr("Packages and scopes"),
                packages + QStringLiteral(" (") + permissionId(token.packagesPermission)
                    + QLatin1Char(')'));
    html += row(tr("Organizations"),
                token.orgs.isEmpty() ? none
                                     : listOrNone(token.orgs, none) + QStringLiteral(" (")
                        + permissionId(token.orgsPermission) + QLatin1Char(')'));
    html += row(tr("Allowed IP ranges"), listOrNone(token.cidr, tr("any address")));
    html += row(tr("Bypasses 2FA"), token.bypass2fa ? tr("yes") : tr("no"));
    html += row(tr("Created"), dateText(token.created, tr("unknown")).toHtmlEscaped());
    html += row(tr("Last used"), dateText(token.lastUsed, tr("never or unknown")).toHtmlEscaped());
    html += row(tr("Expires"),
                dateText(token.expires, tokenWithoutExpiryText(m_kind)).toHtmlEscaped());
    if (token.isRevoked())
        html += row(tr("Revoked"), dateText(token.revoked, {}).toHtmlEscaped());
    html += row(tr("Secret"), inKeychain ? tr("in your keychain") : tr("not stored by TokenDesk"));
    QString used;
    // A rescan keeps showing what the previous one found; "scanning…" only when nothing is known.
    if (usage.state == TokenUsageView::State::Scanning && usage.places.isEmpty())
        used = tr("scanning…");
    else if (usage.state == TokenUsageView::State::NotScanned)
        used = tr("not scanned yet");
    else if (usage.places.isEmpty())
        used = tr("not used on this computer");
    else
        used = usage.places.join(QLatin1Char('\n'))
                   .toHtmlEscaped()
                   .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    html += row(tr("Used on this machine"), used);
    html += QStringLiteral("</table>");
    m_body->setText(html);
    m_placeholder->hide();
    m_body->show();

    m_copy->setEnabled(inKeychain);
    m_copy->setToolTip(inKeychain ? tr("Copy the token; the clipboard is cleared after 30 s")
                                  : tr("TokenDesk does not hold this token's secret"));
    // Rotating is creating a successor and revoking this one: it needs both.
    const QString cannotRevoke = missingCapabilityReason(m_kind, RegistryAction::RevokeToken);
    QString cannotRotate = missingCapabilityReason(m_kind, RegistryAction::CreateToken);
    if (cannotRotate.isEmpty())
        cannotRotate = cannotRevoke;
    m_rotate->setEnabled(!token.isRevoked() && cannotRotate.isEmpty());
    m_rotate->setToolTip(cannotRotate);
    m_revoke->setEnabled(!token.isRevoked() && cannotRevoke.isEmpty());
    m_revoke->setToolTip(cannotRevoke);
}

void TokenDetailsPane::showReleaseChecks(const QString &tokenKey, const QStringList &lines)
{
    if (tokenKey != m_key)
        return;
    m_releases->setText(lines.isEmpty() ? QString()
                                        : tr("Last releases") + QLatin1Char('\n')
                                + lines.join(QLatin1Char('\n')));
    m_releases->setVisible(!lines.isEmpty());
}

QString TokenDetailsPane::releaseChecksText() const
{
    return m_releases->text();
}

QString TokenDetailsPane::text() const
{
    const QString body = m_body->isHidden()
        ? m_placeholder->text()
        : QTextDocumentFragment::fromHtml(m_body->text()).toPlainText();
    return m_releases->text().isEmpty() ? body : body + QLatin1Char('\n') + m_releases->text();
}

} // namespace td
