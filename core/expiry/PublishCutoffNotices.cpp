// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/PublishCutoffNotices.h"

#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {
constexpr int kFormatVersion = 1;
}

PublishCutoffNotices::PublishCutoffNotices(const Clock &clock, QString memoryPath)
    : m_clock(clock), m_path(std::move(memoryPath))
{ }

QDateTime PublishCutoffNotices::noticesStart()
{
    return QDateTime(QDate(2026, 12, 15), QTime(0, 0), Qt::UTC);
}

Result<void> PublishCutoffNotices::load()
{
    m_shown.clear();
    Result<QByteArray> bytes = readWholeFile(m_path);
    if (!bytes)
        return bytes.error().code == ErrorCode::NotFound ? Result<void>() : bytes.error();
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value());
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != kFormatVersion)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "td::PublishCutoffNotices",
                             "The list of January 2027 notices already shown (%1) is damaged; "
                             "TokenDesk starts it afresh, so a notice may appear once more.")
                             .arg(m_path));
    const QJsonObject tokens = root.value(QLatin1String("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QDateTime shown = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
        if (shown.isValid())
            m_shown.insert(it.key(), shown);
    }
    return {};
}

QList<CutoffNotice> PublishCutoffNotices::due(const QList<CutoffCandidate> &candidates) const
{
    const QDateTime now = m_clock.now();
    QList<CutoffNotice> notices;
    if (now < noticesStart())
        return notices;
    for (const CutoffCandidate &candidate : candidates) {
        const Token &token = candidate.token;
        if (!token.canPublishDirectly() || candidate.ciPlaces.isEmpty())
            continue;
        const QDateTime shown = m_shown.value(token.key);
        if (shown.isValid() && shown.secsTo(now) < std::chrono::seconds(kRepeatAfter).count())
            continue;
        const QString name = token.name.isEmpty() ? token.redacted : token.name;
        CutoffNotice notice;
        notice.tokenKey = token.key;
        notice.tokenName = name;
        notice.text = QCoreApplication::translate(
                          "td::PublishCutoffNotices",
                          "npm token '%1' is used in CI (%2) and stops publishing in January "
                          "2027; npm has not announced the exact day. Move it to trusted "
                          "publishing or a stage-only token.")
                          .arg(name, candidate.ciPlaces.join(QLatin1String(", ")));
        notices.append(notice);
    }
    return notices;
}

Result<void> PublishCutoffNotices::markShown(const QString &tokenKey)
{
    m_shown.insert(tokenKey, m_clock.now());
    QJsonObject tokens;
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it)
        tokens.insert(it.key(), it.value().toUTC().toString(Qt::ISODateWithMs));
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("tokens"), tokens}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace td
