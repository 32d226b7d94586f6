// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StageCommand.h"
#include "core/stage/StageBatch.h"

namespace td::cli {

// stage approve|reject <stage-id>... | --all [--package P]: one or many staged versions, one 2FA
// approach for all (--otp CODE: that code is reused while the registry accepts it; otherwise a
// browser approval per version, which is all npm offers for stages). Approval follows the
// workspace dependency order of a --project folder holding every package, else oldest first.
class StageDecideCommand final : public StageSubcommand
{
    Q_OBJECT
public:
    StageDecideCommand(StageBatch::Action action, QObject *parent = nullptr);
    static QString summary(bool approve);
    void run(const QStringList &arguments, CliContext &context) override;

private:
    struct Options
    {
        QStringList ids;
        bool all = false;
        QString package;
        QString otp;
        bool legacy = false;
        QStringList projects;
    };
    std::optional<Options> parse(const QStringList &arguments, CliContext &context);
    void decide(const QList<StagedRelease> &staged, CliContext &context);
    void report(CliContext &context, bool allOk);
    QString verb() const;

    StageBatch::Action m_action;
    Options m_options;
    StageBatch *m_batch = nullptr;
};

} // namespace td::cli
