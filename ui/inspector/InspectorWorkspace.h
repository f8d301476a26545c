// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "inspector/EnvelopeDiagnosis.h"
#include "inspector/InspectorInput.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace sb {

class BatchPanel;
class CodeEditor;
class DiagnosisPanel;
class EncryptPanel;
class JsonHighlighter;
class KeysPanel;
class VaultSession;
class SecretTextView;
class StructurePanel;

// The envelope inspector: paste, drop or open a value, a body or a log; see
// its structure byte by byte; decrypt it offline with a client secret or a
// private key; read a diagnosis of every way it fails; list every value of a
// body or log in a batch table; and make test envelopes. Fully offline, and
// nothing about a secret or a key is written anywhere unless exported.
class InspectorWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        StructureTab,
        ValueTab,
        DiagnosisTab,
        BatchTab,
        EncryptTab
    };

    // Inputs above this size are inspected whole but only previewed in the editor.
    static constexpr qsizetype PreviewThreshold = 512 * 1024;
    static constexpr int PreviewLines = 30;

    explicit InspectorWorkspace(QWidget* parent = nullptr);
    ~InspectorWorkspace() override;

    void setInputText(const QString& text);
    Status loadInputFile(const QString& path);
    // Runs the analysis now instead of after the typing pause.
    void analyseNow();
    // Whether an analysis is waiting for the typing pause to end.
    bool isAnalysisPending() const { return m_pause.isActive(); }

    InputKind inputKind() const { return m_kind; }
    const std::optional<EnvelopeDiagnosis>& currentDiagnosis() const { return m_diagnosis; }
    QString verdictText() const;

    KeysPanel* keysPanel() const { return m_keys; }
    StructurePanel* structurePanel() const { return m_structure; }
    SecretTextView* valueView() const { return m_value; }
    DiagnosisPanel* diagnosisPanel() const { return m_diagnosisPanel; }
    BatchPanel* batchPanel() const { return m_batch; }
    EncryptPanel* encryptPanel() const { return m_encrypt; }
    CodeEditor* inputEditor() const { return m_input; }
    QTabWidget* tabs() const { return m_tabs; }

    // The application's vault session, for keys kept in the vault.
    void setVaultSession(VaultSession* session);

Q_SIGNALS:
    // The analysis of the current input and keys is shown (a batch may still run).
    void analysed();
    // A key picker asks for the vault to be unlocked.
    void vaultUnlockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions(QPushButton* open, QPushButton* paste, QPushButton* clear);
    void analyse(bool inputChanged);
    void showDiagnosis(EnvelopeDiagnosis diagnosis, const QString& heading, bool chooseTab);
    void showBatchRow(int row);
    void clearResults(const QString& message);
    void openFile();
    void pasteFromClipboard();
    void setVerdict(Severity severity, const QString& text);
    void setHighlighting(bool on);

    CodeEditor* m_input;
    JsonHighlighter* m_highlighter = nullptr;
    QLabel* m_inputSummary;
    QLabel* m_previewBanner;
    KeysPanel* m_keys;
    QLabel* m_verdict;
    QTabWidget* m_tabs;
    StructurePanel* m_structure;
    SecretTextView* m_value;
    QLabel* m_valueFacts;
    DiagnosisPanel* m_diagnosisPanel;
    BatchPanel* m_batch;
    EncryptPanel* m_encrypt;
    QTimer m_pause;
    bool m_inputChanged = false;
    bool m_settingInput = false;
    bool m_ignoreTextChanges = false;
    // A large input (a log file) lives here; the editor previews it.
    std::optional<QByteArray> m_large;
    InputKind m_kind = InputKind::Empty;
    std::optional<Severity> m_verdictSeverity;
    std::optional<EnvelopeDiagnosis> m_diagnosis;
};

} // namespace sb
