// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/revoke/RevokeFlow.h"

// Before GuiTwoFactorPrompt.h, whose inline accessors need the complete dialog type.
#include "desktop/signin/TwoFactorDialog.h"

#include "core/migration/ReferenceRemoval.h"
#include "core/registry/RegistryClient.h"
#include "core/tokenlist/TokenSync.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"

#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace td {

RevokeFlow::RevokeFlow(Token token, TokenSync *sync, QWidget *parentWindow, UrlOpener openUrl)
    : QObject(sync),
      m_token(std::move(token)),
      m_sync(sync),
      m_parent(parentWindow),
      m_prompt(new GuiTwoFactorPrompt(parentWindow, this))
{
    m_prompt->setUrlOpener(std::move(openUrl));
}

RevokeFlow::~RevokeFlow()
{
    delete m_confirm.data();
}

void RevokeFlow::setReferences(QList<CredentialFinding> places, QString backupDir, QDateTime now)
{
    m_places = removablePlaces(places);
    m_backupDir = std::move(backupDir);
    m_now = std::move(now);
}

QCheckBox *RevokeFlow::removeReferencesBox() const
{
    return m_confirm ? m_confirm->checkBox() : nullptr;
}

void RevokeFlow::start()
{
    const QString name = m_token.name.isEmpty() ? m_token.redacted : m_token.name;
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Revoke token"),
                                tr("Revoke the npm token '%1'?").arg(name), QMessageBox::NoButton,
                                m_parent);
    m_confirm->setObjectName(QStringLiteral("revokeConfirmation"));
    m_confirm->setInformativeText(
        tr("Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be "
           "undone."));
    QPushButton *revoke = m_confirm->addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevoke"));
    m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    if (!m_places.isEmpty()) {
        QStringList where;
        for (const CredentialFinding &place : std::as_const(m_places))
            where << QDir::toNativeSeparators(place.file) + QLatin1Char(':')
                    + QString::number(place.line);
        auto *remove = new QCheckBox(
            tr("Also remove the %n line(s) that use it on this computer (backed up first)", "",
               int(m_places.size())),
            m_confirm);
        remove->setObjectName(QStringLiteral("removeReferences"));
        remove->setChecked(true);
        remove->setToolTip(where.join(QLatin1Char('\n')));
        m_confirm->setCheckBox(remove);
        m_confirm->setDetailedText(tr("Still used in:") + QLatin1Char('\n')
                                   + where.join(QLatin1Char('\n')));
    }
    connect(m_confirm, &QMessageBox::finished, this, [this, revoke] {
        if (m_confirm && m_confirm->clickedButton() == revoke)
            confirm();
        else
            finish(false, {});
    });
    m_confirm->open();
}

void RevokeFlow::confirm()
{
    m_removeReferences = removeReferencesBox() && removeReferencesBox()->isChecked();
    if (m_confirm) {
        m_confirm->disconnect(this);
        m_confirm->hide();
        m_confirm->deleteLater();
    }
    m_sync->withClient(m_token.accountId, this, [this](Result<RegistryClient *> client) {
        if (!client)
            return finish(false, client.error().oneLine());
        RegistryClient *registry = client.value();
        registry->setAuthType(RegistryClient::AuthType::Web);
        registry->revokeToken(
            m_token.key, this,
            [this](Result<void> revoked) {
                if (!revoked) {
                    m_sync->handleFailure(m_token.accountId, revoked.error());
                    if (revoked.error().code == ErrorCode::Cancelled)
                        return finish(false, {});
                    return finish(false, revoked.error().oneLine());
                }
                finish(true, m_removeReferences ? removeReferences() : QString());
            },
            m_prompt);
    });
}

// Only after the registry revoked it: until then the lines still work.
QString RevokeFlow::removeReferences()
{
    const auto removed = removeTokenLines(m_places, m_backupDir, m_now);
    m_removalFailed = !removed;
    if (!removed)
        return tr("Its lines on this computer were not removed: %1").arg(removed.error().oneLine());
    return tr("%n line(s) that used it removed; backups in %1.", "", removed.value().lines)
        .arg(QDir::toNativeSeparators(m_backupDir));
}

void RevokeFlow::finish(bool revoked, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_token, revoked, message);
    deleteLater();
}

} // namespace td
