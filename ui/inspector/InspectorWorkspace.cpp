// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorWorkspace.h"

#include "inspector/BatchPanel.h"
#include "inspector/DiagnosisPanel.h"
#include "inspector/DiagnosisReport.h"
#include "inspector/EncryptPanel.h"
#include "inspector/KeysPanel.h"
#include "inspector/StructurePanel.h"
#include "widgets/CodeEditor.h"
#include "widgets/FocusChain.h"
#include "widgets/JsonHighlighter.h"
#include "widgets/SecretTextView.h"
#include "widgets/SeverityStyle.h"
#include "widgets/WorkspaceActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

QString joinedLines(const QStringList& lines)
{
    QString html;
    for (const QString& line : lines) {
        html += QStringLiteral("<br>") + line.toHtmlEscaped();
    }
    return html;
}

} // namespace

InspectorWorkspace::InspectorWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_input(new CodeEditor(this))
    , m_inputSummary(new QLabel(this))
    , m_previewBanner(new QLabel(this))
    , m_keys(new KeysPanel(this))
    , m_verdict(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_structure(new StructurePanel(this))
    , m_value(new SecretTextView(this))
    , m_valueFacts(new QLabel(this))
    , m_diagnosisPanel(new DiagnosisPanel(this))
    , m_batch(new BatchPanel(this))
    , m_encrypt(new EncryptPanel(m_keys, this))
{
    setObjectName(QStringLiteral("inspectorWorkspace"));
    m_input->setObjectName(QStringLiteral("inputEditor"));
    m_input->setPlaceholderText(
        tr("Paste or drop an encrypted value,\na webhook body (JSON)\nor a log (one body "
           "per line)."));
    m_input->setAccessibleName(tr("Input"));
    m_input->viewport()->installEventFilter(this);
    m_input->setAcceptDrops(true);
    m_inputSummary->setObjectName(QStringLiteral("inputSummary"));
    m_inputSummary->setWordWrap(true);
    m_inputSummary->setTextFormat(Qt::RichText);
    m_previewBanner->setObjectName(QStringLiteral("previewBanner"));
    m_previewBanner->setWordWrap(true);
    m_previewBanner->hide();
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setMinimumHeight(40);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_value->setObjectName(QStringLiteral("valueView"));
    m_valueFacts->setObjectName(QStringLiteral("valueFacts"));
    m_valueFacts->setWordWrap(true);

    auto* open = new QPushButton(tr("Open file…"), this);
    open->setObjectName(QStringLiteral("openInputButton"));
    auto* paste = new QPushButton(tr("Paste"), this);
    paste->setObjectName(QStringLiteral("pasteInputButton"));
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("clearInputButton"));
    auto* inputBar = new QHBoxLayout;
    auto* inputTitle = new QLabel(tr("<b>Input</b>"), this);
    inputBar->addWidget(inputTitle);
    inputBar->addStretch(1);
    inputBar->addWidget(open);
    inputBar->addWidget(paste);
    inputBar->addWidget(clear);

    auto* left = new QWidget(this);
    left->setMinimumWidth(360);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(inputBar);
    leftLayout->addWidget(m_previewBanner);
    leftLayout->addWidget(m_input, 2);
    leftLayout->addWidget(m_inputSummary);
    auto* keysScroll = new QScrollArea(this);
    keysScroll->setAccessibleName(tr("Keys"));
    keysScroll->setWidget(m_keys);
    keysScroll->setWidgetResizable(true);
    keysScroll->setFrameShape(QFrame::NoFrame);
    leftLayout->addWidget(keysScroll, 1);

    auto* valuePage = new QWidget(this);
    auto* valueLayout = new QVBoxLayout(valuePage);
    valueLayout->addWidget(m_valueFacts);
    valueLayout->addWidget(m_value, 1);

    m_tabs->addTab(m_structure, tr("Structure"));
    m_tabs->addTab(valuePage, tr("Value"));
    m_tabs->addTab(m_diagnosisPanel, tr("Diagnosis"));
    m_tabs->addTab(m_batch, tr("Batch"));
    m_tabs->addTab(m_encrypt, tr("Encrypt"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 420, 620 });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    m_pause.setSingleShot(true);
    m_pause.setInterval(250);
    connect(&m_pause, &QTimer::timeout, this, [this] { analyse(std::exchange(m_inputChanged, false)); });
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingInput || m_ignoreTextChanges) {
            return;
        }
        if (m_large) {
            // Edited by hand: the previewed file is no longer what is shown.
            m_large.reset();
            m_previewBanner->hide();
            m_input->setReadOnly(false);
        }
        m_inputChanged = true;
        m_pause.start();
    });
    connect(m_keys, &KeysPanel::keysChanged, this, [this] { m_pause.start(); });
    connect(m_keys, &KeysPanel::vaultUnlockRequested, this, &InspectorWorkspace::vaultUnlockRequested);
    connect(m_batch, &BatchPanel::rowActivated, this, &InspectorWorkspace::showBatchRow);
    connect(m_encrypt, &EncryptPanel::inspectRequested, this, &InspectorWorkspace::setInputText);
    connect(open, &QPushButton::clicked, this, &InspectorWorkspace::openFile);
    connect(paste, &QPushButton::clicked, this, &InspectorWorkspace::pasteFromClipboard);
    connect(clear, &QPushButton::clicked, this, [this] { setInputText(QString()); });
    createActions(open, paste, clear);
    // The buttons above the input and the keys below it, before the results on the right.
    FocusChain::moveBefore({ open, paste, clear, m_input, keysScroll }, m_tabs);
    clearResults(QString());
}

void InspectorWorkspace::createActions(QPushButton* open, QPushButton* paste, QPushButton* clear)
{
    using namespace WorkspaceActions;
    forButton(this, open, tr("&Open file…"), QKeySequence::Open);
    forButton(this, paste, tr("&Paste input"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    forButton(this, clear, tr("C&lear input"));
    addSeparator(this);
    auto* decrypt = new QAction(tr("&Decrypt"), this);
    decrypt->setObjectName(QStringLiteral("decryptAction"));
    setShortcut(decrypt, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                tr("Inspect and decrypt the input now, without waiting for the typing pause"));
    connect(decrypt, &QAction::triggered, this, [this] {
        m_pause.stop();
        m_inputChanged = false;
        analyse(true);
    });
    add(this, decrypt);
    auto showTab = [this](Tab tab) { return [this, tab] { m_tabs->setCurrentIndex(tab); }; };
    forButton(this, m_encrypt->findChild<QPushButton*>(QStringLiteral("encryptButton")), tr("&Encrypt"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), showTab(EncryptTab));
    addSeparator(this);
    forButton(this, m_value->findChild<QToolButton*>(QStringLiteral("revealButton")), tr("&Reveal value"),
              QKeySequence(Qt::CTRL | Qt::Key_R), showTab(ValueTab));
    forButton(this, m_value->findChild<QToolButton*>(QStringLiteral("copyButton")), tr("&Copy value"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    forButton(this, m_batch->findChild<QPushButton*>(QStringLiteral("batchExport")),
              tr("E&xport batch results…"), {}, showTab(BatchTab));
}

InspectorWorkspace::~InspectorWorkspace() = default;

void InspectorWorkspace::setInputText(const QString& text)
{
    m_large.reset();
    m_previewBanner->hide();
    m_input->setReadOnly(false);
    m_settingInput = true;
    m_input->setPlainText(text);
    m_settingInput = false;
    m_pause.stop();
    analyse(true);
}

Status InspectorWorkspace::loadInputFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString message = tr("Cannot read %1: %2").arg(path, file.errorString());
        m_inputSummary->setText(message.toHtmlEscaped());
        return fail(ErrorKind::FileError, message);
    }
    QByteArray bytes = file.readAll();
    if (bytes.size() <= PreviewThreshold) {
        setInputText(QString::fromUtf8(bytes));
        return {};
    }
    // Large files (logs) are inspected whole but only previewed: the editor
    // would spend seconds laying out megabytes nobody reads line by line.
    // Each step (preview, analysis) runs on its own turn of the event loop, so
    // that none of them keeps the window from repainting for long.
    qsizetype cut = 0;
    for (int line = 0; line < PreviewLines && cut >= 0 && cut < 16 * 1024; ++line) {
        cut = bytes.indexOf('\n', cut);
        if (cut >= 0) {
            ++cut;
        }
    }
    const QByteArray preview = bytes.left(cut < 0 ? bytes.size() : cut);
    m_previewBanner->setText(
        tr("Showing the first %1 lines of %2 (%3). The whole file is inspected; the preview is read-only.")
            .arg(preview.count('\n'))
            .arg(QFileInfo(path).fileName())
            .arg(QLocale().formattedDataSize(bytes.size())));
    m_previewBanner->show();
    m_large = std::move(bytes);
    m_pause.stop();
    m_inputChanged = false;
    m_input->setReadOnly(true);
    QTimer::singleShot(0, this, [this, preview] {
        m_settingInput = true;
        m_input->setPlainText(QString::fromUtf8(preview));
        m_settingInput = false;
        QTimer::singleShot(0, this, [this] { analyse(true); });
    });
    return {};
}

void InspectorWorkspace::analyseNow()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        analyse(std::exchange(m_inputChanged, false));
    }
}

QString InspectorWorkspace::verdictText() const
{
    return m_verdict->text();
}

void InspectorWorkspace::setVerdict(Severity severity, const QString& text)
{
    const QColor colour = severityColour(severity);
    m_verdict->setText(QStringLiteral("<span style='color:%1; font-size:large'>%2</span> <b>%3</b>")
                           .arg(colour.name(), severitySymbol(severity), text.toHtmlEscaped()));
    if (m_verdictSeverity == severity) {
        return; // re-polishing a style sheet is not free
    }
    m_verdictSeverity = severity;
    QColor background = colour;
    background.setAlpha(28);
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel { border-left: 5px solid %1; background: rgba(%2,%3,%4,%5); "
                       "padding: 6px; }")
            .arg(colour.name())
            .arg(background.red())
            .arg(background.green())
            .arg(background.blue())
            .arg(background.alpha()));
    m_verdict->setText(QStringLiteral("<span style='color:%1; font-size:large'>%2</span> <b>%3</b>")
                           .arg(colour.name(), severitySymbol(severity), text.toHtmlEscaped()));
}

void InspectorWorkspace::clearResults(const QString& message)
{
    m_diagnosis.reset();
    m_structure->clear(message);
    m_value->clear();
    m_valueFacts->setText(tr("No decrypted value."));
    m_diagnosisPanel->clear(message);
    setVerdict(Severity::Info,
               message.isEmpty() ? tr("Paste an encrypted value, a webhook body or a log.") : message);
}

void InspectorWorkspace::analyse(bool inputChanged)
{
    const QByteArray bytes = m_large ? *m_large : m_input->toPlainText().toUtf8();
    DiagnosisKeys keys = m_keys->keys();
    m_kind = guessInputKind(bytes);
    const bool json = m_kind == InputKind::JsonDocument || m_kind == InputKind::JsonLines;
    setHighlighting(json && !m_large);
    if (m_kind == InputKind::Empty) {
        m_batch->clear();
        m_inputSummary->clear();
        clearResults(QString());
        Q_EMIT analysed();
        return;
    }
    if (m_kind == InputKind::JsonLines || m_kind == InputKind::EnvelopeLines) {
        // A log: classified and decrypted in the background, row by row.
        // The reason is read from the first lines only; the batch reads the rest off this thread.
        qsizetype headEnd = 0;
        for (int line = 0;
             line < 20 && headEnd >= 0 && headEnd < std::min<qsizetype>(bytes.size(), 16 * 1024); ++line) {
            headEnd = bytes.indexOf('\n', headEnd);
            headEnd = headEnd < 0 ? -1 : headEnd + 1;
        }
        const ClassifiedInput head = classifyInput(headEnd < 0 ? bytes.left(16 * 1024) : bytes.left(headEnd));
        clearResults(tr("Select a row of the batch table to inspect it."));
        m_batch->start(bytes, m_kind, std::move(keys));
        m_inputSummary->setText(
            tr("<b>%1</b>: %2 lines.")
                .arg(m_kind == InputKind::JsonLines ? tr("A JSON-lines log") : tr("Envelopes, one per line"))
                .arg(QLocale().toString(m_batch->batch()->totalLines()))
            + joinedLines(QStringList { head.reason } + head.notes));
        if (inputChanged) {
            // On the next turn, so that laying out the table is not added to this step.
            QTimer::singleShot(0, m_tabs, [this] { m_tabs->setCurrentIndex(BatchTab); });
        }
        Q_EMIT analysed();
        return;
    }
    const ClassifiedInput classified = classifyInput(bytes);
    QStringList details { classified.reason };
    details += classified.notes;
    for (const InputProblem& problem : classified.problems) {
        details << (problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.message)
                                     : problem.message);
    }
    m_inputSummary->setText(QStringLiteral("<b>%1</b>.").arg(classified.summary.toHtmlEscaped())
                            + joinedLines(details));
    if (classified.entries.size() > 1) {
        clearResults(tr("Select a row of the batch table to inspect it."));
        m_batch->start(bytes, classified.kind, std::move(keys));
        if (inputChanged) {
            // On the next turn, so that laying out the table is not added to this step.
            QTimer::singleShot(0, m_tabs, [this] { m_tabs->setCurrentIndex(BatchTab); });
        }
        Q_EMIT analysed();
        return;
    }
    m_batch->clear();
    // One value (or none: then the whole text is diagnosed, which says what it is instead).
    const QByteArray text = classified.entries.isEmpty() ? bytes : classified.entries.first().text;
    const QString heading
        = classified.entries.isEmpty() ? QString() : DiagnosisReport::entryLabel(classified.entries.first());
    showDiagnosis(diagnoseEnvelope(text, keys), heading, true);
    Q_EMIT analysed();
}

void InspectorWorkspace::setHighlighting(bool on)
{
    if (on == (m_highlighter != nullptr)) {
        return;
    }
    // Attaching or detaching a highlighter re-formats the document, which
    // QPlainTextEdit reports as a text change (now, and again when the
    // highlighter's queued first pass runs): ignored until that pass is done,
    // or it would start a second analysis of the same input.
    m_ignoreTextChanges = true;
    if (on) {
        m_highlighter = new JsonHighlighter(m_input->document());
    } else {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
    QMetaObject::invokeMethod(
        this, [this] { m_ignoreTextChanges = false; }, Qt::QueuedConnection);
}

void InspectorWorkspace::showBatchRow(int row)
{
    const std::vector<BatchRow>& rows = m_batch->batch()->rows();
    if (row < 0 || row >= static_cast<int>(rows.size())) {
        return;
    }
    const BatchRow& r = rows[static_cast<std::size_t>(row)];
    const InputEntry entry { r.line, r.path, r.text, false };
    showDiagnosis(diagnoseEnvelope(r.text, m_keys->keys()), DiagnosisReport::entryLabel(entry), false);
}

void InspectorWorkspace::showDiagnosis(EnvelopeDiagnosis d, const QString& heading, bool chooseTab)
{
    using Verdict = EnvelopeDiagnosis::Verdict;
    if (d.inspection && !d.inspection->layouts.isEmpty()) {
        m_structure->setEnvelope(d.bytes, d.inspection->layouts, d.chosenLayout, d.layoutReason,
                                 d.inspection->rejected);
    } else {
        m_structure->clear(d.findings.isEmpty() ? QString() : d.findings.first().title);
    }
    const Finding* lead = d.findings.isEmpty() ? nullptr : &d.findings.first();
    for (const Finding& f : d.findings) {
        if (f.severity == Severity::Error) {
            lead = &f;
            break;
        }
    }
    switch (d.verdict) {
    case Verdict::Decrypted:
        setVerdict(Severity::Ok, d.findings.first().title);
        break;
    case Verdict::DecryptedWithCorrection:
        setVerdict(Severity::Warning,
                   tr("Decrypts only after a correction: %1").arg(lead ? lead->title : QString()));
        break;
    case Verdict::Failed:
    case Verdict::Malformed:
        setVerdict(Severity::Error, lead ? lead->title : tr("Not decrypted"));
        break;
    case Verdict::NotAttempted:
        setVerdict(Severity::Info,
                   tr("A readable envelope of %n bytes. Give a key to decrypt it.", nullptr,
                      static_cast<int>(d.bytes.size())));
        break;
    }
    if (d.value) {
        // Length and UTF-8 validity are on the value view itself.
        QStringList facts {
            tr("Format: %1").arg(d.layout() ? d.layout()->title() : envelopeFormatName(d.value->format)),
            tr("key: %1").arg(d.value->keyDescription)
        };
        if (d.value->json != DecryptedValue::JsonShape::None) {
            facts << tr("a JSON %1, pretty-printed when revealed").arg(jsonShapeName(d.value->json));
        }
        m_valueFacts->setText(facts.join(QStringLiteral(" · ")));
        // The view keeps the only copy of the plaintext.
        m_value->setSecret(std::move(d.value->plaintext));
    } else {
        m_value->clear();
        m_valueFacts->setText(tr("No decrypted value: see the diagnosis."));
    }
    m_diagnosisPanel->setFindings(d.findings, heading);
    if (chooseTab) {
        m_tabs->setCurrentIndex(d.value ? (d.verdict == Verdict::Decrypted ? ValueTab : DiagnosisTab)
                                        : (d.verdict == Verdict::NotAttempted ? StructureTab : DiagnosisTab));
    }
    m_diagnosis = std::move(d);
}

void InspectorWorkspace::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a value, a body or a log"));
    if (!path.isEmpty()) {
        (void)loadInputFile(path);
    }
}

void InspectorWorkspace::pasteFromClipboard()
{
    setInputText(QApplication::clipboard()->text());
}

bool InspectorWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDropEvent*>(event);
            if (drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QList<QUrl> urls = drop->mimeData()->urls();
            if (!urls.isEmpty() && urls.first().isLocalFile()) {
                (void)loadInputFile(urls.first().toLocalFile());
                drop->acceptProposedAction();
                return true;
            }
            if (drop->mimeData()->hasText() && !m_large) {
                // A dropped text replaces the input rather than landing mid-value.
                setInputText(drop->mimeData()->text());
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InspectorWorkspace::setVaultSession(VaultSession* session)
{
    m_keys->setVaultSession(session);
}

} // namespace sb
