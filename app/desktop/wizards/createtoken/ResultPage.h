// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace td {

class Clock;
class SecretClipboard;
class TokenCreationService;
struct TokenCreation;

// Page 8: the new token, shown once. Masked until revealed, copied through the secret clipboard,
// with where it is stored (or why not, and a retry), and the "use it" choices: a line in an
// .npmrc the user picks (previewed exactly, backed up, mode kept), the tokendesk-cli command,
// or the GitHub Actions secret name.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    struct Context
    {
        const Clock *clock = nullptr;
        TokenCreationService *service = nullptr;
        SecretClipboard *clipboard = nullptr;
        QUrl registry;
        QString userNpmrcPath;
    };

    explicit ResultPage(Context context, QWidget *parent = nullptr);

    void setCreation(TokenCreation *creation); // owned by the wizard
    // True once the user copied the token or wrote it into an .npmrc.
    bool tokenTaken() const { return m_taken; }
    QString npmrcPreviewLine() const;

Q_SIGNALS:
    void tokenTakenChanged(bool taken);
    // The token was written into this .npmrc: where it is used has changed.
    void referenceWritten(const QString &npmrcPath);

protected:
    void initializePage() override;

private:
    QWidget *createTokenBox();
    QWidget *createUseItBox();
    void setTaken();
    void copyToken();
    void retryStore();
    void updateStorage();
    void updateNpmrcPreview();
    void chooseProjectFolder();
    void addToNpmrc();
    void copyPlain(const QString &text, QLabel *feedback);

    Context m_context;
    TokenCreation *m_creation = nullptr;
    bool m_taken = false;

    QLineEdit *m_token = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_copyStatus = nullptr;
    QLabel *m_storage = nullptr;
    QPushButton *m_retryStore = nullptr;

    QRadioButton *m_userNpmrc = nullptr;
    QRadioButton *m_projectNpmrc = nullptr;
    QLineEdit *m_npmrcPath = nullptr;
    QPushButton *m_chooseProject = nullptr;
    QLabel *m_npmrcPreview = nullptr;
    QPushButton *m_addToNpmrc = nullptr;
    QLabel *m_npmrcStatus = nullptr;
    QLineEdit *m_runCommand = nullptr;
    QPushButton *m_copyRunCommand = nullptr;
    QLabel *m_ciStatus = nullptr;
    QPushButton *m_copySecretName = nullptr;
};

} // namespace td
