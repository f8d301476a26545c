// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestSender.h"
#include "crypto/RsaKey.h"
#include "inputs/FormSession.h"
#include "inputs/PayloadDecryptor.h"
#include "inputs/RequestBuilder.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace sb {

class CodeEditor;
class FormView;
class KeyPicker;
class VaultSession;
class ProblemsModel;
class SecretField;

// The form preview workspace: the definition in a JSON editor with its lint
// problems on the left, the form Port would render on the right, and below it
// the keys, the sample entity/user, the properties and request Port would
// send (regenerated on every change), a decrypt-back check, and Send.
class FormPreviewWorkspace : public QWidget
{
    Q_OBJECT
public:
    static constexpr auto DefaultBackendUrl = "http://127.0.0.1:8080/";

    explicit FormPreviewWorkspace(QWidget* parent = nullptr);
    ~FormPreviewWorkspace() override;

    // Files and examples.
    bool openFile(const QString& path, QString* error = nullptr);
    bool saveFile(const QString& path, QString* error = nullptr);
    static QStringList exampleResources(); // ":/examples/..."
    void loadExample(const QString& resource);
    QString filePath() const { return m_path; }
    QStringList recentFiles() const;

    // The definition text; applied at once (typing waits for a short pause).
    void setDefinitionText(const QString& text);
    QString definitionText() const;
    void applyDefinition();
    void setLintDelay(int ms) { m_lintTimer.setInterval(ms); }

    // Keys: from the vault (the pickers) or one-off (typed or loaded, never stored).
    void setVaultSession(VaultSession* session);
    KeyPicker* clientSecretPicker() const { return m_clientSecretPicker; }
    KeyPicker* privateKeyPicker() const { return m_privateKeyPicker; }
    void setClientSecret(const QString& secret);
    bool loadClientSecretFile(const QString& path, QString* error = nullptr);
    bool addPrivateKey(QByteArrayView pem, QByteArrayView passphrase = {}, QString* error = nullptr);
    int privateKeyCount() const { return static_cast<int>(m_privateKeys.size()); }
    // The keys in use now: the vault entry chosen, else the one-off ones.
    SecureBuffer clientSecretInUse() const;
    QList<RsaPrivateKey> privateKeysInUse() const;

    // A new key pair for a client-side input: its public key becomes the
    // input's "encryption.key" in the definition, its private half is kept
    // here (Decrypt back works at once) until saveGeneratedKey() puts it in
    // the vault. generateKeyPair() runs on the calling thread (the dialog
    // generates on a worker and calls useGeneratedKey()).
    Status generateKeyPair(const QString& input, int bits);
    Status useGeneratedKey(const QString& input, RsaPrivateKey key);
    const std::optional<RsaPrivateKey>& generatedKey() const { return m_generatedKey; }
    // Saves the generated private key (PKCS#8; the vault encrypts it) as an
    // rsa-private-key entry of `project`.
    Status saveGeneratedKey(const QString& project, const QString& name);
    // The dialog behind "Generate key pair…" (modeless, so the vault can be
    // unlocked while it is open).
    void showKeyPairDialog();

    // Outputs.
    const BuildResult& lastBuild() const { return m_built; }
    QString propertiesText() const;
    QString requestText() const;
    // Decrypts the current request body with the keys at hand and compares
    // every secret with what was typed; returns the number that do not round-trip.
    int decryptBack();
    Status exportFixture(const QString& path, bool includeClientSecret, bool includePrivateKeys);

    // Sending.
    void setSendUrl(const QString& url);
    void send();
    RequestSender* sender() { return &m_sender; }

    FormSession& session() { return m_session; }
    FormView* formView() const { return m_form; }
    ProblemsModel* problems() const { return m_problems; }
    CodeEditor* editor() const { return m_editor; }

Q_SIGNALS:
    void outputsRegenerated();
    void sendFinished(bool ok);
    // A key picker asks for the vault to be unlocked.
    void vaultUnlockRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildKeysTab();
    QWidget* buildSampleTab();
    QWidget* buildOutputTab(CodeEditor*& view, const QString& name, const QString& what);
    QWidget* buildDecryptTab();
    QWidget* buildSendTab();

    void regenerate();
    void updateOutputViews();
    void updateKeyStatus();
    void onProblemActivated(const QModelIndex& index);
    void onSampleEdited();
    void onSendFinished(const RequestSender::Response& response);
    void onSendFailed(RequestSender::Failure failure, const QString& message);
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void updateFileLabel();
    QString sessionKey() const;
    void loadSessionSamples(bool apply);
    void chooseOpenFile();
    void chooseSaveFile();
    void chooseClientSecretFile();
    void choosePrivateKeyFile();
    void showExportDialog();
    void saveOutput(const QString& text, const QString& suggestedName);
    bool acceptsDrop(const QMimeData* mime) const;

    FormSession m_session;
    EnvelopeCache m_cache;
    BuildResult m_built;
    QString m_runId;
    QString m_path;
    bool m_dirty = false;
    bool m_loading = false;
    QTimer m_lintTimer;
    QList<RsaPrivateKey> m_privateKeys;
    std::optional<RsaPrivateKey> m_generatedKey;
    QString m_generatedFor;
    RequestSender m_sender;

    QLabel* m_fileLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    CodeEditor* m_editor = nullptr;
    ProblemsModel* m_problems = nullptr;
    QTableView* m_problemsView = nullptr;
    QLabel* m_problemSummary = nullptr;
    FormView* m_form = nullptr;
    QLabel* m_buildStatus = nullptr;
    QTabWidget* m_tabs = nullptr;
    SecretField* m_clientSecret = nullptr;
    QPushButton* m_clientSecretFile = nullptr;
    KeyPicker* m_clientSecretPicker = nullptr;
    KeyPicker* m_privateKeyPicker = nullptr;
    QPushButton* m_generateKeyPair = nullptr;
    QLabel* m_keyStatus = nullptr;
    QLabel* m_privateKeysLabel = nullptr;
    CodeEditor* m_entityEditor = nullptr;
    CodeEditor* m_userEditor = nullptr;
    QLabel* m_sampleStatus = nullptr;
    CodeEditor* m_propertiesView = nullptr;
    CodeEditor* m_requestView = nullptr;
    QTableWidget* m_decryptTable = nullptr;
    QLabel* m_decryptSummary = nullptr;
    QLineEdit* m_sendUrl = nullptr;
    QSpinBox* m_timeout = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_sendStatus = nullptr;
    QPlainTextEdit* m_responseView = nullptr;
    bool m_propertiesDirty = true;
    bool m_requestDirty = true;
};

} // namespace sb
