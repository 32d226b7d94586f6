// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/AccountListModel.h"

#include "core/account/RegistryExpiryText.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace td {

namespace {
QString hostOf(const QUrl &registry)
{
    QString host = registry.host();
    if (registry.port() != -1)
        host += QLatin1Char(':') + QString::number(registry.port());
    return host;
}

QVariant optionalVariant(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

QString registryLabel(const Account &account)
{
    if (account.practice)
        return QCoreApplication::translate("td::AccountListModel",
                                           "Practice registry (local, not npm)");
    return hostOf(account.registry);
}

QString expiryCapabilityNote(const Account &account)
{
    if (account.capabilities.reportsExpiry == std::optional<bool>(false))
        return QCoreApplication::translate("td::AccountListModel",
                                           "this registry does not report expiry");
    return {};
}

AccountListModel::AccountListModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent), m_clock(clock)
{ }

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    m_sessionTexts.clear();
    const QDateTime now = m_clock.now();
    for (const Account &account : m_accounts)
        m_sessionTexts.append(accountExpiryText(account, now));
    endResetModel();
}

void AccountListModel::upsert(const Account &account)
{
    const QString session = accountExpiryText(account, m_clock.now());
    if (const int row = rowOf(account.id); row >= 0) {
        m_accounts[row] = account;
        m_sessionTexts[row] = session;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int row = int(m_accounts.size());
    beginInsertRows({}, row, row);
    m_accounts.append(account);
    m_sessionTexts.append(session);
    endInsertRows();
}

bool AccountListModel::remove(const QString &accountId)
{
    const int row = rowOf(accountId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    m_sessionTexts.removeAt(row);
    endRemoveRows();
    return true;
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row)
        if (m_accounts.at(row).id == accountId)
            return row;
    return -1;
}

void AccountListModel::refreshSessionStates()
{
    const QDateTime now = m_clock.now();
    for (int row = 0; row < m_accounts.size(); ++row) {
        const QString text = accountExpiryText(m_accounts.at(row), now);
        if (text == m_sessionTexts.at(row))
            continue;
        m_sessionTexts[row] = text;
        Q_EMIT dataChanged(index(row), index(row),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                            SessionStateRole, HasSessionRole});
    }
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QString AccountListModel::displayText(const Account &account, const QString &session) const
{
    if (account.practice) // the label first, whole: it must not be mistaken for npm
        return tr("%1\n%2 · %3").arg(registryLabel(account), account.user, session);
    return tr("%1 on %2\n%3").arg(account.user, registryLabel(account), session);
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    const QString &session = m_sessionTexts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(account, session);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 on %2 (%3): %4")
                          .arg(account.user, account.registry.toString(),
                               registryKindLabel(account.registryKind()), session);
        if (account.practice)
            tip += QStringLiteral(" · ") + registryLabel(account);
        if (const QString note = expiryCapabilityNote(account); !note.isEmpty())
            tip += QStringLiteral(" · ") + note;
        return tip;
    }
    case AccountIdRole:
        return account.id;
    case RegistryRole:
        return account.registry;
    case RegistryHostRole:
        return hostOf(account.registry);
    case UserNameRole:
        return account.user;
    case SessionStateRole:
        return session;
    case HasSessionRole:
        return account.hasSession(m_clock.now());
    case SessionExpiresRole:
        return account.sessionExpires;
    case ReportsExpiryRole:
        return optionalVariant(account.capabilities.reportsExpiry);
    case ExpiryNoteRole:
        return expiryCapabilityNote(account);
    case WebLoginRole:
        return optionalVariant(account.capabilities.webLogin);
    case RegistryKindRole:
        return registryKindId(account.registryKind());
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(RegistryRole, "registry");
    names.insert(RegistryHostRole, "registryHost");
    names.insert(UserNameRole, "userName");
    names.insert(SessionStateRole, "sessionState");
    names.insert(HasSessionRole, "hasSession");
    names.insert(SessionExpiresRole, "sessionExpires");
    names.insert(ReportsExpiryRole, "reportsExpiry");
    names.insert(ExpiryNoteRole, "expiryNote");
    names.insert(WebLoginRole, "webLogin");
    names.insert(RegistryKindRole, "registryKind");
    return names;
}

} // namespace td
