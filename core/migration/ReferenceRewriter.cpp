// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/ReferenceRewriter.h"

#include "core/npmconfig/TokenIdentity.h"
#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace td {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString unixModeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const int p = int(info.permissions());
    // Qt's user/group/other bits are the POSIX ones, four bits apart instead of three.
    const int mode = (((p >> 8) & 7) << 6) | (((p >> 4) & 7) << 3) | (p & 7);
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

Result<void> makeOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions now = QFile::permissions(path);
    const QFileDevice::Permissions owner = now
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
           | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    if (owner == now || QFile::setPermissions(path, owner))
        return {};
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("td::ReferenceRewriter",
                                                 "%1 holds a token but its permissions could not "
                                                 "be limited to you (chmod 600 it).")
                         .arg(path));
}

QString modeTightenedNote(const QString &path, const QString &wasMode)
{
    QString shown = QDir::cleanPath(path);
    const QString home = QDir::homePath();
    if (shown.startsWith(home + QLatin1Char('/')))
        shown = QStringLiteral("~") + shown.mid(home.size());
    return QCoreApplication::translate("td::ReferenceRewriter",
                                       "%1 was readable by others (%2); it is now %3")
        .arg(shown, wasMode, unixModeOf(path));
}

Result<PreparedRewrite> prepareRewrite(const QString &path, const QString &oldSha512,
                                       const SecretBuffer *newSecret, const QString &expectedBefore,
                                       const QString &expectedAfter)
{
    auto loaded = NpmrcDocument::load(path);
    if (!loaded)
        return loaded.error();
    PreparedRewrite prepared{std::move(loaded).value(), {}, {}, false};
    prepared.beforeSha256 = sha256Hex(prepared.document.toBytes());
    if (!expectedAfter.isEmpty() && prepared.beforeSha256 == expectedAfter) {
        prepared.afterSha256 = expectedAfter;
        prepared.alreadyDone = true;
        return prepared;
    }
    if (!expectedBefore.isEmpty() && prepared.beforeSha256 != expectedBefore)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "td::ReferenceRewriter",
                             "%1 was changed by another program during the migration; it was left "
                             "as is.")
                             .arg(path));
    int changed = 0;
    NpmrcDocument &doc = prepared.document;
    for (int i = doc.lineCount() - 1; i >= 0; --i) {
        const NpmrcLine &line = doc.line(i);
        if (!line.isEntry() || !line.key.endsWith(QLatin1String("_authToken")))
            continue;
        if (sha512Hex(line.value.toUtf8()) != oldSha512)
            continue;
        if (newSecret)
            doc.setValue(i, newSecret->revealString());
        else
            doc.removeLine(i);
        ++changed;
    }
    if (changed == 0)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "td::ReferenceRewriter",
                             "%1 no longer holds the token being replaced; it was left as is.")
                             .arg(path),
                         QCoreApplication::translate("td::ReferenceRewriter",
                                                     "Scan again and make a new plan."));
    prepared.afterSha256 = sha256Hex(doc.toBytes());
    return prepared;
}

Result<void> restoreFromBackup(const QString &path, const QString &backup, const QString &before,
                               const QString &after)
{
    if (backup.isEmpty() || after.isEmpty())
        return {}; // never rewritten
    auto current = readWholeFile(path);
    if (!current)
        return current.error();
    const QString now = sha256Hex(current.value());
    if (now == before)
        return {};
    if (now != after)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "td::ReferenceRewriter",
                             "%1 was changed after TokenDesk wrote it, so it was not restored; the "
                             "original is in %2.")
                             .arg(path, backup));
    auto original = readWholeFile(backup);
    if (!original)
        return original.error();
    if (sha256Hex(original.value()) != before)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "td::ReferenceRewriter",
                             "The backup %1 does not match the original file; %2 was not restored.")
                             .arg(backup, path));
    return writeFileAtomically(path, original.value(), QFile::permissions(path));
}

} // namespace td
