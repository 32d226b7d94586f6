// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/util/AboutBox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace td {

QUrl documentationUrl()
{
    return QUrl(QStringLiteral("https://tokendesk.github.io/"));
}

QMessageBox *openAboutBox(QWidget *parent)
{
    const QString title = QCoreApplication::translate("td::AboutBox", "About TokenDesk");
    auto *box = new QMessageBox(QMessageBox::NoIcon, title, {}, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setText(
        QStringLiteral("<h3>TokenDesk %1</h3><p>%2</p><p>%3</p><p><a href=\"%4\">%5</a></p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QCoreApplication::translate("td::AboutBox",
                                             "Keeps your npm access tokens in view: expiry, "
                                             "rotation and trusted publishing."),
                 QCoreApplication::translate("td::AboutBox",
                                             "Licence: GNU General Public License, version 3 or "
                                             "later. No warranty."),
                 documentationUrl().toString(),
                 QCoreApplication::translate("td::AboutBox", "Documentation")));
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace td
