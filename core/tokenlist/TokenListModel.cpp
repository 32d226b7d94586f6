// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/TokenListModel.h"

#include "core/expiry/ExpiryState.h"
#include "core/expiry/ExpiryUrgency.h"
#include "core/tokens/KindBadge.h"
#include "core/tokens/ScopeSummary.h"
#include "core/util/Clock.h"

#include <QLocale>

#include <algorithm>

namespace td {

namespace { } // namespace

QString TokenListModel::searchTextOf(const Token &token)
{
    QStringList parts{token.name, token.description, token.redacted, token.key,
                      tokenKindLabel(token.kind)};
    parts << token.packages << token.scopes << token.orgs;
    return parts.join(u'\n').toLower();
}

namespace {

QString localDate(const QDateTime &date)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TokenListModel::TokenListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_now(clock.now())
{ }

void TokenListModel::resetTokens(const QList<Token> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    m_searchText = QStringList(tokens.size()); // each built when the filter first reads it
    endResetModel();
}

bool TokenListModel::removeToken(const QString &key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_tokens.removeAt(row);
    m_searchText.removeAt(row);
    endRemoveRows();
    return true;
}

void TokenListModel::setStoredInKeychain(const QSet<QString> &keys)
{
    m_inKeychain = keys;
    if (!m_tokens.isEmpty())
        emit dataChanged(index(0, InKeychainColumn), index(rowCount() - 1, InKeychainColumn));
}

void TokenListModel::setThresholds(const ExpiryThresholds &thresholds)
{
    m_thresholds = thresholds;
    announceExpiry(0, -1);
}

int TokenListModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_tokens.size(); ++row)
        if (m_tokens[row].key == key)
            return row;
    return -1;
}

void TokenListModel::setNow(const QDateTime &now, int firstRow, int lastRow)
{
    m_now = now;
    announceExpiry(firstRow, lastRow);
}

void TokenListModel::tick(int firstRow, int lastRow)
{
    setNow(m_clock.now(), firstRow, lastRow);
}

void TokenListModel::tickRows(QList<int> sourceRows)
{
    m_now = m_clock.now();
    std::sort(sourceRows.begin(), sourceRows.end());
    sourceRows.resize(std::unique(sourceRows.begin(), sourceRows.end()) - sourceRows.begin());
    for (qsizetype i = 0; i < sourceRows.size();) {
        qsizetype j = i;
        while (j + 1 < sourceRows.size() && sourceRows[j + 1] == sourceRows[j] + 1)
            ++j;
        announceExpiry(sourceRows[i], sourceRows[j]);
        i = j + 1;
    }
}

void TokenListModel::announceExpiry(int firstRow, int lastRow)
{
    const int last = lastRow < 0 ? rowCount() - 1 : std::min(lastRow, rowCount() - 1);
    const int first = std::max(firstRow, 0);
    if (first > last)
        return;
    emit dataChanged(index(first, ExpiresColumn), index(last, ExpiresColumn),
                     {Qt::DisplayRole, Qt::ToolTipRole, ExpiryStateRole, LifeFractionRole,
                      InactiveRole, UrgencyRole, BarFillRole});
}

int TokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Token &token = m_tokens.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(token, column);
    case Qt::ToolTipRole:
        if (column == ExpiresColumn && token.hasExpiry())
            return localDate(token.expires);
        if (column == NameColumn) {
            // The red mark before a bypass-2FA token's name says it in words here.
            QStringList lines;
            if (!token.description.isEmpty())
                lines.append(token.description);
            if (bypasses2fa(token))
                lines.append(tr("Bypasses two-factor authentication: anyone holding it can "
                                "publish without a second factor."));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        if (column == KindColumn && publishesDirectly(token))
            return tr("npm ends direct publishing with tokens in January 2027 (the exact day is "
                      "not announced). Move this token's packages to trusted publishing or to a "
                      "stage-only token.");
        if (column == KindColumn && token.kind == TokenKind::GranularStageOnly)
            return tr("Stages releases that you approve with 2FA; keeps working after January "
                      "2027.");
        return {};
    case RawValueRole:
        return rawValue(token, column);
    case ExpiryStateRole:
        if (column != ExpiresColumn)
            return {};
        return QVariant::fromValue(expiryState(token, m_now, m_thresholds));
    case LifeFractionRole: {
        if (column != ExpiresColumn)
            return {};
        const std::optional<double> fraction
            = remainingLifeFraction(token.created, token.expires, m_now);
        return fraction ? QVariant(*fraction) : QVariant();
    }
    case TokenKeyRole:
        return token.key;
    case InactiveRole: {
        const ExpiryState state = expiryState(token, m_now, m_thresholds);
        return state == ExpiryState::Expired || state == ExpiryState::Revoked;
    }
    case SearchTextRole: {
        QString &text = m_searchText[index.row()];
        if (text.isNull())
            text = searchTextOf(token);
        return text;
    }
    case StageOnlyRole:
        return token.kind == TokenKind::GranularStageOnly;
    case PublishCutoffRole:
        return publishesDirectly(token);
    case UrgencyRole:
        return QVariant::fromValue(expiryUrgency(token.expires, token.revoked, m_now));
    case BarFillRole:
        if (column != ExpiresColumn || !token.hasExpiry() || token.isRevoked())
            return {};
        return timeLeftBarFill(token.expires, m_now);
    case Bypass2faRole:
        return bypasses2fa(token);
    case KindBadgesRole:
        if (column != KindColumn)
            return {};
        return QVariant::fromValue(kindBadges(token, publishesDirectly(token)));
    case BadgeTextRole:
        if (column != KindColumn)
            return {};
        if (publishesDirectly(token))
            return tr("stops publishing in January 2027");
        if (token.kind == TokenKind::GranularStageOnly)
            return tr("stage only");
        return {};
    default:
        return {};
    }
}

bool TokenListModel::bypasses2fa(const Token &token)
{
    return token.bypass2fa || token.kind == TokenKind::GranularBypass2fa
        || token.kind == TokenKind::ClassicAutomation;
}

bool TokenListModel::publishesDirectly(const Token &token) const
{
    // An expired token publishes nothing any more: no January 2027 mark on it.
    return token.canPublishDirectly() && !(token.hasExpiry() && token.expires <= m_now);
}

QVariant TokenListModel::displayValue(const Token &token, int column) const
{
    switch (column) {
    case NameColumn:
        return displayName(token);
    case KindColumn:
        return tokenKindLabel(token.kind);
    case ScopeColumn:
        return scopeSummary(token);
    case ExpiresColumn:
        if (token.isRevoked())
            return tr("revoked");
        if (!token.hasExpiry())
            return noExpiryText();
        return countdownText(token.expires, m_now);
    case LastUsedColumn:
        return token.lastUsed.isValid() ? localDate(token.lastUsed) : tr("never");
    case CreatedColumn:
        return token.created.isValid() ? localDate(token.created) : QString();
    case Bypass2faColumn:
        return token.bypass2fa ? tr("yes") : tr("no");
    case InKeychainColumn:
        return m_inKeychain.contains(token.key) ? tr("yes") : tr("no");
    default:
        return {};
    }
}

const QDateTime *TokenListModel::dateOf(const Token &token, int column)
{
    switch (column) {
    case ExpiresColumn:
        return &token.expires;
    case LastUsedColumn:
        return &token.lastUsed;
    case CreatedColumn:
        return &token.created;
    default:
        return nullptr;
    }
}

QVariant TokenListModel::rawValue(const Token &token, int column) const
{
    switch (column) {
    case NameColumn:
        return displayName(token);
    case KindColumn:
        return int(token.kind);
    case ScopeColumn:
        return scopeWeight(token);
    case ExpiresColumn:
    case LastUsedColumn:
    case CreatedColumn:
        return *dateOf(token, column);
    case Bypass2faColumn:
        return token.bypass2fa;
    case InKeychainColumn:
        return m_inKeychain.contains(token.key);
    default:
        return {};
    }
}

QVariant TokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the title: a narrow column elides it, the tooltip keeps it whole.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ScopeColumn:
        return tr("Packages and scopes");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case CreatedColumn:
        return tr("Created");
    case Bypass2faColumn:
        return tr("Bypasses 2FA");
    case InKeychainColumn:
        return tr("In keychain");
    default:
        return {};
    }
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(ExpiryStateRole, "expiryState");
    names.insert(LifeFractionRole, "lifeFraction");
    names.insert(TokenKeyRole, "tokenKey");
    names.insert(InactiveRole, "inactive");
    names.insert(SearchTextRole, "searchText");
    names.insert(StageOnlyRole, "stageOnly");
    names.insert(PublishCutoffRole, "publishCutoff");
    names.insert(BadgeTextRole, "badgeText");
    names.insert(UrgencyRole, "urgency");
    names.insert(BarFillRole, "barFill");
    names.insert(Bypass2faRole, "bypass2fa");
    names.insert(KindBadgesRole, "kindBadges");
    return names;
}

void TokenListModel::setNoExpiryText(const QString &text)
{
    if (text == m_noExpiryText)
        return;
    m_noExpiryText = text;
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, ExpiresColumn),
                           {Qt::DisplayRole});
}

QString TokenListModel::noExpiryText() const
{
    return m_noExpiryText.isEmpty() ? countdownText({}, {}) : m_noExpiryText;
}

} // namespace td
