// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// A throw-away repository folder that tests fill file by file.
class TestRepo
{
public:
    TestRepo() { QVERIFY(m_dir.isValid()); }

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &rel) const { return QDir(m_dir.path()).filePath(rel); }

    void write(const QString &rel, const QByteArray &content) const
    {
        const QString abs = filePath(rel);
        QDir().mkpath(QFileInfo(abs).absolutePath());
        QFile f(abs);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    void writeGitConfig(const QByteArray &remotesSection) const
    {
        write(QStringLiteral(".git/config"),
              QByteArrayLiteral("[core]\n\trepositoryformatversion = 0\n\tbare = false\n")
                  + remotesSection + QByteArrayLiteral("[branch \"main\"]\n\tremote = origin\n"));
    }

private:
    QTemporaryDir m_dir;
};
