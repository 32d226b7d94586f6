// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryClient.h"
#include "core/registry/StagedRelease.h"
#include "core/stage/ReleaseDiff.h"
#include "core/stage/StageErrors.h"

#include <QObject>

namespace td {

// Staged releases over one signed-in RegistryClient (design §4): the stage calls with npm's id
// check and stage-specific error messages, and the release diff of a staged version against the
// package's last published release. 2FA for approve/reject goes through `prompt` (null: the
// client's own prompt); batches use StageBatch.
class StageClient : public QObject
{
    Q_OBJECT
public:
    template<class T>
    using Callback = std::function<void(Result<T>)>;

    explicit StageClient(RegistryClient &client, QObject *parent = nullptr);

    RegistryClient &registry() { return m_client; }

    void list(const QString &packageFilter, Callback<QList<StagedRelease>> done);
    void view(const QString &stageId, Callback<StagedRelease> done);
    void download(const QString &stageId, Callback<QByteArray> done);
    void approve(const QString &stageId, Callback<void> done, TwoFactorPrompt *prompt = nullptr);
    void reject(const QString &stageId, Callback<void> done, TwoFactorPrompt *prompt = nullptr);

    // view + staged tarball + the last release's tarball (none for a new package), both read
    // with TarballReader's limits, then ReleaseDiff::compare.
    void diff(const QString &stageId, Callback<ReleaseDiff> done);
    void setTarballLimits(const TarballLimits &limits) { m_limits = limits; }

private:
    void diffAgainstLastRelease(const StagedRelease &release, const QByteArray &stagedTgz,
                                Callback<ReleaseDiff> done);

    RegistryClient &m_client;
    TarballLimits m_limits;
};

} // namespace td
