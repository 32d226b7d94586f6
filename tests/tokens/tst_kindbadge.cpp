// SPDX-License-Identifier: GPL-3.0-or-later
// The Kind column's pills (issue 16): family, access, bypass 2FA and the January 2027 cut-off.
#include "core/tokens/KindBadge.h"
#include "core/tokens/Token.h"

#include <QTest>

using namespace td;

class TstKindBadge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badgesOfEachKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("bypass2fa");
        QTest::addColumn<bool>("publishesDirectly");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("tones");
        auto row = [](const char *name, TokenKind kind, bool bypass, bool direct,
                      std::initializer_list<const char *> words, QList<BadgeTone> tones) {
            QStringList texts;
            for (const char *word : words)
                texts.append(QString::fromUtf8(word));
            QList<int> ids;
            for (BadgeTone tone : tones)
                ids.append(int(tone));
            QTest::newRow(name) << int(kind) << bypass << direct << texts << ids;
        };
        using T = BadgeTone;
        row("granular read-only", TokenKind::GranularReadOnly, false, false,
            {"granular", "read-only"}, {T::Family, T::ReadOnly});
        row("granular read-write", TokenKind::GranularReadWrite, false, true,
            {"granular", "read-write", "ends Jan 2027"}, {T::Family, T::ReadWrite, T::Cutoff});
        row("stage only", TokenKind::GranularStageOnly, false, false, {"granular", "stage only"},
            {T::Family, T::StageOnly});
        row("bypass 2FA", TokenKind::GranularBypass2fa, true, true,
            {"granular", "bypasses 2FA", "read-write", "ends Jan 2027"},
            {T::Family, T::Danger, T::ReadWrite, T::Cutoff});
        row("classic publish", TokenKind::ClassicPublish, false, false, {"classic", "publish"},
            {T::Family, T::ReadWrite});
        row("classic automation", TokenKind::ClassicAutomation, false, false,
            {"classic", "bypasses 2FA", "automation"}, {T::Family, T::Danger, T::ReadWrite});
        row("classic read-only", TokenKind::ClassicReadOnly, false, false, {"classic", "read-only"},
            {T::Family, T::ReadOnly});
        row("session", TokenKind::Session, false, false, {"session"}, {T::Session});
        row("unknown", TokenKind::Unknown, false, false, {}, {});
    }
    void badgesOfEachKind()
    {
        QFETCH(int, kind);
        QFETCH(bool, bypass2fa);
        QFETCH(bool, publishesDirectly);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, tones);
        Token token;
        token.kind = TokenKind(kind);
        token.bypass2fa = bypass2fa;
        QStringList gotTexts;
        QList<int> gotTones;
        for (const KindBadge &badge : kindBadges(token, publishesDirectly)) {
            gotTexts.append(badge.text);
            gotTones.append(int(badge.tone));
        }
        QCOMPARE(gotTexts, texts);
        QCOMPARE(gotTones, tones);
    }
};

QTEST_GUILESS_MAIN(TstKindBadge)
#include "tst_kindbadge.moc"
