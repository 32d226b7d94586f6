// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/trust/DiagnosePage.h"

#include "core/diagnose/CiLogDiagnoser.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td {

DiagnosePage::DiagnosePage(QWidget *parent)
    : QWidget(parent),
      m_input(new QPlainTextEdit(this)),
      m_diagnose(new QPushButton(tr("&Diagnose"), this)),
      m_result(new QTextBrowser(this))
{
    setWindowTitle(tr("Diagnose a CI publish"));
    m_input->setPlaceholderText(tr("Paste the log of the failed CI job here."));
    m_input->setAccessibleName(tr("CI log"));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_result->setAccessibleName(tr("Likely causes"));
    m_result->setOpenExternalLinks(true);
    auto *label = new QLabel(tr("&Log:"), this);
    label->setBuddy(m_input);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_input);
    splitter->addWidget(m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_diagnose, 0, Qt::AlignRight);
    connect(m_diagnose, &QPushButton::clicked, this, &DiagnosePage::diagnose);
}

void DiagnosePage::setLog(const QString &log)
{
    m_input->setPlainText(log);
    diagnose();
}

void DiagnosePage::diagnose()
{
    const Diagnosis d = CiLogDiagnoser::diagnose(m_input->toPlainText());
    QString html = QStringLiteral("<h3>") + d.summary().toHtmlEscaped() + QStringLiteral("</h3>");
    int rank = 0;
    for (const DiagnosisCause &c : d.causes) {
        html += QStringLiteral("<p><b>%1. %2</b>").arg(++rank).arg(c.title.toHtmlEscaped());
        if (c.firstLine > 0)
            html += QStringLiteral(" <i>") + tr("(log line %1)").arg(c.firstLine).toHtmlEscaped()
                + QStringLiteral("</i>");
        html += QStringLiteral("<br>") + c.explanation.toHtmlEscaped() + QStringLiteral("</p>");
        if (!c.evidence.isEmpty()) {
            html += QStringLiteral("<pre>");
            for (const QString &e : c.evidence)
                html += e.toHtmlEscaped() + QLatin1Char('\n');
            html += QStringLiteral("</pre>");
        }
        if (!c.fixes.isEmpty()) {
            html += QStringLiteral("<ol>");
            for (const QString &f : c.fixes)
                html += QStringLiteral("<li>") + f.toHtmlEscaped() + QStringLiteral("</li>");
            html += QStringLiteral("</ol>");
        }
    }
    m_result->setHtml(html);
}

} // namespace td
