// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPreviewWorkspace.h"

#include "FormView.h"
#include "InputField.h"
#include "KeyPairDialog.h"
#include "ProblemsModel.h"
#include "UiResources.h"
#include "common/JsonText.h"
#include "common/Settings.h"
#include "crypto/PortManagedCipher.h"
#include "inputs/DefinitionLinter.h"
#include "inputs/Fixture.h"
#include "secrets/VaultKeys.h"
#include "secrets/VaultSession.h"
#include "widgets/ClipboardService.h"
#include "widgets/CodeEditor.h"
#include "widgets/FocusChain.h"
#include "widgets/JsonHighlighter.h"
#include "widgets/KeyPicker.h"
#include "widgets/SecretField.h"
#include "widgets/SeverityStyle.h"
#include "widgets/WorkspaceActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

constexpr int MaxRecent = 8;
const QString RecentKey = QStringLiteral("formPreview/recentFiles");

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, label->palette().color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

QString statusHtml(Severity severity, const QString& text)
{
    return QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2")
        .arg(severityColour(severity).name(), text.toHtmlEscaped());
}

} // namespace

FormPreviewWorkspace::FormPreviewWorkspace(QWidget* parent)
    : QWidget(parent)
{
    initUiResources();
    setObjectName(QStringLiteral("formPreviewWorkspace"));
    setAcceptDrops(true);
    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(250);
    connect(&m_lintTimer, &QTimer::timeout, this, &FormPreviewWorkspace::applyDefinition);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildToolbar());

    // Left: definition and problems.
    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("definitionEditor"));
    m_editor->setAccessibleName(tr("Action definition"));
    m_editor->setPlaceholderText(
        tr("Paste a Port action definition, its userInputs, or its properties; or open "
           "a file, drop one here, or pick an example."));
    new JsonHighlighter(m_editor->document());
    m_editor->viewport()->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_dirty = true;
            updateFileLabel();
            m_lintTimer.start();
        }
    });

    m_problems = new ProblemsModel(this);
    m_problemsView = new QTableView(this);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setAccessibleName(tr("Problems"));
    // Tab leaves the table (arrow keys move within it): no keyboard trap.
    m_problemsView->setTabKeyNavigation(false);
    m_problemsView->setModel(m_problems);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->setWordWrap(false);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn,
                                                             QHeaderView::ResizeToContents);
    m_problemsView->horizontalHeader()->setSectionResizeMode(ProblemsModel::LocationColumn,
                                                             QHeaderView::ResizeToContents);
    connect(m_problemsView, &QTableView::clicked, this, &FormPreviewWorkspace::onProblemActivated);
    connect(m_problemsView, &QTableView::activated, this, &FormPreviewWorkspace::onProblemActivated);
    m_problemSummary = new QLabel(this);
    m_problemSummary->setObjectName(QStringLiteral("problemSummary"));

    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemSummary);
    problemsLayout->addWidget(m_problemsView);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_editor);
    left->addWidget(problemsBox);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);
    left->setSizes({ 520, 150 });

    // Right: the form, then the outputs.
    m_form = new FormView(this);
    connect(m_form, &FormView::valueEdited, this, &FormPreviewWorkspace::regenerate);

    m_buildStatus = new QLabel(this);
    m_buildStatus->setObjectName(QStringLiteral("buildStatus"));
    m_buildStatus->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("outputTabs"));
    m_tabs->addTab(buildKeysTab(), tr("Keys"));
    m_tabs->addTab(buildSampleTab(), tr("Sample data"));
    m_tabs->addTab(
        buildOutputTab(m_propertiesView, QStringLiteral("properties"),
                       tr("The properties object: every secret encrypted in its declared format.")),
        tr("Properties"));
    m_tabs->addTab(
        buildOutputTab(m_requestView, QStringLiteral("request"),
                       tr("The request Port sends: method, URL, headers, body, templates evaluated.")),
        tr("Request"));
    m_propertiesView->setAccessibleName(tr("Properties"));
    m_requestView->setAccessibleName(tr("Request"));
    m_tabs->addTab(buildDecryptTab(), tr("Decrypt back"));
    m_tabs->addTab(buildSendTab(), tr("Send"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateOutputViews();
        if (m_tabs->currentWidget()->objectName() == QLatin1String("decryptTab")) {
            decryptBack();
        }
    });
    auto* outputs = new QWidget(this);
    auto* outputsLayout = new QVBoxLayout(outputs);
    outputsLayout->setContentsMargins(0, 0, 0, 0);
    outputsLayout->addWidget(m_buildStatus);
    outputsLayout->addWidget(m_tabs, 1);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_form);
    right->addWidget(outputs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({ 430, 250 });

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({ 380, 520 });
    layout->addWidget(main, 1);

    connect(&m_sender, &RequestSender::finished, this, &FormPreviewWorkspace::onSendFinished);
    connect(&m_sender, &RequestSender::failed, this, &FormPreviewWorkspace::onSendFailed);

    rebuildRecentMenu();
    updateFileLabel();
    loadSessionSamples(true);
    updateKeyStatus();
    if (!exampleResources().isEmpty()) {
        loadExample(exampleResources().first());
    }
}

FormPreviewWorkspace::~FormPreviewWorkspace() = default;

QWidget* FormPreviewWorkspace::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QToolButton(bar);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(b);
        return b;
    };
    auto* open = button(tr("Open…"), QStringLiteral("openButton"), tr("Open a definition"));
    connect(open, &QToolButton::clicked, this, &FormPreviewWorkspace::chooseOpenFile);
    WorkspaceActions::forButton(this, open, tr("&Open…"), QKeySequence::Open);
    auto* save = button(tr("Save"), QStringLiteral("saveButton"), tr("Save the definition"));
    WorkspaceActions::forButton(this, save, tr("&Save"), QKeySequence::Save);
    connect(save, &QToolButton::clicked, this, [this] {
        if (m_path.isEmpty() || m_path.startsWith(QLatin1Char(':'))) {
            chooseSaveFile();
        } else {
            QString error;
            if (!saveFile(m_path, &error)) {
                QMessageBox::warning(this, tr("Save"), error);
            }
        }
    });
    auto* saveAs
        = button(tr("Save as…"), QStringLiteral("saveAsButton"), tr("Save the definition to another file"));
    connect(saveAs, &QToolButton::clicked, this, &FormPreviewWorkspace::chooseSaveFile);
    WorkspaceActions::forButton(this, saveAs, tr("Save &as…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    auto* recent = button(tr("Recent"), QStringLiteral("recentButton"), tr("Recently opened definitions"));
    m_recentMenu = new QMenu(tr("Open &recent"), recent);
    WorkspaceActions::add(this, m_recentMenu->menuAction());
    recent->setMenu(m_recentMenu);
    recent->setPopupMode(QToolButton::InstantPopup);
    auto* examples
        = button(tr("Examples"), QStringLiteral("examplesButton"), tr("Bundled example definitions"));
    auto* examplesMenu = new QMenu(tr("E&xamples"), examples);
    WorkspaceActions::add(this, examplesMenu->menuAction());
    for (const QString& resource : exampleResources()) {
        QFile file(resource);
        QString title = QFileInfo(resource).baseName();
        if (file.open(QIODevice::ReadOnly)) {
            if (auto root = JsonText::parse(file.readAll()); root && root->find(u"title")) {
                title = root->find(u"title")->string;
            }
        }
        examplesMenu->addAction(title, this, [this, resource] { loadExample(resource); });
    }
    examples->setMenu(examplesMenu);
    examples->setPopupMode(QToolButton::InstantPopup);
    auto* fixture = button(tr("Export fixture…"), QStringLiteral("exportFixtureButton"),
                           tr("Save a JSON fixture your backend's tests can load"));
    connect(fixture, &QToolButton::clicked, this, &FormPreviewWorkspace::showExportDialog);
    WorkspaceActions::forButton(this, fixture, tr("&Export fixture…"));
    layout->addSpacing(12);
    m_fileLabel = new QLabel(bar);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    layout->addWidget(m_fileLabel, 1);
    return bar;
}

QWidget* FormPreviewWorkspace::buildKeysTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("keysTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* form = new QFormLayout;
    m_clientSecretPicker = new KeyPicker(KeyKind::ClientSecret, tab);
    m_clientSecretPicker->setObjectName(QStringLiteral("clientSecretPicker"));
    m_privateKeyPicker = new KeyPicker(KeyKind::PrivateKey, tab);
    m_privateKeyPicker->setObjectName(QStringLiteral("privateKeyPicker"));
    for (KeyPicker* picker : { m_clientSecretPicker, m_privateKeyPicker }) {
        connect(picker, &KeyPicker::unlockRequested, this, &FormPreviewWorkspace::vaultUnlockRequested);
        connect(picker, &KeyPicker::selectionChanged, this, [this] {
            m_clientSecret->setEnabled(m_clientSecretPicker->isOneOff());
            m_clientSecretFile->setEnabled(m_clientSecretPicker->isOneOff());
            updateKeyStatus();
            regenerate();
        });
    }
    m_clientSecret = new SecretField(tab);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretField"));
    m_clientSecret->lineEdit()->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setPlaceholderText(
        tr("Port client secret (Port-managed aes256-gcm key: its first 32 characters)"));
    connect(m_clientSecret, &SecretField::textChanged, this, [this] {
        updateKeyStatus();
        regenerate();
    });
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_clientSecret, 1);
    m_clientSecretFile = new QPushButton(tr("From file…"), tab);
    m_clientSecretFile->setObjectName(QStringLiteral("clientSecretFileButton"));
    m_clientSecretFile->setAccessibleName(tr("Load the client secret from a file"));
    connect(m_clientSecretFile, &QPushButton::clicked, this, &FormPreviewWorkspace::chooseClientSecretFile);
    secretRow->addWidget(m_clientSecretFile);
    auto* secretBox = new QVBoxLayout;
    secretBox->addWidget(m_clientSecretPicker);
    secretBox->addLayout(secretRow);
    form->addRow(tr("Client secret:"), secretBox);
    auto* keysRow = new QHBoxLayout;
    m_privateKeysLabel = new QLabel(tr("no one-off key loaded"), tab);
    m_privateKeysLabel->setObjectName(QStringLiteral("privateKeysLabel"));
    keysRow->addWidget(m_privateKeysLabel, 1);
    auto* addKey = new QPushButton(tr("Add private key…"), tab);
    addKey->setObjectName(QStringLiteral("addPrivateKeyButton"));
    addKey->setToolTip(tr("Load a one-off private key (PEM) to decrypt back; it is never stored"));
    connect(addKey, &QPushButton::clicked, this, &FormPreviewWorkspace::choosePrivateKeyFile);
    keysRow->addWidget(addKey);
    auto* keysBox = new QVBoxLayout;
    keysBox->addWidget(m_privateKeyPicker);
    keysBox->addLayout(keysRow);
    form->addRow(tr("Private keys:"), keysBox);
    m_generateKeyPair = new QPushButton(tr("Generate key pair…"), tab);
    m_generateKeyPair->setObjectName(QStringLiteral("generateKeyPairButton"));
    m_generateKeyPair->setToolTip(
        tr("Make a new RSA key pair for a client-side input: the public key goes into the definition, "
           "the private half can be saved in the vault"));
    connect(m_generateKeyPair, &QPushButton::clicked, this, &FormPreviewWorkspace::showKeyPairDialog);
    auto* generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generateKeyPair);
    generateRow->addStretch(1);
    form->addRow(QString(), generateRow);
    layout->addLayout(form);
    FocusChain::inOrder(QList<QWidget*> { m_clientSecretPicker->comboBox(),
                                          m_clientSecretPicker->unlockButton(), m_clientSecret,
                                          m_clientSecretFile, m_privateKeyPicker->comboBox(),
                                          m_privateKeyPicker->unlockButton(), addKey, m_generateKeyPair });
    m_keyStatus = new QLabel(tab);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::RichText);
    layout->addWidget(m_keyStatus);
    layout->addWidget(
        hint(tr("Keys kept in the vault (Project secrets) can be chosen above; a one-off key is only "
                "used here and never stored. Client-side inputs are encrypted with the public key in their "
                "definition; a private key is only used to decrypt back and never leaves this computer."),
             tab));
    layout->addStretch();
    // The pane under the form is short: scroll rather than squeeze the rows.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("keysTabScroll"));
    scroll->setWidget(tab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // every row in it is a stop of its own
    return scroll;
}

QWidget* FormPreviewWorkspace::buildSampleTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("sampleTab"));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(hint(tr("What jq expressions see as .entity and .user (and templates as .entity and "
                              ".trigger.by.user). Kept with this definition's session."),
                           tab));
    auto* row = new QHBoxLayout;
    auto editor = [&](CodeEditor*& target, const QString& name, const QString& title) {
        auto* box = new QVBoxLayout;
        box->addWidget(new QLabel(title, tab));
        target = new CodeEditor(tab);
        target->setObjectName(name);
        target->setAccessibleName(title);
        new JsonHighlighter(target->document());
        connect(target, &QPlainTextEdit::textChanged, this, &FormPreviewWorkspace::onSampleEdited);
        box->addWidget(target);
        row->addLayout(box);
    };
    editor(m_entityEditor, QStringLiteral("entityEditor"), tr("Sample entity"));
    editor(m_userEditor, QStringLiteral("userEditor"), tr("Sample user"));
    layout->addLayout(row, 1);
    m_sampleStatus = new QLabel(tab);
    m_sampleStatus->setObjectName(QStringLiteral("sampleStatus"));
    layout->addWidget(m_sampleStatus);
    return tab;
}

QWidget* FormPreviewWorkspace::buildOutputTab(CodeEditor*& view, const QString& name, const QString& what)
{
    auto* tab = new QWidget(this);
    tab->setObjectName(name + QStringLiteral("Tab"));
    auto* layout = new QVBoxLayout(tab);
    auto* top = new QHBoxLayout;
    top->addWidget(hint(what, tab), 1);
    auto* copy = new QPushButton(tr("Copy"), tab);
    copy->setObjectName(name + QStringLiteral("CopyButton"));
    auto* save = new QPushButton(tr("Save…"), tab);
    save->setObjectName(name + QStringLiteral("SaveButton"));
    top->addWidget(copy);
    top->addWidget(save);
    layout->addLayout(top);
    view = new CodeEditor(tab);
    view->setObjectName(name + QStringLiteral("View"));
    view->setReadOnly(true);
    new JsonHighlighter(view->document());
    layout->addWidget(view, 1);
    CodeEditor* target = view;
    // Envelopes and request bodies are not secret values: plain copy, no timeout.
    connect(copy, &QPushButton::clicked, this, [this, target] {
        updateOutputViews();
        ClipboardService::instance().copyText(target->toPlainText());
    });
    connect(save, &QPushButton::clicked, this, [this, target, name] {
        updateOutputViews();
        saveOutput(
            target->toPlainText(),
            name + (name == QLatin1String("request") ? QStringLiteral(".txt") : QStringLiteral(".json")));
    });
    return tab;
}

QWidget* FormPreviewWorkspace::buildDecryptTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("decryptTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* top = new QHBoxLayout;
    m_decryptSummary = new QLabel(tab);
    m_decryptSummary->setObjectName(QStringLiteral("decryptSummary"));
    m_decryptSummary->setWordWrap(true);
    top->addWidget(m_decryptSummary, 1);
    auto* check = new QPushButton(tr("Check again"), tab);
    check->setObjectName(QStringLiteral("decryptBackButton"));
    connect(check, &QPushButton::clicked, this, &FormPreviewWorkspace::decryptBack);
    WorkspaceActions::addSeparator(this);
    WorkspaceActions::forButton(this, check, tr("&Decrypt back"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                [this, tab] { m_tabs->setCurrentWidget(tab); });
    top->addWidget(check);
    layout->addLayout(top);
    m_decryptTable = new QTableWidget(0, 4, tab);
    m_decryptTable->setObjectName(QStringLiteral("decryptTable"));
    m_decryptTable->setAccessibleName(tr("Decrypt-back results"));
    m_decryptTable->setTabKeyNavigation(false);
    m_decryptTable->setHorizontalHeaderLabels(
        { tr("Input"), tr("Where in the body"), tr("Format"), tr("Result") });
    m_decryptTable->horizontalHeader()->setStretchLastSection(true);
    m_decryptTable->verticalHeader()->hide();
    m_decryptTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_decryptTable, 1);
    return tab;
}

QWidget* FormPreviewWorkspace::buildSendTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("sendTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    m_sendUrl = new QLineEdit(Settings::instance().backendUrl().toString(), tab);
    m_sendUrl->setObjectName(QStringLiteral("sendUrl"));
    m_sendUrl->setAccessibleName(tr("Backend URL"));
    row->addWidget(new QLabel(tr("URL:"), tab));
    row->addWidget(m_sendUrl, 1);
    auto* useDefinition = new QPushButton(tr("Definition's URL"), tab);
    useDefinition->setObjectName(QStringLiteral("useDefinitionUrlButton"));
    connect(useDefinition, &QPushButton::clicked, this, [this] {
        if (!m_built.request.url.isEmpty()) {
            m_sendUrl->setText(m_built.request.url);
        }
    });
    row->addWidget(useDefinition);
    m_timeout = new QSpinBox(tab);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(Settings::instance().backendTimeoutSeconds());
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Time limit"));
    m_timeout->setAccessibleName(tr("Time limit"));
    row->addWidget(m_timeout);
    m_sendButton = new QPushButton(tr("Send"), tab);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    connect(m_sendButton, &QPushButton::clicked, this, &FormPreviewWorkspace::send);
    WorkspaceActions::forButton(this, m_sendButton, tr("Se&nd"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                [this, tab] { m_tabs->setCurrentWidget(tab); });
    row->addWidget(m_sendButton);
    m_cancelButton = new QPushButton(tr("Cancel"), tab);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, &m_sender, &RequestSender::cancel);
    row->addWidget(m_cancelButton);
    layout->addLayout(row);
    m_sendStatus = new QLabel(tr("Sends the request above (method, headers, body) to the URL."), tab);
    m_sendStatus->setObjectName(QStringLiteral("sendStatus"));
    m_sendStatus->setWordWrap(true);
    m_sendStatus->setTextFormat(Qt::RichText);
    layout->addWidget(m_sendStatus);
    m_responseView = new QPlainTextEdit(tab);
    m_responseView->setObjectName(QStringLiteral("responseView"));
    m_responseView->setAccessibleName(tr("Response"));
    m_responseView->setReadOnly(true);
    m_responseView->setFont(m_editor->font());
    layout->addWidget(m_responseView, 1);
    return tab;
}

// ---- Definition ----

QStringList FormPreviewWorkspace::exampleResources()
{
    QStringList out;
    initUiResources();
    const QStringList order
        = { QStringLiteral("secret-inputs.json"), QStringLiteral("multi-line-certificate.json"),
            QStringLiteral("object-secret.json"), QStringLiteral("client-side-secret.json"),
            QStringLiteral("multi-step-jq.json") };
    const QStringList present
        = QDir(QStringLiteral(":/examples")).entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString& name : order) {
        if (present.contains(name)) {
            out << QStringLiteral(":/examples/") + name;
        }
    }
    for (const QString& name : present) {
        if (!order.contains(name)) {
            out << QStringLiteral(":/examples/") + name;
        }
    }
    return out;
}

void FormPreviewWorkspace::loadExample(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    m_path = resource;
    m_session.clearValues(); // another form: nothing typed for the last one carries over
    setDefinitionText(QString::fromUtf8(file.readAll()));
    m_dirty = false;
    updateFileLabel();
}

bool FormPreviewWorkspace::openFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    const QByteArray bytes = file.readAll();
    m_path = QFileInfo(path).absoluteFilePath();
    m_session.clearValues();
    setDefinitionText(QString::fromUtf8(bytes));
    m_dirty = false;
    rememberRecent(m_path);
    updateFileLabel();
    return true;
}

bool FormPreviewWorkspace::saveFile(const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_dirty = false;
    rememberRecent(m_path);
    updateFileLabel();
    return true;
}

void FormPreviewWorkspace::setDefinitionText(const QString& text)
{
    m_loading = true;
    m_editor->setPlainText(text);
    m_loading = false;
    m_lintTimer.stop();
    m_cache.clear();
    m_runId.clear();
    // The samples of this definition's session first, so jq runs once with them.
    loadSessionSamples(false);
    applyDefinition();
}

QString FormPreviewWorkspace::definitionText() const
{
    return m_editor->toPlainText();
}

void FormPreviewWorkspace::applyDefinition()
{
    m_lintTimer.stop();
    const QByteArray text = m_editor->toPlainText().toUtf8();
    DefinitionLinter::Outcome outcome = DefinitionLinter::lintText(text, false);
    const bool firstOfDefinition = !outcome.definition || !m_session.definition()
        || m_session.definition()->identifier() != outcome.definition->identifier();
    if (outcome.definition) {
        m_session.setDefinition(outcome.definition);
        outcome.problems += m_session.jqProblems();
        std::stable_sort(
            outcome.problems.begin(), outcome.problems.end(),
            [](const LintProblem& a, const LintProblem& b) { return a.location.offset < b.location.offset; });
        if (m_runId.isEmpty() || firstOfDefinition) {
            m_runId = RequestBuilder::randomRunId();
        }
        m_form->rebuild(&m_session);
    }
    // A definition that cannot be read keeps the last form: what was typed stays.
    m_problems->setProblems(outcome.problems);
    QList<CodeEditor::Mark> marks;
    for (const LintProblem& p : outcome.problems) {
        if (p.location.isValid() && p.severity != Severity::Info) {
            marks.append({ p.location.line, p.location.column, severityColour(p.severity),
                           p.message + QStringLiteral("\nFix: ") + p.fix });
        }
    }
    m_editor->setMarks(marks);
    const int errors = m_problems->count(Severity::Error);
    const int warnings = m_problems->count(Severity::Warning);
    if (outcome.problems.isEmpty()) {
        m_problemSummary->setText(statusHtml(Severity::Ok, tr("No problems.")));
    } else {
        m_problemSummary->setText(statusHtml(
            errors         ? Severity::Error
                : warnings ? Severity::Warning
                           : Severity::Info,
            tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings)
                + (outcome.definition ? QString() : tr(" — the form shows the last readable definition"))));
    }
    updateKeyStatus();
    regenerate();
}

void FormPreviewWorkspace::onProblemActivated(const QModelIndex& index)
{
    const LintProblem* p = m_problems->problem(index.row());
    if (p && p->location.isValid()) {
        m_editor->goTo(p->location.line, p->location.column);
    }
}

// ---- Outputs ----

void FormPreviewWorkspace::regenerate()
{
    const SecureBuffer secret = clientSecretInUse();
    RequestBuilder::Options options;
    options.clientSecret = secret.isEmpty() ? nullptr : &secret;
    options.cache = &m_cache;
    options.runId = m_runId;
    m_built = RequestBuilder::build(m_session, options);
    const auto invalid = m_session.validateAll();
    QStringList lines;
    Severity worst = Severity::Ok;
    for (const LintProblem& p : m_built.problems) {
        if (p.severity == Severity::Error) {
            lines << p.message;
            worst = Severity::Error;
        }
    }
    if (!invalid.isEmpty()) {
        QStringList names;
        for (const auto& [name, messages] : invalid) {
            names << name;
        }
        lines << tr("Values Port would refuse: %1.").arg(names.join(QStringLiteral(", ")));
        worst = std::max(worst, Severity::Warning);
    }
    if (lines.isEmpty()) {
        m_buildStatus->setText(statusHtml(
            Severity::Ok,
            tr("Request ready: %n secret(s) encrypted.", nullptr, static_cast<int>(m_built.secrets.size()))));
    } else {
        m_buildStatus->setText(statusHtml(worst,
                                          (worst == Severity::Error ? tr("Incomplete: ") : QString())
                                              + lines.join(QLatin1Char(' '))));
    }
    m_propertiesDirty = true;
    m_requestDirty = true;
    updateOutputViews();
    if (m_tabs->currentWidget() && m_tabs->currentWidget()->objectName() == QLatin1String("decryptTab")) {
        decryptBack();
    }
    Q_EMIT outputsRegenerated();
}

void FormPreviewWorkspace::updateOutputViews()
{
    // Only the visible view is refreshed on a keystroke; the other waits until shown.
    QWidget* current = m_tabs->currentWidget();
    if (m_propertiesDirty && current == m_propertiesView->parentWidget()) {
        m_propertiesView->setPlainText(propertiesText());
        m_propertiesDirty = false;
    }
    if (m_requestDirty && current == m_requestView->parentWidget()) {
        m_requestView->setPlainText(requestText());
        m_requestDirty = false;
    }
}

QString FormPreviewWorkspace::propertiesText() const
{
    return QString::fromUtf8(JsonText::serialize(m_built.properties, true));
}

QString FormPreviewWorkspace::requestText() const
{
    return m_built.request.display();
}

int FormPreviewWorkspace::decryptBack()
{
    PayloadKeys keys;
    const SecureBuffer secret = clientSecretInUse();
    if (!secret.isEmpty()) {
        if (auto cipher = PortManagedCipher::fromClientSecret(secret.view())) {
            keys.portManaged = std::make_shared<PortManagedCipher>(std::move(*cipher));
        }
    }
    keys.privateKeys = privateKeysInUse();
    m_decryptTable->setRowCount(0);
    if (m_built.secrets.empty()) {
        m_decryptSummary->setText(statusHtml(
            Severity::Info, tr("No secret in the request yet: type a value into a secret input.")));
        return 0;
    }
    auto report = PayloadDecryptor::decrypt(m_built.request.bodyText, m_session.definition(), keys);
    int failures = 0;
    int unchecked = 0;
    for (const BuiltSecret& built : m_built.secrets) {
        const DecryptedSecret* found = nullptr;
        if (report) {
            for (const DecryptedSecret& s : report->secrets) {
                if (s.input == built.input && built.bodyPaths.contains(s.path)) {
                    found = &s;
                    break;
                }
            }
        }
        QString result;
        Severity severity = Severity::Ok;
        if (built.bodyPaths.isEmpty()) {
            result = tr("Not in the request body: the invocation body does not include this input.");
            severity = Severity::Warning;
            ++unchecked;
        } else if (!found) {
            result = tr("Not found in the body.");
            severity = Severity::Error;
            ++failures;
        } else if (!found->ok) {
            const bool noKey = found->errorKind == ErrorKind::NotFound;
            result = noKey ? tr("Cannot check: %1.").arg(found->error) : tr("FAILED: %1").arg(found->error);
            severity = noKey ? Severity::Warning : Severity::Error;
            noKey ? ++unchecked : ++failures;
        } else {
            // Compare with what was typed; an object secret as its compact JSON text.
            const SecureBuffer* typed = m_session.secret(built.input);
            auto expected = typed ? plaintextForValue(built.type, typed->view()) : Result<SecureBuffer>();
            if (expected && found->value.constantTimeEquals(expected->view())) {
                result = tr("Round-trips: decrypts to exactly what was typed.");
            } else {
                result = tr("MISMATCH: decrypts to something else than what was typed.");
                severity = Severity::Error;
                ++failures;
            }
        }
        const int row = m_decryptTable->rowCount();
        m_decryptTable->insertRow(row);
        m_decryptTable->setItem(row, 0, new QTableWidgetItem(built.input));
        m_decryptTable->setItem(row, 1, new QTableWidgetItem(built.bodyPaths.join(QStringLiteral(", "))));
        m_decryptTable->setItem(row, 2, new QTableWidgetItem(envelopeFormatIdentifier(built.format)));
        auto* item = new QTableWidgetItem(result);
        item->setForeground(severityColour(severity));
        m_decryptTable->setItem(row, 3, item);
    }
    m_decryptTable->resizeColumnsToContents();
    const int total = static_cast<int>(m_built.secrets.size());
    if (failures > 0) {
        m_decryptSummary->setText(
            statusHtml(Severity::Error, tr("%1 of %2 secrets do NOT round-trip.").arg(failures).arg(total)));
    } else if (unchecked > 0) {
        m_decryptSummary->setText(statusHtml(Severity::Warning,
                                             tr("%1 of %2 secrets round-trip; %3 could not be checked "
                                                "(add the private key in Keys).")
                                                 .arg(total - unchecked)
                                                 .arg(total)
                                                 .arg(unchecked)));
    } else {
        m_decryptSummary->setText(statusHtml(Severity::Ok, tr("All %1 secrets round-trip.").arg(total)));
    }
    return failures;
}

// ---- Keys and samples ----

void FormPreviewWorkspace::setVaultSession(VaultSession* session)
{
    m_clientSecretPicker->setSession(session);
    m_privateKeyPicker->setSession(session);
}

SecureBuffer FormPreviewWorkspace::clientSecretInUse() const
{
    if (m_clientSecretPicker->isOneOff()) {
        return m_clientSecret->secret();
    }
    auto secret = m_clientSecretPicker->clientSecret();
    return secret ? std::move(*secret) : SecureBuffer();
}

QList<RsaPrivateKey> FormPreviewWorkspace::privateKeysInUse() const
{
    QList<RsaPrivateKey> keys = m_privateKeys;
    if (!m_privateKeyPicker->isOneOff()) {
        if (auto key = m_privateKeyPicker->privateKey()) {
            keys.append(std::move(*key));
        }
    }
    return keys;
}

Status FormPreviewWorkspace::generateKeyPair(const QString& input, int bits)
{
    auto key = RsaPrivateKey::generate(bits);
    if (!key) {
        return std::unexpected(key.error());
    }
    return useGeneratedKey(input, std::move(*key));
}

Status FormPreviewWorkspace::useGeneratedKey(const QString& input, RsaPrivateKey key)
{
    // The definition as typed, even while the lint pause is running.
    auto current = ActionDefinition::parse(m_editor->toPlainText().toUtf8());
    if (!current) {
        return fail(
            ErrorKind::InvalidDefinition,
            tr("The definition must be readable JSON to take the new key: %1").arg(current.error().message));
    }
    auto text = current->withClientSideKey(input, key.publicKey().toPem());
    if (!text) {
        return std::unexpected(text.error());
    }
    setDefinitionText(QString::fromUtf8(*text));
    m_privateKeys.append(key);
    m_generatedKey = std::move(key);
    m_generatedFor = input;
    updateKeyStatus();
    decryptBack();
    return {};
}

Status FormPreviewWorkspace::saveGeneratedKey(const QString& project, const QString& name)
{
    VaultSession* session = m_privateKeyPicker->session();
    if (!m_generatedKey) {
        return fail(ErrorKind::NotFound, tr("No key pair was generated here."));
    }
    if (!session || !session->isUnlocked()) {
        return fail(ErrorKind::VaultLocked, tr("The vault is locked: unlock it first."));
    }
    auto pem = m_generatedKey->toPkcs8Pem();
    if (!pem) {
        return std::unexpected(pem.error());
    }
    auto stored = StoredPrivateKey::fromPem(pem->view());
    if (!stored) {
        return std::unexpected(stored.error());
    }
    const SecureBuffer value = stored->encode();
    const Status saved = session->apply([&](VaultContent& content) -> Status {
        auto set = content.setSecret(project, name, ProjectSecretType::RsaPrivateKey, value.view());
        if (!set) {
            return std::unexpected(set.error());
        }
        return {};
    });
    if (!saved) {
        return saved;
    }
    // From now on the key is the vault's: picked from it, and gone when it locks.
    const QString fingerprint = m_generatedKey->publicKey().fingerprint();
    m_privateKeys.removeIf(
        [&](const RsaPrivateKey& key) { return key.publicKey().fingerprint() == fingerprint; });
    m_generatedKey.reset();
    m_privateKeyPicker->selectReference(project + QLatin1Char('/') + name);
    updateKeyStatus();
    decryptBack();
    return {};
}

void FormPreviewWorkspace::showKeyPairDialog()
{
    auto* dialog = new KeyPairDialog(this);
    dialog->show();
}

void FormPreviewWorkspace::setClientSecret(const QString& secret)
{
    m_clientSecret->setText(secret);
}

bool FormPreviewWorkspace::loadClientSecretFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    QByteArray bytes = file.readAll();
    // `echo secret > file` adds a line break that is not part of the secret.
    if (bytes.endsWith("\r\n")) {
        bytes.chop(2);
    } else if (bytes.endsWith('\n')) {
        bytes.chop(1);
    }
    m_clientSecret->setText(QString::fromUtf8(bytes));
    wipe(bytes);
    return true;
}

bool FormPreviewWorkspace::addPrivateKey(QByteArrayView pem, QByteArrayView passphrase, QString* error)
{
    auto key = RsaPrivateKey::fromPem(pem, passphrase);
    if (!key) {
        if (error) {
            *error = key.error().message;
        }
        return false;
    }
    m_privateKeys.append(std::move(*key));
    updateKeyStatus();
    return true;
}

void FormPreviewWorkspace::updateKeyStatus()
{
    const QList<RsaPrivateKey> keysInUse = privateKeysInUse();
    QStringList fingerprints;
    for (const RsaPrivateKey& key : m_privateKeys) {
        fingerprints
            << QStringLiteral("RSA-%1 %2…").arg(key.bits()).arg(key.publicKey().fingerprint().left(23));
    }
    m_privateKeysLabel->setText(fingerprints.isEmpty() ? tr("no one-off key loaded")
                                                       : fingerprints.join(QStringLiteral("; ")));
    const ActionDefinition* definition = m_session.definition();
    QStringList lines;
    bool portManaged = false;
    QSet<QString> clientKeys;
    if (definition) {
        for (const InputDefinition& in : definition->inputs()) {
            portManaged = portManaged || in.encryption == EncryptionKind::PortManaged;
            if (in.encryption == EncryptionKind::ClientSide) {
                clientKeys.insert(in.clientKeyPem);
            }
        }
    }
    const qsizetype secretBytes = clientSecretInUse().size();
    const QString source = m_clientSecretPicker->isOneOff()
        ? tr("Client secret set")
        : tr("Client secret %1 from the vault").arg(m_clientSecretPicker->selectedReference());
    if (portManaged) {
        if (secretBytes == 0) {
            lines << statusHtml(Severity::Error,
                                tr("Port-managed secrets need the client secret: without it they are "
                                   "left out of the request."));
        } else if (secretBytes < PortManagedCipher::KeySize) {
            lines << statusHtml(Severity::Error,
                                tr("The client secret is %1 bytes; the key is its first 32 bytes, so it "
                                   "needs at least 32.")
                                    .arg(secretBytes));
        } else {
            lines << statusHtml(
                Severity::Ok,
                tr("%1: Port-managed secrets are encrypted with its first 32 bytes.").arg(source));
        }
    } else if (secretBytes > 0) {
        lines << statusHtml(Severity::Info, tr("%1 (no Port-managed input uses it).").arg(source));
    }
    for (const QString& pem : clientKeys) {
        auto key = RsaPublicKey::fromPem(pem.toUtf8());
        if (!key) {
            lines << statusHtml(Severity::Error,
                                tr("A client-side key in the definition is unreadable (see Problems)."));
            continue;
        }
        const QString fingerprint = key->fingerprint();
        const bool havePrivate = std::any_of(keysInUse.begin(), keysInUse.end(), [&](const RsaPrivateKey& k) {
            return k.publicKey().fingerprint() == fingerprint;
        });
        lines << statusHtml(havePrivate ? Severity::Ok : Severity::Info,
                            tr("Client-side key RSA-%1 %2…: %3")
                                .arg(key->bits())
                                .arg(fingerprint.left(23))
                                .arg(havePrivate ? tr("private key loaded, values can be decrypted back")
                                                 : tr("add its private key to decrypt back")));
    }
    if (lines.isEmpty()) {
        lines << statusHtml(Severity::Info, tr("This definition has no secret inputs."));
    }
    m_generateKeyPair->setEnabled(!clientKeys.isEmpty()
                                  || (definition
                                      && std::any_of(definition->inputs().begin(), definition->inputs().end(),
                                                     [](const InputDefinition& in) {
                                                         return in.encryption == EncryptionKind::Invalid
                                                             && in.encryptionText
                                                             == QLatin1String("client-side");
                                                     })));
    m_keyStatus->setText(lines.join(QStringLiteral("<br>")));
}

void FormPreviewWorkspace::onSampleEdited()
{
    if (m_loading) {
        return;
    }
    auto entity = JsonText::parse(m_entityEditor->toPlainText().toUtf8());
    auto user = JsonText::parse(m_userEditor->toPlainText().toUtf8());
    if (!entity || !user) {
        m_sampleStatus->setText(statusHtml(
            Severity::Error,
            (!entity ? tr("Entity: ") + entity.error().message : tr("User: ") + user.error().message)));
        return;
    }
    m_sampleStatus->setText(statusHtml(Severity::Ok, tr("Sample data in use.")));
    if (*entity == m_session.sampleEntity() && *user == m_session.sampleUser()) {
        return;
    }
    m_session.setSampleEntity(*entity);
    m_session.setSampleUser(*user);
    QSettings settings;
    settings.setValue(sessionKey() + QStringLiteral("/entity"), m_entityEditor->toPlainText());
    settings.setValue(sessionKey() + QStringLiteral("/user"), m_userEditor->toPlainText());
    m_form->refreshAll();
    regenerate();
}

QString FormPreviewWorkspace::sessionKey() const
{
    // A session per file (or bundled example); pasted text shares one.
    const QString key = m_path.isEmpty() ? QStringLiteral("untitled") : m_path;
    return QStringLiteral("formPreview/sessions/")
        + QString::fromLatin1(key.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

void FormPreviewWorkspace::loadSessionSamples(bool apply)
{
    QSettings settings;
    const QString entity = settings.value(sessionKey() + QStringLiteral("/entity")).toString();
    const QString user = settings.value(sessionKey() + QStringLiteral("/user")).toString();
    m_loading = true;
    m_entityEditor->setPlainText(
        !entity.isEmpty() ? entity
                          : QString::fromUtf8(JsonText::serialize(FormSession::defaultSampleEntity(), true)));
    m_userEditor->setPlainText(
        !user.isEmpty() ? user
                        : QString::fromUtf8(JsonText::serialize(FormSession::defaultSampleUser(), true)));
    m_loading = false;
    if (apply) {
        onSampleEdited();
        return;
    }
    // Only hand them to the session; the caller applies the definition next.
    auto entityNode = JsonText::parse(m_entityEditor->toPlainText().toUtf8());
    auto userNode = JsonText::parse(m_userEditor->toPlainText().toUtf8());
    if (entityNode && userNode) {
        m_session.setSampleEntity(*entityNode);
        m_session.setSampleUser(*userNode);
    }
}

// ---- Sending ----

void FormPreviewWorkspace::setSendUrl(const QString& url)
{
    m_sendUrl->setText(url);
}

void FormPreviewWorkspace::send()
{
    const QUrl url = QUrl::fromUserInput(m_sendUrl->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_sendStatus->setText(
            statusHtml(Severity::Error, tr("Not an http(s) URL: %1").arg(m_sendUrl->text())));
        Q_EMIT sendFinished(false);
        return;
    }
    if (!m_built.complete()) {
        m_sendStatus->setText(
            statusHtml(Severity::Warning, tr("Sending an incomplete request (see the status above).")));
    }
    m_responseView->clear();
    m_sendButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_sendStatus->setText(
        statusHtml(Severity::Info, tr("Sending %1 %2 …").arg(m_built.request.method, url.toDisplayString())));
    m_sender.send(m_built.request.method, url, m_built.request.headers, m_built.request.bodyText,
                  m_timeout->value());
}

void FormPreviewWorkspace::onSendFinished(const RequestSender::Response& response)
{
    m_sendButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    const bool ok = response.status >= 200 && response.status < 300;
    m_sendStatus->setText(statusHtml(
        ok ? Severity::Ok : Severity::Error,
        tr("HTTP %1 %2 in %3 ms").arg(response.status).arg(response.reason).arg(response.elapsedMs)));
    QString text;
    for (const auto& [name, value] : response.headers) {
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)
            + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + QString::fromUtf8(response.body);
    m_responseView->setPlainText(text);
    Q_EMIT sendFinished(ok);
}

void FormPreviewWorkspace::onSendFailed(RequestSender::Failure failure, const QString& message)
{
    m_sendButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_sendStatus->setText(
        statusHtml(failure == RequestSender::Failure::Cancelled ? Severity::Info : Severity::Error, message));
    Q_EMIT sendFinished(false);
}

// ---- Fixture ----

Status
FormPreviewWorkspace::exportFixture(const QString& path, bool includeClientSecret, bool includePrivateKeys)
{
    const SecureBuffer secret = clientSecretInUse();
    Fixture::Options options;
    options.clientSecret = includeClientSecret && !secret.isEmpty() ? &secret : nullptr;
    if (includePrivateKeys) {
        options.privateKeys = privateKeysInUse();
    }
    QByteArray bytes = Fixture::build(m_session, m_built, options);
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    wipe(bytes);
    if (!ok) {
        return fail(ErrorKind::FileError,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

void FormPreviewWorkspace::showExportDialog()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("fixtureDialog"));
    dialog.setWindowTitle(tr("Export test fixture"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        hint(tr("A JSON file with the definition, the values typed (secrets too, in plain text: use test "
                "values), every envelope with the value it must decrypt to, and the full request. Load it in "
                "your backend's unit tests."),
             &dialog));
    auto* withSecret = new QCheckBox(tr("Include the client secret"), &dialog);
    withSecret->setObjectName(QStringLiteral("includeClientSecret"));
    withSecret->setEnabled(!clientSecretInUse().isEmpty());
    const QList<RsaPrivateKey> keysInUse = privateKeysInUse();
    auto* withKeys = new QCheckBox(tr("Include the private keys (%1)").arg(keysInUse.size()), &dialog);
    withKeys->setObjectName(QStringLiteral("includePrivateKeys"));
    withKeys->setEnabled(!keysInUse.isEmpty());
    layout->addWidget(withSecret);
    layout->addWidget(withKeys);
    auto* warning = new QLabel(&dialog);
    warning->setObjectName(QStringLiteral("fixtureWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(severityColour(Severity::Error).name()));
    layout->addWidget(warning);
    auto updateWarning = [&] {
        const SecureBuffer secret = clientSecretInUse();
        Fixture::Options options;
        options.clientSecret = withSecret->isChecked() ? &secret : nullptr;
        if (withKeys->isChecked()) {
            options.privateKeys = keysInUse;
        }
        const QString text = Fixture::keyWarning(options);
        warning->setText(text.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + text);
        warning->setVisible(!text.isEmpty());
    };
    connect(withSecret, &QCheckBox::toggled, &dialog, updateWarning);
    connect(withKeys, &QCheckBox::toggled, &dialog, updateWarning);
    updateWarning();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save fixture"),
                                                      QStringLiteral("fixture.json"), tr("JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto ok = exportFixture(path, withSecret->isChecked(), withKeys->isChecked()); !ok) {
        QMessageBox::warning(this, tr("Export test fixture"), ok.error().message);
    }
}

// ---- Files ----

void FormPreviewWorkspace::chooseOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open definition"), QFileInfo(m_path).absolutePath(), tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!openFile(path, &error)) {
        QMessageBox::warning(this, tr("Open definition"), error);
    }
}

void FormPreviewWorkspace::chooseSaveFile()
{
    const QString suggested
        = m_path.isEmpty() || m_path.startsWith(QLatin1Char(':')) ? QStringLiteral("action.json") : m_path;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save definition"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::warning(this, tr("Save definition"), error);
    }
}

void FormPreviewWorkspace::chooseClientSecretFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Client secret file"));
    QString error;
    if (!path.isEmpty() && !loadClientSecretFile(path, &error)) {
        QMessageBox::warning(this, tr("Client secret"), error);
    }
}

void FormPreviewWorkspace::choosePrivateKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("RSA private key (PEM)"), QString(),
                                                      tr("PEM (*.pem *.key);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Private key"), file.errorString());
        return;
    }
    QByteArray pem = file.readAll();
    QString error;
    if (!addPrivateKey(pem, {}, &error)) {
        auto probe = RsaPrivateKey::fromPem(pem);
        if (!probe && probe.error().kind == ErrorKind::PassphraseRequired) {
            bool ok = false;
            QString passphrase = QInputDialog::getText(this, tr("Private key"), tr("Passphrase:"),
                                                       QLineEdit::Password, QString(), &ok);
            QByteArray utf8 = passphrase.toUtf8();
            if (ok && addPrivateKey(pem, utf8, &error)) {
                error.clear();
            }
            wipe(utf8);
        }
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Private key"), error);
        }
    }
    wipe(pem);
    decryptBack();
}

void FormPreviewWorkspace::saveOutput(const QString& text, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save"), suggestedName);
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save"), file.errorString());
    }
}

QStringList FormPreviewWorkspace::recentFiles() const
{
    return QSettings().value(RecentKey).toStringList();
}

void FormPreviewWorkspace::rememberRecent(const QString& path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent) {
        recent.removeLast();
    }
    QSettings().setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void FormPreviewWorkspace::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            QString error;
            if (!openFile(path, &error)) {
                QMessageBox::warning(this, tr("Open definition"), error);
            }
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear"), this, [this] {
            QSettings().remove(RecentKey);
            rebuildRecentMenu();
        });
    }
}

void FormPreviewWorkspace::updateFileLabel()
{
    QString name = m_path.isEmpty() ? tr("untitled")
        : m_path.startsWith(QStringLiteral(":/examples/"))
        ? tr("example: %1").arg(QFileInfo(m_path).fileName())
        : QDir::toNativeSeparators(m_path);
    m_fileLabel->setText(name + (m_dirty ? tr(" \u2022 modified") : QString()));
}

bool FormPreviewWorkspace::acceptsDrop(const QMimeData* mime) const
{
    if (!mime || !mime->hasUrls()) {
        return false;
    }
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile();
}

void FormPreviewWorkspace::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void FormPreviewWorkspace::dropEvent(QDropEvent* event)
{
    if (!acceptsDrop(event->mimeData())) {
        return;
    }
    QString error;
    if (!openFile(event->mimeData()->urls().first().toLocalFile(), &error)) {
        QMessageBox::warning(this, tr("Open definition"), error);
    }
    event->acceptProposedAction();
}

bool FormPreviewWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    // A file dropped on the editor opens it instead of pasting its path.
    if (watched == m_editor->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (acceptsDrop(drag->mimeData())) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            if (acceptsDrop(drop->mimeData())) {
                dropEvent(drop);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb
