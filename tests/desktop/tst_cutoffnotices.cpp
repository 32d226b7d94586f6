// SPDX-License-Identifier: GPL-3.0-or-later
// The January 2027 desktop notice (issue 14) through the real TrayController and the fake
// notification server, on a private session bus (like tst_stagednotices): a direct-publish
// token whose CI secret is a copy of it gets "stops publishing in January 2027" from 15 December
// on (injected clock), once a week, and the notice's button asks for the migration. A token used
// only in ~/.npmrc, and a stage-only token used in CI, get none.
#include "FakeClock.h"
#include "NotificationLog.h"
#include "TestPaths.h"
#include "desktop/presenters/CutoffNoticePresenter.h"
#include "desktop/tray/TrayController.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kNotifications = u"org.freedesktop.Notifications"_s;
const QString kHome = u"/home/maintainer"_s;

bool onBus(const QString &name)
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(name).value();
}

Token token(const QString &name, TokenKind kind)
{
    Token t;
    t.key = u"key-"_s + name;
    t.name = name;
    t.kind = kind;
    t.packagesPermission = kind == TokenKind::GranularStageOnly ? Permission::ReadWriteStageOnly
                                                                : Permission::ReadWrite;
    t.bypass2fa = kind == TokenKind::GranularBypass2fa;
    return t;
}

// `variable` holds the token in this shell's environment, and a workflow reads a CI secret of
// that name (TokenUsage's evidence that the CI secret is a copy).
QList<TokenUse> usedInCi(const Token &t, const QString &variable, const QString &workflow)
{
    TokenUse local;
    local.finding.source = CredentialSource::Environment;
    local.finding.form = CredentialForm::Environment;
    local.finding.key = variable;
    local.finding.variable = variable;
    local.match.outcome = MatchOutcome::MatchesToken;
    local.match.token = t;
    TokenUse ci;
    ci.finding.source = CredentialSource::GitHubWorkflow;
    ci.finding.form = CredentialForm::CiSecret;
    ci.finding.file = kHome + u"/src/app/.github/workflows/"_s + workflow;
    ci.finding.line = 12;
    ci.finding.variable = variable;
    return {local, ci};
}

TokenUse usedInNpmrc(const Token &t)
{
    TokenUse use;
    use.finding.source = CredentialSource::UserConfig;
    use.finding.form = CredentialForm::AuthToken;
    use.finding.file = kHome + u"/.npmrc"_s;
    use.finding.line = 3;
    use.match.outcome = MatchOutcome::MatchesToken;
    use.match.token = t;
    return use;
}
} // namespace

class TstCutoffNotices : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_notifyd;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
        QVERIFY2(!onBus(kNotifications),
                 "run under dbus-run-session with tests/support/session-nosvc.conf");
        qputenv("NOTIFY_LOG", m_dir.filePath(u"notify.jsonl"_s).toLocal8Bit());
        m_notifyd.start(u"/usr/bin/python3"_s,
                        {QStringLiteral(TD_SOURCE_DIR "/tests/support/fake_notifyd.py"),
                         QString::fromLocal8Bit(qgetenv("NOTIFY_LOG"))});
        QVERIFY(QTest::qWaitFor([] { return onBus(kNotifications); }, 10000));
    }

    void cleanupTestCase()
    {
        m_notifyd.kill();
        m_notifyd.waitForFinished(5000);
    }

    void candidatesAreDirectPublishTokensUsedInCi()
    {
        const Token bypass = token(u"ci-publish"_s, TokenKind::GranularBypass2fa);
        const Token laptop = token(u"laptop"_s, TokenKind::GranularReadWrite);
        const Token stage = token(u"ci-stage"_s, TokenKind::GranularStageOnly);
        QList<TokenUse> uses = usedInCi(bypass, u"NPM_TOKEN"_s, u"release.yml"_s);
        uses << usedInNpmrc(laptop) << usedInCi(stage, u"STAGE_TOKEN"_s, u"stage.yml"_s);
        const QList<CutoffCandidate> found
            = CutoffNoticePresenter::candidates({bypass, laptop, stage}, uses, kHome);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().token.key, bypass.key);
        QCOMPARE(found.first().ciPlaces,
                 QStringList{u"CI uses secret NPM_TOKEN (.github/workflows/release.yml)"_s});
    }

    void fromMidDecemberOnceAWeekWithAMigrateButton()
    {
        FakeClock clock(QDateTime(QDate(2026, 12, 14), QTime(9, 0), Qt::UTC));
        TrayController tray;
        CutoffNoticePresenter presenter(tray, clock, m_dir.filePath(u"cutoff.json"_s));
        const Token bypass = token(u"ci-publish"_s, TokenKind::GranularBypass2fa);
        const QList<TokenUse> uses = usedInCi(bypass, u"NPM_TOKEN"_s, u"release.yml"_s);
        const QString needle = u"stops publishing in January 2027"_s;

        presenter.check({bypass}, uses, kHome); // 14 December: too early
        QTest::qWait(300);
        QCOMPARE(notificationsWith(needle).size(), 0);

        clock.advance(std::chrono::hours(24)); // 15 December
        presenter.check({bypass}, uses, kHome);
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(needle).size(), 1, 10000);
        const QJsonObject notice = notificationsWith(needle).first();
        QVERIFY(notice.value(u"body"_s).toString().contains(u"'ci-publish'"_s));
        QVERIFY(notice.value(u"body"_s).toString().contains(u"release.yml"_s));
        QVERIFY(notice.value(u"actions"_s).toArray().contains(u"migrate"_s));

        QTest::qWait(200); // the "shown" answer is remembered before the next check
        clock.advance(std::chrono::hours(24 * 3));
        presenter.check({bypass}, uses, kHome);
        QTest::qWait(300);
        QCOMPARE(notificationsWith(needle).size(), 1); // once a week, not at every check

        QSignalSpy migrate(&tray, &TrayController::publishMigrationRequested);
        pressNotificationButton(uint(notice.value(u"id"_s).toInt()), u"migrate"_s);
        QTRY_COMPARE(migrate.size(), 1);
        QCOMPARE(migrate.first().first().toString(), bypass.key);

        // A restart remembers it; a week after it was shown, it comes again.
        CutoffNoticePresenter restarted(tray, clock, m_dir.filePath(u"cutoff.json"_s));
        restarted.check({bypass}, uses, kHome);
        QTest::qWait(300);
        QCOMPARE(notificationsWith(needle).size(), 1);
        clock.advance(std::chrono::hours(24 * 4));
        restarted.check({bypass}, uses, kHome);
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(needle).size(), 2, 10000);
    }
};

QTEST_MAIN(TstCutoffNotices)

#include "tst_cutoffnotices.moc"
