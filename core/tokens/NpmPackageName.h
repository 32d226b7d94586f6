// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace td {

// npm's own package-name rules (validate-npm-package-name 6.x, as bundled with npm 11), ported
// rule for rule so TokenDesk refuses exactly what npm refuses. The texts are npm's, untranslated,
// because users search for them; callers wrap them in a translated sentence.
struct PackageNameCheck
{
    QStringList errors;   // never valid
    QStringList warnings; // valid only for packages published before the rule existed

    bool validForOldPackages() const { return errors.isEmpty(); }
    bool validForNewPackages() const { return errors.isEmpty() && warnings.isEmpty(); }
};

PackageNameCheck checkNpmPackageName(const QString &name, int maxLength = 214);

// True when JavaScript's encodeURIComponent(text) would return text unchanged.
bool isUriComponentSafe(const QString &text);

} // namespace td
