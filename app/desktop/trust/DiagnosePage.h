// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace td {

// Diagnose (design §6): paste a failed CI log, get ranked causes with concrete fixes.
// A plain widget, so the application can show it as a main-window page or in a dialog.
class DiagnosePage : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosePage(QWidget *parent = nullptr);

    void setLog(const QString &log); // fills the input and diagnoses at once
    QPlainTextEdit *input() const { return m_input; }
    QTextBrowser *result() const { return m_result; }
    QPushButton *diagnoseButton() const { return m_diagnose; }

public slots:
    void diagnose();

private:
    QPlainTextEdit *m_input;
    QPushButton *m_diagnose;
    QTextBrowser *m_result;
};

} // namespace td
