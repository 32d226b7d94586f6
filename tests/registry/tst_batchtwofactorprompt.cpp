// SPDX-License-Identifier: GPL-3.0-or-later
// BatchTwoFactorPrompt: one code or one browser approval for a batch of registry writes.
#include "FakeClock.h"
#include "core/registry/BatchTwoFactorPrompt.h"

#include <QTest>

#include <optional>

using namespace td;
using namespace td::test;
using namespace std::chrono_literals;

namespace {

// Records every request and answers code requests with the next scripted code (or a Cancelled
// error when the script is empty).
class RecordingPrompt final : public TwoFactorPrompt
{
public:
    QStringList codes;
    QStringList reasons;
    QList<Purpose> purposes;
    QList<QUrl> pages;
    std::function<void()> lastCancel;
    int finished = 0;

    void askForCode(const QString &reason, CodeAnswer answer) override
    {
        reasons << reason;
        if (codes.isEmpty())
            return answer(makeError(ErrorCode::Cancelled, QStringLiteral("no code scripted")));
        answer(SecretBuffer::fromString(codes.takeFirst()));
    }
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override
    {
        pages << url;
        purposes << purpose;
        lastCancel = std::move(cancel);
    }
    void approvalFinished() override { ++finished; }
};

// Asks `prompt` for a code and returns what it answered synchronously (all fakes here answer at
// once).
Result<SecretBuffer> ask(TwoFactorPrompt &prompt, const QString &reason = QStringLiteral("write"))
{
    std::optional<Result<SecretBuffer>> result;
    prompt.askForCode(reason, [&result](Result<SecretBuffer> r) { result.emplace(std::move(r)); });
    if (!result)
        return makeError(ErrorCode::Timeout, QStringLiteral("the prompt did not answer at once"));
    return std::move(*result);
}

QString codeOf(const Result<SecretBuffer> &r)
{
    return r ? QString::fromUtf8(r.value().view()) : QStringLiteral("<error>");
}

} // namespace

class TestBatchTwoFactorPrompt : public QObject
{
    Q_OBJECT
private slots:
    void codeIsReusedInsideTheWindow_data()
    {
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<bool>("reused");
        QTest::newRow("at once") << 0 << true;
        QTest::newRow("29 s") << 29 << true;
        QTest::newRow("59 s") << 59 << true;
        QTest::newRow("60 s") << 60 << false;
        QTest::newRow("5 min") << 300 << false;
    }
    void codeIsReusedInsideTheWindow()
    {
        QFETCH(int, secondsLater);
        QFETCH(bool, reused);
        FakeClock clock;
        RecordingPrompt inner;
        inner.codes = {QStringLiteral("111111"), QStringLiteral("222222")};
        BatchTwoFactorPrompt batch(&inner, clock);

        QCOMPARE(codeOf(ask(batch)), QStringLiteral("111111"));
        QVERIFY(batch.hasCode());
        clock.advance(std::chrono::seconds(secondsLater));
        QCOMPARE(codeOf(ask(batch)), reused ? QStringLiteral("111111") : QStringLiteral("222222"));
        QCOMPARE(inner.reasons.size(), reused ? 1 : 2);
        QCOMPARE(batch.timesAsked(), reused ? 1 : 2);
    }

    void forgetCodeAsksAgain()
    {
        FakeClock clock;
        RecordingPrompt inner;
        inner.codes = {QStringLiteral("111111"), QStringLiteral("222222")};
        BatchTwoFactorPrompt batch(&inner, clock);
        QCOMPARE(codeOf(ask(batch)), QStringLiteral("111111"));
        batch.forgetCode(); // the registry refused it
        QVERIFY(!batch.hasCode());
        QCOMPARE(codeOf(ask(batch, QStringLiteral("again"))), QStringLiteral("222222"));
        QCOMPARE(inner.reasons, (QStringList{QStringLiteral("write"), QStringLiteral("again")}));
        QCOMPARE(batch.timesAsked(), 2);
    }

    void cancelledCodeIsNotKept()
    {
        FakeClock clock;
        RecordingPrompt inner; // no code scripted: the user cancels
        BatchTwoFactorPrompt batch(&inner, clock);
        const auto r = ask(batch);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(!batch.hasCode());
        inner.codes = {QStringLiteral("333333")};
        QCOMPARE(codeOf(ask(batch)), QStringLiteral("333333")); // asked again, not a cached error
        QCOMPARE(batch.timesAsked(), 2);
    }

    void nullInnerAnswersEotpWithoutAsking()
    {
        FakeClock clock;
        BatchTwoFactorPrompt batch(nullptr, clock);
        const auto r = ask(batch);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::EOTP);
        QCOMPARE(batch.timesAsked(), 0);

        bool cancelled = false;
        batch.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1/auth/cli/1")),
                               TwoFactorPrompt::Purpose::Approve,
                               [&cancelled] { cancelled = true; });
        QVERIFY(cancelled); // nobody can approve: the wait ends at once
        QCOMPARE(batch.timesAsked(), 0);
        batch.approvalFinished(); // harmless without an inner prompt
    }

    void firstApprovalPageIsTheBatchPage()
    {
        FakeClock clock;
        RecordingPrompt inner;
        BatchTwoFactorPrompt batch(&inner, clock);
        for (int i = 1; i <= 3; ++i) {
            batch.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1/auth/cli/%1").arg(i)),
                                   TwoFactorPrompt::Purpose::Approve, [] {});
            batch.approvalFinished();
        }
        using P = TwoFactorPrompt::Purpose;
        QCOMPARE(inner.purposes, (QList<P>{P::ApproveBatch, P::Approve, P::Approve}));
        QCOMPARE(inner.pages.size(), 3);
        QCOMPARE(inner.pages.first(), QUrl(QStringLiteral("http://127.0.0.1/auth/cli/1")));
        QCOMPARE(inner.finished, 3);
        QCOMPARE(batch.timesAsked(), 3);
    }

    void firstPageIsTheBatchPageEvenAfterACode()
    {
        // A TOTP user's batch may meet a browser page later (e.g. the registry switches to the
        // web flow): that page is still the batch's first and carries the skip advice.
        FakeClock clock;
        RecordingPrompt inner;
        inner.codes = {QStringLiteral("111111")};
        BatchTwoFactorPrompt batch(&inner, clock);
        QVERIFY(ask(batch));
        batch.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1/auth/cli/1")),
                               TwoFactorPrompt::Purpose::Approve, [] {});
        QCOMPARE(inner.purposes,
                 (QList<TwoFactorPrompt::Purpose>{TwoFactorPrompt::Purpose::ApproveBatch}));
        QCOMPARE(batch.timesAsked(), 2);
    }

    void signInPagesKeepTheirPurpose()
    {
        FakeClock clock;
        RecordingPrompt inner;
        BatchTwoFactorPrompt batch(&inner, clock);
        batch.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1/login/cli/1")),
                               TwoFactorPrompt::Purpose::SignIn, [] {});
        QCOMPARE(inner.purposes,
                 (QList<TwoFactorPrompt::Purpose>{TwoFactorPrompt::Purpose::SignIn}));
    }

    void cancelReachesTheCaller()
    {
        FakeClock clock;
        RecordingPrompt inner;
        BatchTwoFactorPrompt batch(&inner, clock);
        bool cancelled = false;
        batch.showApprovalPage(QUrl(QStringLiteral("http://127.0.0.1/auth/cli/1")),
                               TwoFactorPrompt::Purpose::Approve,
                               [&cancelled] { cancelled = true; });
        QVERIFY(!cancelled);
        QVERIFY(inner.lastCancel);
        inner.lastCancel(); // the user pressed Cancel in the GUI
        QVERIFY(cancelled);
    }
};

QTEST_GUILESS_MAIN(TestBatchTwoFactorPrompt)
#include "tst_batchtwofactorprompt.moc"
