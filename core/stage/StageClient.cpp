// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/StageClient.h"

#include <QPointer>

#include <algorithm>

namespace td {

namespace {
template<class T>
StageClient::Callback<T> explained(StageAction action, const QString &id,
                                   StageClient::Callback<T> done)
{
    return [action, id, done = std::move(done)](Result<T> result) {
        if (!result)
            return done(stageError(result.error(), action, id));
        done(std::move(result));
    };
}
// Tarballs may be larger than the 10 MB cap for JSON answers; up to TarballLimits::maxPackedBytes
// is read for the one call started while this lives (the transport copies the options when the
// request is sent, which a GET does at once).
class TarballSizedAnswers
{
public:
    TarballSizedAnswers(RegistryClient &client, qint64 cap)
        : m_client(client), m_saved(client.transportOptions())
    {
        TransportOptions wider = m_saved;
        wider.maxResponseBytes = std::max(wider.maxResponseBytes, cap);
        m_client.setTransportOptions(wider);
    }
    ~TarballSizedAnswers() { m_client.setTransportOptions(m_saved); }
    TarballSizedAnswers(const TarballSizedAnswers &) = delete;
    TarballSizedAnswers &operator=(const TarballSizedAnswers &) = delete;

private:
    RegistryClient &m_client;
    TransportOptions m_saved;
};
} // namespace

StageClient::StageClient(RegistryClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

void StageClient::list(const QString &packageFilter, Callback<QList<StagedRelease>> done)
{
    m_client.listStaged(packageFilter, this,
                        explained<QList<StagedRelease>>(StageAction::List, {}, std::move(done)));
}

void StageClient::view(const QString &stageId, Callback<StagedRelease> done)
{
    if (const Result<void> valid = checkStageId(stageId); !valid)
        return done(valid.error());
    m_client.viewStaged(stageId, this,
                        explained<StagedRelease>(StageAction::View, stageId, std::move(done)));
}

void StageClient::download(const QString &stageId, Callback<QByteArray> done)
{
    if (const Result<void> valid = checkStageId(stageId); !valid)
        return done(valid.error());
    const TarballSizedAnswers sized(m_client, m_limits.maxPackedBytes);
    m_client.stagedTarball(stageId, this,
                           explained<QByteArray>(StageAction::Download, stageId, std::move(done)));
}

void StageClient::approve(const QString &stageId, Callback<void> done, TwoFactorPrompt *prompt)
{
    if (const Result<void> valid = checkStageId(stageId); !valid)
        return done(valid.error());
    m_client.approveStaged(stageId, this,
                           explained<void>(StageAction::Approve, stageId, std::move(done)), prompt);
}

void StageClient::reject(const QString &stageId, Callback<void> done, TwoFactorPrompt *prompt)
{
    if (const Result<void> valid = checkStageId(stageId); !valid)
        return done(valid.error());
    m_client.rejectStaged(stageId, this,
                          explained<void>(StageAction::Reject, stageId, std::move(done)), prompt);
}

void StageClient::diff(const QString &stageId, Callback<ReleaseDiff> done)
{
    QPointer<StageClient> self(this);
    view(stageId, [self, done](Result<StagedRelease> release) {
        if (!self)
            return;
        if (!release)
            return done(release.error());
        const StagedRelease staged = release.value();
        self->download(staged.id, [self, staged, done](Result<QByteArray> tgz) {
            if (!self)
                return;
            if (!tgz)
                return done(tgz.error());
            self->diffAgainstLastRelease(staged, tgz.value(), done);
        });
    });
}

void StageClient::diffAgainstLastRelease(const StagedRelease &release, const QByteArray &stagedTgz,
                                         Callback<ReleaseDiff> done)
{
    Result<TarballContents> staged = TarballReader::read(stagedTgz, m_limits);
    if (!staged)
        return done(staged.error());
    QPointer<StageClient> self(this);
    auto contents = std::make_shared<TarballContents>(std::move(staged).value());
    m_client.lastRelease(
        release.packageName, release.version, this,
        [self, release, contents, done](Result<PublishedRelease> last) {
            if (!self)
                return;
            // A package created by staging has no release yet: everything is new.
            if (!last && last.error().code == ErrorCode::E404)
                return done(ReleaseDiff::compare(nullptr, *contents, release.packageName, {},
                                                 release.version));
            if (!last)
                return done(last.error());
            const PublishedRelease previous = last.value();
            const TarballSizedAnswers sized(self->m_client, self->m_limits.maxPackedBytes);
            self->m_client.releaseTarball(
                QUrl(previous.tarballUrl), self,
                [self, release, previous, contents, done](Result<QByteArray> tgz) {
                    if (!self)
                        return;
                    if (!tgz)
                        return done(tgz.error());
                    Result<TarballContents> old = TarballReader::read(tgz.value(), self->m_limits);
                    if (!old)
                        return done(old.error());
                    done(ReleaseDiff::compare(&old.value(), *contents, release.packageName,
                                              previous.version, release.version));
                });
        });
}

} // namespace td
