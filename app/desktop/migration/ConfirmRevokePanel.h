// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace td {

class MigrationJournal;

// The rows of a migration that wait for the user (journal stage "revoke-deferred"): the new token
// works everywhere TokenDesk could edit, and the panel says exactly what to update by hand (a CI
// secret, an environment variable), offers Copy for the new secret, and an "I updated it — revoke
// the old token" button per row; and the rows whose old token could not be revoked
// ("revoke-failed") with a Retry button. Rebuilt from the journal, so a restart shows the same
// thing.
class ConfirmRevokePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfirmRevokePanel(QWidget *parent = nullptr);

    // Shows the journal's waiting and revoke-failed rows; hides itself when there are none.
    void showJournal(const MigrationJournal &journal);
    int waitingCount() const { return m_waiting; }
    QString text() const; // every instruction, for tests and screen readers

Q_SIGNALS:
    void copyRequested(int row);    // journal row, 0-based
    void confirmRequested(int row); // the user says the manual places are updated
    void retryRequested(int row);   // revoke the old token of a "revoke-failed" row again

private:
    QVBoxLayout *m_rows = nullptr;
    QWidget *m_content = nullptr;
    int m_waiting = 0;
};

} // namespace td
