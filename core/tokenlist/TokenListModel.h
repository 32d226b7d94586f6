// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/ExpiryThresholds.h"
#include "core/tokens/Token.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace td {

class Clock;

// The token table. Three separate things per cell (qt-style §2.3): DisplayRole text ("in 2 d
// 4 h"), RawValueRole for sorting (a QDateTime, a count, a bool) and semantic roles for painting
// (ExpiryStateRole, LifeFractionRole). It names states, never colours, so it stays in core.
// Time advances only through tick()/setNow(), which announce the expiry column alone.
class TokenListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        ScopeColumn,
        ExpiresColumn,
        LastUsedColumn,
        CreatedColumn,
        Bypass2faColumn,
        InKeychainColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, // the value behind the text, for sorting
        ExpiryStateRole,             // ExpiresColumn: td::ExpiryState
        LifeFractionRole,            // ExpiresColumn: double 1 → 0, or invalid without an expiry
        TokenKeyRole,                // any column: the token's key
        InactiveRole,      // any column: bool, revoked or expired (the "show revoked" filter)
        SearchTextRole,    // any column: lower-case text the filter box searches
        StageOnlyRole,     // any column: bool, a stage-only token (the "stage only" badge)
        PublishCutoffRole, // any column: bool, publishes directly, which ends in January 2027
        BadgeTextRole,     // KindColumn: translated badge text, or invalid without a badge
        UrgencyRole,       // any column: td::Urgency by absolute time left (row colours)
        BarFillRole,       // ExpiresColumn: double, time left on a 30-day scale; invalid if none
        Bypass2faRole,     // any column: bool, the token skips 2FA (the row is marked)
        KindBadgesRole,    // KindColumn: QList<td::KindBadge>, the kind's pills
    };
    Q_ENUM(Role)

    explicit TokenListModel(const Clock &clock, QObject *parent = nullptr);

    // The account's list after a refresh. Rows are matched by key and updated in place: a
    // changed token announces its row (dataChanged), a vanished one is removed, a new one
    // inserted, a new order is a layout change. So a view's selection, current row and scroll
    // survive a sync without anyone re-selecting. A list sharing no key with the shown one
    // (another account, the first fill) resets the model.
    void setTokens(const QList<Token> &tokens);
    bool removeToken(const QString &key); // after the registry confirmed a revoke
    void setStoredInKeychain(const QSet<QString> &keys);
    void setThresholds(const ExpiryThresholds &thresholds);
    // The expiry cell of a token without one (tokenWithoutExpiryText: Verdaccio's registry sets
    // it); empty restores "no expiry".
    void setNoExpiryText(const QString &text);
    QString noExpiryText() const;

    const Token &tokenAt(int row) const { return m_tokens.at(row); }
    // The date a date column sorts and shows (expiry, last use, creation); null for the others.
    static const QDateTime *dateOf(const Token &token, int column);
    // What the Name column shows and sorts by: the token's name, or its masked value without one.
    static const QString &displayName(const Token &token)
    {
        return token.name.isEmpty() ? token.redacted : token.name;
    }
    int rowOfKey(const QString &key) const;
    QDateTime now() const { return m_now; }

    // Moves the model's "now" and announces the expiry column for rows first..last (-1 = to the
    // end): the view passes only its visible rows.
    void setNow(const QDateTime &now, int firstRow = 0, int lastRow = -1);
    void tick(int firstRow = 0, int lastRow = -1); // setNow(clock.now(), …)
    // For a sorted view whose visible rows are scattered: one dataChanged per contiguous run.
    void tickRows(QList<int> sourceRows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void resetTokens(const QList<Token> &tokens);
    void removeVanished(const QSet<QString> &keys);
    void appendNew(const QList<Token> &tokens);
    void reorderLike(const QList<Token> &tokens);
    static QString searchTextOf(const Token &token);
    bool publishesDirectly(const Token &token) const; // and is not expired at m_now
    static bool bypasses2fa(const Token &token);
    QVariant displayValue(const Token &token, int column) const;
    QVariant rawValue(const Token &token, int column) const;
    void announceExpiry(int firstRow, int lastRow);

    const Clock &m_clock;
    QList<Token> m_tokens;
    // Per row, built on the filter's first use of the row (a null string until then): start-up
    // fills the table without building 1,000 of them.
    mutable QStringList m_searchText;
    QSet<QString> m_inKeychain;
    ExpiryThresholds m_thresholds = ExpiryThresholds::defaults();
    QString m_noExpiryText;
    QDateTime m_now;
};

} // namespace td
