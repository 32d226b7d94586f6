// SPDX-License-Identifier: GPL-3.0-or-later
// TokenListModel::setTokens: a refreshed list updates the rows it shares with the shown one in
// place, so the selection survives a sync without the desktop re-selecting anything.
#include "core/tokenlist/TokenListModel.h"

#include <QHash>

#include <algorithm>

namespace td {

namespace {

// Token has no operator== on purpose (TokenGrants): its grants compare by their JSON.
bool sameToken(const Token &a, const Token &b)
{
    return a.accountId == b.accountId && a.key == b.key && a.redacted == b.redacted
        && a.name == b.name && a.description == b.description && a.kind == b.kind
        && a.readOnly == b.readOnly && a.created == b.created && a.updated == b.updated
        && a.lastUsed == b.lastUsed && a.expires == b.expires && a.revoked == b.revoked
        && a.grants().toJson() == b.grants().toJson();
}

QSet<QString> keysOf(const QList<Token> &tokens)
{
    QSet<QString> keys;
    keys.reserve(tokens.size());
    for (const Token &token : tokens)
        keys.insert(token.key);
    return keys;
}

} // namespace

void TokenListModel::setTokens(const QList<Token> &tokens)
{
    const QSet<QString> newKeys = keysOf(tokens);
    const bool sharesARow = std::any_of(m_tokens.cbegin(), m_tokens.cend(),
                                        [&](const Token &t) { return newKeys.contains(t.key); });
    if (!sharesARow) {
        resetTokens(tokens); // the first fill or another account: nothing to keep
        return;
    }
    const QList<Token> before = m_tokens; // shared, not copied
    QHash<QString, qsizetype> rowBefore;
    rowBefore.reserve(before.size());
    for (qsizetype row = 0; row < before.size(); ++row)
        rowBefore.insert(before.at(row).key, row);

    removeVanished(newKeys);
    appendNew(tokens);
    reorderLike(tokens);
    // The rows now line up with `tokens`: keep that list (one copy, shared with the service)
    // and announce the rows whose token changed, one dataChanged per contiguous run.
    m_tokens = tokens;
    qsizetype runStart = -1;
    for (qsizetype row = 0; row <= m_tokens.size(); ++row) {
        bool changed = false;
        if (row < m_tokens.size()) {
            const auto old = rowBefore.constFind(m_tokens.at(row).key);
            changed = old != rowBefore.cend() && !sameToken(before.at(*old), m_tokens.at(row));
            if (changed)
                m_searchText[row] = QString(); // built again when the filter reads it
        }
        if (changed && runStart < 0)
            runStart = row;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(int(runStart), 0), index(int(row - 1), ColumnCount - 1));
            runStart = -1;
        }
    }
}

void TokenListModel::removeVanished(const QSet<QString> &keys)
{
    // From the end, so the rows still to look at keep their numbers.
    for (qsizetype last = m_tokens.size() - 1; last >= 0; --last) {
        if (keys.contains(m_tokens.at(last).key))
            continue;
        qsizetype first = last;
        while (first > 0 && !keys.contains(m_tokens.at(first - 1).key))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_tokens.remove(first, last - first + 1);
        m_searchText.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

void TokenListModel::appendNew(const QList<Token> &tokens)
{
    const QSet<QString> shown = keysOf(m_tokens);
    QList<Token> added;
    for (const Token &token : tokens)
        if (!shown.contains(token.key))
            added.append(token);
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_tokens.size()), int(m_tokens.size() + added.size() - 1));
    for (const Token &token : std::as_const(added)) {
        m_tokens.append(token);
        m_searchText.append(QString());
    }
    endInsertRows();
}

void TokenListModel::reorderLike(const QList<Token> &tokens)
{
    // Same keys as `tokens` by now; only their order may differ.
    bool sameOrder = true;
    for (qsizetype row = 0; row < tokens.size() && sameOrder; ++row)
        sameOrder = m_tokens.at(row).key == tokens.at(row).key;
    if (sameOrder)
        return;
    QHash<QString, int> rowAfter;
    rowAfter.reserve(tokens.size());
    for (qsizetype row = 0; row < tokens.size(); ++row)
        rowAfter.insert(tokens.at(row).key, int(row));

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<Token> reordered(m_tokens.size());
    QStringList searchText(m_searchText.size());
    for (qsizetype row = 0; row < m_tokens.size(); ++row) {
        const int to = rowAfter.value(m_tokens.at(row).key);
        reordered[to] = m_tokens.at(row);
        searchText[to] = m_searchText.at(row);
    }
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(rowAfter.value(m_tokens.at(index.row()).key), index.column()));
    m_tokens = std::move(reordered);
    m_searchText = std::move(searchText);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace td
