// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace td {

bool installEnglishPlurals()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    auto *english = new QTranslator(app); // lives as long as the application
    if (!english->load(QStringLiteral(":/i18n/tokendesk_en.qm"))) {
        delete english;
        return false;
    }
    return QCoreApplication::installTranslator(english);
}

} // namespace td
