// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lockdown/LockdownJournal.h"

#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

#include <array>

namespace td {

namespace {
constexpr std::array<const char *, 4> kStateIds{"pending", "started", "done", "failed"};
}

QString LockdownJournal::stateId(State state)
{
    return QString::fromLatin1(kStateIds.at(size_t(state)));
}

LockdownJournal LockdownJournal::create(const QString &path, const QList<LockdownAction> &actions,
                                        const QString &runId, const QDateTime &at)
{
    LockdownJournal journal;
    journal.m_path = path;
    QJsonArray array;
    for (const LockdownAction &action : actions) {
        QJsonObject row = action.toJson();
        row.insert(QStringLiteral("state"), stateId(State::Pending));
        array.append(row);
    }
    journal.m_root = {{QStringLiteral("version"), 1},
                      {QStringLiteral("runId"), runId},
                      {QStringLiteral("startedAt"), at.toString(Qt::ISODate)},
                      {QStringLiteral("actions"), array}};
    return journal;
}

Result<LockdownJournal> LockdownJournal::load(const QString &path)
{
    auto bytes = readWholeFile(path);
    if (!bytes.ok())
        return bytes.error();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value());
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != 1
        || !doc.object().value(QStringLiteral("actions")).isArray())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("td::LockdownJournal",
                                                     "The lockdown journal %1 is damaged.")
                             .arg(path),
                         QCoreApplication::translate(
                             "td::LockdownJournal",
                             "Check the package settings on the website, then start a new "
                             "lockdown."));
    LockdownJournal journal;
    journal.m_path = path;
    journal.m_root = doc.object();
    return journal;
}

LockdownAction LockdownJournal::action(int index) const
{
    return LockdownAction::fromJson(actions().at(index).toObject());
}

LockdownJournal::State LockdownJournal::state(int index) const
{
    const QString id = actions().at(index).toObject().value(QStringLiteral("state")).toString();
    for (size_t i = 0; i < kStateIds.size(); ++i) {
        if (id == QLatin1String(kStateIds.at(i)))
            return State(i);
    }
    return State::Pending; // an unknown state is run again (the writes are idempotent)
}

QString LockdownJournal::error(int index) const
{
    return actions().at(index).toObject().value(QStringLiteral("error")).toString();
}

QDateTime LockdownJournal::finishedAt(int index) const
{
    return QDateTime::fromString(
        actions().at(index).toObject().value(QStringLiteral("at")).toString(), Qt::ISODate);
}

int LockdownJournal::nextToRun() const
{
    for (int i = 0; i < actionCount(); ++i) {
        if (state(i) != State::Done)
            return i;
    }
    return -1;
}

Result<void> LockdownJournal::record(int index, State state, const QString &error,
                                     const QDateTime &at)
{
    QJsonArray array = actions();
    QJsonObject row = array.at(index).toObject();
    row.insert(QStringLiteral("state"), stateId(state));
    row.insert(QStringLiteral("at"), at.toString(Qt::ISODate));
    if (error.isEmpty())
        row.remove(QStringLiteral("error"));
    else
        row.insert(QStringLiteral("error"), error);
    array.replace(index, row);
    m_root.insert(QStringLiteral("actions"), array);
    return save();
}

QString LockdownJournal::defaultDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("lockdown"));
}

QString LockdownJournal::pathFor(const QString &dir, const QString &runId)
{
    return QDir(dir).filePath(QStringLiteral("lockdown-%1.json").arg(runId));
}

QString LockdownJournal::findUnfinished(const QString &dir)
{
    // The run ids are timestamps (yyyyMMdd-HHmmss): the newest name is the newest run.
    const QStringList names = QDir(dir).entryList({QStringLiteral("lockdown-*.json")}, QDir::Files,
                                                  QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        QString path = QDir(dir).filePath(name);
        const Result<LockdownJournal> journal = load(path);
        if (journal && !journal.value().isComplete())
            return path;
    }
    return {};
}

QDateTime LockdownJournal::startedAt() const
{
    return QDateTime::fromString(m_root.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
}

Result<void> LockdownJournal::save() const
{
    return writeFileAtomically(m_path, QJsonDocument(m_root).toJson(QJsonDocument::Indented));
}

} // namespace td
