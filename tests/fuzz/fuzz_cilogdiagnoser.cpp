// SPDX-License-Identifier: GPL-3.0-or-later
// CiLogDiagnoser over any pasted CI log. Beyond "no crash": causes are ranked, evidence is
// bounded and points into the log, and no npm token survives into the evidence shown.
#include "FuzzCheck.h"

#include "core/diagnose/CiLogDiagnoser.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString log = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const td::Diagnosis diagnosis = td::CiLogDiagnoser::diagnose(log);
    (void)diagnosis.summary();

    static const QRegularExpression npmToken(QStringLiteral("npm_[A-Za-z0-9]{36}"));
    const qsizetype lineCount = log.count(QLatin1Char('\n')) + 1;
    for (qsizetype i = 0; i < diagnosis.causes.size(); ++i) {
        const td::DiagnosisCause &cause = diagnosis.causes.at(i);
        TD_FUZZ_CHECK(!cause.id.isEmpty() && !cause.title.isEmpty(), cause.id);
        if (i > 0)
            TD_FUZZ_CHECK(diagnosis.causes.at(i - 1).score >= cause.score, cause.id);
        TD_FUZZ_CHECK(cause.evidence.size() <= 3, cause.id);
        TD_FUZZ_CHECK(cause.firstLine >= 0 && cause.firstLine <= lineCount, cause.id);
        for (const QString &evidence : cause.evidence)
            TD_FUZZ_CHECK(!npmToken.match(evidence).hasMatch(), evidence);
    }
    return 0;
}
