// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeCiWorld.h"

#include "FakeClock.h"
#include "FakeMigrationWorld.h"
#include "core/npmconfig/TokenIdentity.h"
#include "core/util/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QPointer>

namespace td::test {

QList<CiSecretTarget> scenarioCiTargets(int row)
{
    if (row == 0) {
        CiSecretTarget repo;
        repo.kind = CiStoreKind::GitHubRepository;
        repo.host = QStringLiteral("github.com");
        repo.owner = QStringLiteral("acme");
        repo.repo = QStringLiteral("widgets");
        repo.name = QStringLiteral("NPM_TOKEN");
        CiSecretTarget gitlab;
        gitlab.kind = CiStoreKind::GitLabProject;
        gitlab.host = QStringLiteral("gitlab.com");
        gitlab.owner = QStringLiteral("acme/widgets");
        gitlab.scope = QStringLiteral("*");
        gitlab.name = QStringLiteral("NPM_TOKEN");
        return {repo, gitlab};
    }
    CiSecretTarget context;
    context.kind = CiStoreKind::CircleCiContext;
    context.host = QStringLiteral("circleci.com");
    context.owner = QStringLiteral("gh/acme");
    context.scope = QStringLiteral("release");
    context.name = QStringLiteral("NPM_TOKEN");
    return {context};
}

QList<PlanRow> scenarioPlanWithCi(const Scenario &scenario)
{
    QList<PlanRow> rows = scenario.plan();
    FileFakeCiBackend ci(scenario.dir + QStringLiteral("/ci.json"));
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].ciTargets = scenarioCiTargets(i);
        for (const CiSecretTarget &target : rows.at(i).ciTargets)
            ci.seed(target, i == 0 ? kOldUserToken : kOldProjectToken);
    }
    return rows;
}

QStringList scenarioStoresHolding(const FileFakeBackend &registry, const FileFakeCiBackend &ci,
                                  const QString &key)
{
    const QString sha = registry.sha512OfKey(key);
    QStringList holding;
    for (int row = 0; row < 2; ++row) {
        for (const CiSecretTarget &target : scenarioCiTargets(row)) {
            if (!sha.isEmpty() && sha512Hex(ci.valueOf(target).toUtf8()) == sha)
                holding.append(target.id());
        }
    }
    return holding;
}

void recordRevokeViolations(const Scenario &scenario, const FileFakeBackend &registry,
                            const FileFakeCiBackend &ci, const QString &key)
{
    const QStringList holding = scenarioStoresHolding(registry, ci, key);
    if (holding.isEmpty())
        return;
    QFile file(scenario.dir + QStringLiteral("/violations"));
    if (file.open(QIODevice::Append))
        file.write((QStringLiteral("revoked %1 while %2 held it\n")
                        .arg(key, holding.join(QLatin1Char(','))))
                       .toUtf8());
}

QJsonObject FileFakeCiBackend::load() const
{
    auto bytes = readWholeFile(m_path);
    return bytes.ok() ? QJsonDocument::fromJson(bytes.value()).object() : QJsonObject();
}

void FileFakeCiBackend::save(const QJsonObject &state) const
{
    (void)writeFileAtomically(m_path, QJsonDocument(state).toJson());
}

void FileFakeCiBackend::seed(const CiSecretTarget &target, const QString &value)
{
    QJsonObject state = load();
    state.insert(
        target.id(),
        QJsonObject{{QStringLiteral("value"), QString::fromLatin1(value.toUtf8().toBase64())},
                    {QStringLiteral("writes"), 0}});
    save(state);
}

QString FileFakeCiBackend::valueOf(const CiSecretTarget &target) const
{
    const QString b64
        = load().value(target.id()).toObject().value(QStringLiteral("value")).toString();
    return QString::fromUtf8(QByteArray::fromBase64(b64.toLatin1()));
}

int FileFakeCiBackend::writesOf(const CiSecretTarget &target) const
{
    return load().value(target.id()).toObject().value(QStringLiteral("writes")).toInt();
}

bool FileFakeCiBackend::canPush(const CiSecretTarget &target) const
{
    return !signedOut.contains(target.id());
}

void FileFakeCiBackend::push(const CiSecretTarget &target, const CiPushValue &value,
                             std::function<void(Result<QDateTime>)> done)
{
    if (pushFailure && (failPushTo.isEmpty() || failPushTo == target.id()))
        return done(*pushFailure);
    QJsonObject state = load();
    QJsonObject entry = state.value(target.id()).toObject();
    entry.insert(QStringLiteral("value"), QString::fromLatin1(value.secret->reveal().toBase64()));
    entry.insert(QStringLiteral("writes"), entry.value(QStringLiteral("writes")).toInt() + 1);
    state.insert(target.id(), entry);
    save(state);
    if (afterEffect)
        afterEffect(QStringLiteral("ci:push"));
    done(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
}

void FileFakeCiBackend::verify(const CiSecretTarget &target, const CiPushValue &value,
                               const QDateTime &, std::function<void(Result<bool>)> done)
{
    if (verifyNeverAnswers)
        return;
    if (verifyFalseFor == target.id())
        return done(false);
    done(valueOf(target) == value.secret->revealString());
}

void ManualDelayTimer::start(std::chrono::milliseconds delay, QObject *context,
                             std::function<void()> fire)
{
    requested.append(delay);
    QPointer<QObject> guard(context);
    m_fire = [this, delay, guard, fire] {
        m_clock.advance(std::chrono::duration_cast<std::chrono::seconds>(delay)
                        + std::chrono::seconds(1));
        if (guard)
            fire();
    };
}

void ManualDelayTimer::fire()
{
    auto f = std::move(m_fire);
    m_fire = nullptr;
    if (f)
        f();
}

} // namespace td::test
