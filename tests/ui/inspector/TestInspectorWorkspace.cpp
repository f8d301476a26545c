// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectorFixtures.h"
#include "MainWindow.h"
#include "common/Clock.h"
#include "inspector/BatchPanel.h"
#include "inspector/BatchTableModel.h"
#include "inspector/DiagnosisPanel.h"
#include "inspector/EncryptPanel.h"
#include "inspector/InspectorWorkspace.h"
#include "inspector/KeysPanel.h"
#include "inspector/StructurePanel.h"
#include "widgets/ByteMapWidget.h"
#include "widgets/ClipboardService.h"
#include "widgets/CodeEditor.h"
#include "widgets/HexView.h"
#include "widgets/SecretField.h"
#include "widgets/SecretTextView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sb;
using namespace sb::test;

// The envelope inspector driven like a person would: paste, type a secret,
// load keys, reveal, copy, select batch rows, encrypt.
class TestInspectorWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pasteEachKindOfInput_data();
    void pasteEachKindOfInput();
    void maskedUntilRevealedAndRemasked();
    void clipboardClearedOrLeftAlone();
    void diagnosisOfAWrongSecret();
    void encryptedPrivateKeyAsksForPassphrase();
    void batchOfAThousandBodies();
    void cancelABatch();
    void clientSecretFromFile();
    void dropAndLargeFile();
    void encryptThenInspect_data();
    void encryptThenInspect();
    void mainWindowStates();

private:
    void paste(InspectorWorkspace& workspace, const QByteArray& text);
    void typeSecret(InspectorWorkspace& workspace, const QByteArray& secret);
    bool waitForBatch(InspectorWorkspace& workspace);

    ManualClock m_clock;
    QTemporaryDir m_dir;
};

void TestInspectorWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestInspectorWorkspace::init()
{
    Clock::setInstance(&m_clock);
    QApplication::clipboard()->clear();
}

void TestInspectorWorkspace::cleanup()
{
    ClipboardService::instance().clearIfOwned();
    Clock::setInstance(nullptr);
}

void TestInspectorWorkspace::paste(InspectorWorkspace& workspace, const QByteArray& text)
{
    // A real paste: through the clipboard and Ctrl+V into the input editor.
    QApplication::clipboard()->setText(QString::fromUtf8(text));
    CodeEditor* editor = workspace.findChild<CodeEditor*>(QStringLiteral("inputEditor"));
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QApplication::clipboard()->clear();
    workspace.analyseNow();
}

void TestInspectorWorkspace::typeSecret(InspectorWorkspace& workspace, const QByteArray& secret)
{
    auto* field = workspace.findChild<SecretField*>(QStringLiteral("clientSecretField"));
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), QString::fromUtf8(secret));
    workspace.analyseNow();
}

bool TestInspectorWorkspace::waitForBatch(InspectorWorkspace& workspace)
{
    BatchInspector* batch = workspace.batchPanel()->batch();
    if (!batch->isRunning()) {
        return true;
    }
    QSignalSpy finished(batch, &BatchInspector::finished);
    return finished.wait(120000);
}

void TestInspectorWorkspace::pasteEachKindOfInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key"); // "secret", a private key file, or empty
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QList<qsizetype>>("bands");
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("verdict");

    const QByteArray pm = portManaged("hunter2");
    const QByteArray cs = clientSide(QByteArray(40, 'c'));
    QTest::newRow("envelope") << pm << "secret"
                              << "envelope"
                              << "Port-managed (aes256-gcm) (most plausible)"
                              << QList<qsizetype> { 16, 7, 16 } << 0 << "One encrypted value"
                              << "Decrypted";
    QTest::newRow("quoted, with whitespace") << "  \"" + pm + "\"\n"
                                             << "secret"
                                             << "envelope"
                                             << "Port-managed (aes256-gcm) (most plausible)"
                                             << QList<qsizetype> { 16, 7, 16 } << 0 << "surrounding quotes"
                                             << "Decrypted";
    QTest::newRow("client-side, no key") << cs << QString() << "envelope"
                                         << "Port-managed (aes256-gcm) (most plausible)"
                                         << QList<qsizetype> { 16, 292, 16 } << 0 << "One encrypted value"
                                         << "Give a key";
    QTest::newRow("client-side, private key")
        << cs << "rsa2048.pem"
        << "envelope"
        << "client-side, RSA-2048 (most plausible)" << QList<qsizetype> { 12, 256, 40, 16 } << 0
        << "One encrypted value"
        << "Decrypted";
    QTest::newRow("body with one value")
        << webhookBody(pm) << "secret"
        << "json"
        << "Port-managed (aes256-gcm) (most plausible)" << QList<qsizetype> { 16, 7, 16 } << 0
        << "A JSON body with 1 encrypted value"
        << "Decrypted";
    QTest::newRow("body with two values")
        << "{\"a\":\"" + pm + "\",\"b\":\"" + portManaged("x") + "\"}"
        << "secret"
        << "json" << QString() << QList<qsizetype>() << 2 << "A JSON body with 2 encrypted values"
        << "Select a row";
    QTest::newRow("log of bodies") << webhookBody(pm) + "\n" + webhookBody(pm) + "\n" + webhookBody(pm) + "\n"
                                   << "secret"
                                   << "json-lines" << QString() << QList<qsizetype>() << 3
                                   << "A JSON-lines log"
                                   << "Select a row";
    QTest::newRow("one envelope per line")
        << pm + "\n" + portManaged("two") + "\n"
        << "secret"
        << "envelope-lines" << QString() << QList<qsizetype>() << 2 << "Envelopes, one per line"
        << "Select a row";
    QTest::newRow("plain text") << QByteArray("hunter2 is the password") << "secret"
                                << "text" << QString() << QList<qsizetype>() << 0 << "Plain text"
                                << "plain text, not an encrypted value";
    QTest::newRow("plain JSON") << QByteArray(R"({"user": "ops"})") << "secret"
                                << "json" << QString() << QList<qsizetype>() << 0
                                << "A JSON body with 0 encrypted values"
                                << "plain JSON";
}

void TestInspectorWorkspace::pasteEachKindOfInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(QString, kind);
    QFETCH(QString, layout);
    QFETCH(QList<qsizetype>, bands);
    QFETCH(int, batchRows);
    QFETCH(QString, summary);
    QFETCH(QString, verdict);

    InspectorWorkspace workspace;
    workspace.resize(1200, 800);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    if (key == QLatin1String("secret")) {
        typeSecret(workspace, inspectorSecret());
    } else if (!key.isEmpty()) {
        QVERIFY(
            workspace.keysPanel()->loadPrivateKeyFile(dataPath(QStringLiteral("keys/") + key)).has_value());
    }
    QSignalSpy analysed(&workspace, &InspectorWorkspace::analysed);
    paste(workspace, input);
    QCOMPARE(inputKindName(workspace.inputKind()), kind);
    // One paste, one analysis: colouring the JSON is not an edit.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(!workspace.isAnalysisPending());
    QCOMPARE(analysed.count(), 1);
    auto* inputSummary = workspace.findChild<QLabel*>(QStringLiteral("inputSummary"));
    QVERIFY2(inputSummary->text().contains(summary), qPrintable(inputSummary->text()));
    QVERIFY(waitForBatch(workspace));
    QCOMPARE(workspace.batchPanel()->model()->rowCount(), batchRows);
    if (batchRows > 0) {
        QTRY_COMPARE(workspace.tabs()->currentIndex(), int(InspectorWorkspace::BatchTab));
    } else {
        QVERIFY2(workspace.verdictText().contains(verdict), qPrintable(workspace.verdictText()));
    }
    auto* combo = workspace.findChild<QComboBox*>(QStringLiteral("layoutCombo"));
    auto* map = workspace.findChild<ByteMapWidget*>(QStringLiteral("byteMap"));
    if (!layout.isEmpty()) {
        QCOMPARE(combo->currentText(), layout);
        QCOMPARE(map->bands().size(), bands.size());
        qsizetype total = 0;
        for (int i = 0; i < bands.size(); ++i) {
            QCOMPARE(map->bands()[i].length, bands[i]);
            total += bands[i];
        }
        QCOMPARE(map->total(), total);
        // Drawn to scale: the widest band is the longest part.
        const QRectF first = map->bandRect(0);
        const QRectF last = map->bandRect(static_cast<int>(bands.size()) - 1);
        QVERIFY(
            qAbs(first.width() / last.width() - qreal(std::max<qsizetype>(bands.first(), 1)) / bands.last())
                < 0.05
            || first.width() == ByteMapWidget::MinimumBandWidth);
        // Selecting a band shows that part in the hex view.
        QTest::mouseClick(map, Qt::LeftButton, {},
                          map->bandRect(static_cast<int>(bands.size()) - 1).center().toPoint());
        auto* hex = workspace.findChild<HexView*>(QStringLiteral("hexView"));
        QCOMPARE(hex->selectionLength(), bands.last());
        QCOMPARE(hex->selectionOffset(), total - bands.last());
        // Every layout that fits is offered.
        QVERIFY(combo->count() >= 1);
    } else if (batchRows == 0) {
        QVERIFY(map->bands().isEmpty());
    }
}

void TestInspectorWorkspace::maskedUntilRevealedAndRemasked()
{
    InspectorWorkspace workspace;
    workspace.show();
    typeSecret(workspace, inspectorSecret());
    paste(workspace, portManaged(R"({"user":"ops","token":"t0k3n"})"));
    QCOMPARE(workspace.tabs()->currentIndex(), int(InspectorWorkspace::ValueTab));
    auto* view = workspace.findChild<SecretTextView*>(QStringLiteral("valueView"));
    QVERIFY(view->hasSecret());
    QVERIFY(!view->isRevealed());
    QVERIFY(!view->displayedText().contains(QLatin1String("t0k3n")));
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("secretStatus"))->text(),
             QStringLiteral("30 bytes, valid UTF-8, JSON"));
    QVERIFY(workspace.findChild<QLabel*>(QStringLiteral("valueFacts"))
                ->text()
                .contains(QLatin1String("a JSON object")));
    QTest::mouseClick(view->findChild<QToolButton*>(QStringLiteral("revealButton")), Qt::LeftButton);
    QVERIFY(view->isRevealed());
    QCOMPARE(view->displayedText(), QStringLiteral("{\n  \"user\": \"ops\",\n  \"token\": \"t0k3n\"\n}"));
    m_clock.advance(29 * 1000);
    QVERIFY(view->isRevealed());
    m_clock.advance(1000);
    QVERIFY(!view->isRevealed());
    QVERIFY(!view->displayedText().contains(QLatin1String("t0k3n")));
}

void TestInspectorWorkspace::clipboardClearedOrLeftAlone()
{
    InspectorWorkspace workspace;
    workspace.show();
    typeSecret(workspace, inspectorSecret());
    paste(workspace, portManaged("copy-me"));
    auto* copy = workspace.findChild<SecretTextView*>(QStringLiteral("valueView"))
                     ->findChild<QToolButton*>(QStringLiteral("copyButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("copy-me"));
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    m_clock.advance(30 * 1000);
    QCOMPARE(QApplication::clipboard()->text(), QString());

    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("copy-me"));
    QApplication::clipboard()->setText(QStringLiteral("the person copied this"));
    m_clock.advance(30 * 1000);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the person copied this"));
}

void TestInspectorWorkspace::diagnosisOfAWrongSecret()
{
    InspectorWorkspace workspace;
    workspace.show();
    paste(workspace, portManaged("hunter2"));
    typeSecret(workspace, "   " + inspectorSecret().left(20));
    auto* diagnosis = workspace.findChild<DiagnosisPanel*>(QStringLiteral("diagnosisPanel"));
    QCOMPARE(workspace.tabs()->currentIndex(), int(InspectorWorkspace::DiagnosisTab));
    QVERIFY(diagnosis->codes().contains(QStringLiteral("client-secret-short")));
    QVERIFY(diagnosis->codes().contains(QStringLiteral("client-secret-whitespace")));
    QVERIFY(diagnosis->plainText().contains(QLatin1String("shorter than 32 bytes")));
    // The key facts say it too, without the secret.
    auto* facts = workspace.findChild<QLabel*>(QStringLiteral("clientSecretFacts"));
    QVERIFY(facts->text().contains(QLatin1String("not satisfied: 23 bytes, 9 short")));
    QVERIFY(!facts->text().contains(QString::fromLatin1(inspectorSecret().left(20))));

    typeSecret(workspace, "another-organisation-client-secret-0000000");
    QVERIFY(diagnosis->codes().contains(QStringLiteral("tag-mismatch")));
    QVERIFY(workspace.verdictText().contains(QLatin1String("Wrong client secret")));
    QVERIFY(!workspace.findChild<SecretTextView*>(QStringLiteral("valueView"))->hasSecret());

    typeSecret(workspace, inspectorSecret());
    QVERIFY(workspace.verdictText().contains(QLatin1String("Decrypted")));
}

void TestInspectorWorkspace::encryptedPrivateKeyAsksForPassphrase()
{
    InspectorWorkspace workspace;
    QStringList prompts;
    QList<QByteArray> answers { "wrong passphrase",
                                readData(QStringLiteral("keys/passphrase.txt")).trimmed() };
    workspace.keysPanel()->setPassphraseProvider([&](const QString& prompt) -> std::optional<SecureBuffer> {
        prompts << prompt;
        if (answers.isEmpty()) {
            return std::nullopt;
        }
        return SecureBuffer::copyOf(answers.takeFirst());
    });
    QVERIFY(workspace.keysPanel()
                ->loadPrivateKeyFile(dataPath(QStringLiteral("keys/rsa2048.encrypted.pem")))
                .has_value());
    QCOMPARE(prompts.size(), 2);
    QVERIFY(prompts[1].startsWith(QLatin1String("Wrong passphrase")));
    auto* facts = workspace.findChild<QLabel*>(QStringLiteral("privateKeyFacts"));
    QVERIFY(facts->text().contains(QLatin1String("encrypted PKCS#8")));
    QVERIFY(facts->text().contains(privateKey(QStringLiteral("rsa2048.pem")).publicKey().fingerprint()));
    QVERIFY(facts->text().contains(QLatin1String("256-byte wrapped key")));

    // Cancelling the prompt keeps the key that was loaded and says why the new one was not.
    QVERIFY(!workspace.keysPanel()
                 ->loadPrivateKeyFile(dataPath(QStringLiteral("keys/rsa2048.pkcs1.encrypted.pem")))
                 .has_value());
    QVERIFY(workspace.keysPanel()->privateKey().has_value());
    QVERIFY(workspace.findChild<QLabel*>(QStringLiteral("keysError"))
                ->text()
                .contains(QLatin1String("no passphrase")));

    paste(workspace, clientSide(QByteArray("decrypted with the loaded key")));
    QVERIFY(workspace.verdictText().contains(QLatin1String("Decrypted")));
    QVERIFY(workspace.currentDiagnosis()->layout()->title() == QLatin1String("client-side, RSA-2048"));
}

void TestInspectorWorkspace::batchOfAThousandBodies()
{
    QByteArray log;
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray value = i == 500 ? portManaged("x", "another-organisation-client-secret-000000")
                                          : portManaged("value-" + QByteArray::number(i));
        log += webhookBody(value) + "\n";
    }
    InspectorWorkspace workspace;
    workspace.resize(1200, 800);
    workspace.show();
    typeSecret(workspace, inspectorSecret());
    paste(workspace, log);
    QCOMPARE(workspace.inputKind(), InputKind::JsonLines);
    QVERIFY(waitForBatch(workspace));
    BatchTableModel* model = workspace.batchPanel()->model();
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->columnCount(), 5);
    for (const int row : { 0, 1, 498, 499, 998, 999 }) {
        QCOMPARE(model->index(row, BatchTableModel::LineColumn).data().toLongLong(), qint64(row + 1));
        QCOMPARE(model->index(row, BatchTableModel::PathColumn).data().toString(),
                 QStringLiteral("$.payload.properties.password"));
        QCOMPARE(model->index(row, BatchTableModel::FormatColumn).data().toString(),
                 QStringLiteral("aes256-gcm"));
        const QString status = model->index(row, BatchTableModel::StatusColumn).data(Qt::UserRole).toString();
        const QString value = model->index(row, BatchTableModel::ValueColumn).data().toString();
        QVERIFY(!value.contains(QLatin1String("value-")));
        if (row == 499) {
            QCOMPARE(status, QStringLiteral("failed"));
            QVERIFY(model->index(row, BatchTableModel::StatusColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("tag mismatch")));
            QVERIFY(value.isEmpty());
        } else {
            QCOMPARE(status, QStringLiteral("decrypted"));
            QVERIFY(value.contains(QChar(0x2022)));
            QVERIFY(value.contains(
                QStringLiteral("%1 bytes").arg(QByteArray("value-" + QByteArray::number(row + 1)).size())));
        }
    }
    QVERIFY(workspace.findChild<QLabel*>(QStringLiteral("batchSummary"))
                ->text()
                .contains(QLatin1String("1,000 encrypted values: 999 decrypted, 1 failed")));

    // Selecting a row shows it in full: masked value, revealed on request.
    auto* table = workspace.findChild<QTableView*>(QStringLiteral("batchTable"));
    table->selectRow(41);
    auto* view = workspace.findChild<SecretTextView*>(QStringLiteral("valueView"));
    QVERIFY(view->hasSecret());
    QVERIFY(!view->isRevealed());
    view->setRevealed(true);
    QCOMPARE(view->displayedText(), QStringLiteral("value-42"));
    table->selectRow(499);
    QVERIFY(!view->hasSecret());
    QVERIFY(workspace.diagnosisPanel()->codes().contains(QStringLiteral("tag-mismatch")));

    // Export: values only when asked for.
    const QString plain = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(workspace.batchPanel()->exportTo(plain, false).has_value());
    QFile plainFile(plain);
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = plainFile.readAll();
    QCOMPARE(plainBytes.count('\n'), 1001);
    QVERIFY(!plainBytes.contains("value-42"));
    const QString withValues = m_dir.filePath(QStringLiteral("results.jsonl"));
    QVERIFY(workspace.batchPanel()->exportTo(withValues, true).has_value());
    QFile valuesFile(withValues);
    QVERIFY(valuesFile.open(QIODevice::ReadOnly));
    QVERIFY(valuesFile.readAll().contains("\"value\":\"value-42\""));
}

void TestInspectorWorkspace::cancelABatch()
{
    // RSA unwraps are slow enough that the cancel lands long before the end.
    const QByteArray lines = clientSideLines(privateKey(QStringLiteral("rsa2048.pem")).publicKey(), 3000);
    InspectorWorkspace workspace;
    workspace.show();
    QVERIFY(
        workspace.keysPanel()->loadPrivateKeyFile(dataPath(QStringLiteral("keys/rsa2048.pem"))).has_value());
    paste(workspace, lines);
    QCOMPARE(workspace.inputKind(), InputKind::EnvelopeLines);
    BatchInspector* batch = workspace.batchPanel()->batch();
    QVERIFY(batch->isRunning());
    QSignalSpy finished(batch, &BatchInspector::finished);
    QTest::mouseClick(workspace.findChild<QPushButton*>(QStringLiteral("batchCancel")), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(batch->wasCancelled());
    QVERIFY(workspace.batchPanel()->model()->rowCount() < 3000);
    QVERIFY(workspace.findChild<QLabel*>(QStringLiteral("batchSummary"))
                ->text()
                .contains(QLatin1String("Cancelled after")));
    QVERIFY(!workspace.findChild<QPushButton*>(QStringLiteral("batchCancel"))->isEnabled());
}

void TestInspectorWorkspace::clientSecretFromFile()
{
    // The file's exact bytes reach the diagnosis: its trailing line break is
    // reported (harmless after byte 32), and the value decrypts.
    const QString path = m_dir.filePath(QStringLiteral("client-secret.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(inspectorSecret() + "\n");
    file.close();
    InspectorWorkspace workspace;
    workspace.show();
    QVERIFY(workspace.keysPanel()->loadClientSecretFile(path).has_value());
    QCOMPARE(workspace.findChild<SecretField*>(QStringLiteral("clientSecretField"))->text(),
             QString::fromLatin1(inspectorSecret()));
    workspace.analyseNow();
    paste(workspace, portManaged("from a file"));
    QVERIFY(workspace.verdictText().contains(QLatin1String("Decrypted")));
    QVERIFY(workspace.diagnosisPanel()->codes().contains(QStringLiteral("client-secret-whitespace")));
    QVERIFY(workspace.findChild<QLabel*>(QStringLiteral("clientSecretFacts"))
                ->text()
                .contains(QLatin1String("after byte 32")));
    // Typing over it drops the file's bytes.
    typeSecret(workspace, inspectorSecret());
    QVERIFY(!workspace.diagnosisPanel()->codes().contains(QStringLiteral("client-secret-whitespace")));
}

void TestInspectorWorkspace::dropAndLargeFile()
{
    // Over the preview threshold: inspected whole, previewed in the editor.
    QByteArray log;
    const QByteArray body = webhookBody(portManaged("v"));
    const int lines = static_cast<int>(InspectorWorkspace::PreviewThreshold / body.size()) + 50;
    for (int i = 0; i < lines; ++i) {
        log += body + "\n";
    }
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(log);
    file.close();

    InspectorWorkspace workspace;
    workspace.show();
    typeSecret(workspace, inspectorSecret());
    CodeEditor* editor = workspace.inputEditor();
    auto* mime = new QMimeData;
    mime->setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &drop);
    delete mime;
    // A large file is analysed on the next turn of the event loop.
    QTRY_COMPARE(workspace.inputKind(), InputKind::JsonLines);
    QVERIFY(editor->isReadOnly());
    QTRY_COMPARE(editor->blockCount(), InspectorWorkspace::PreviewLines + 1);
    QVERIFY(workspace.findChild<QLabel*>(QStringLiteral("previewBanner"))->isVisible());
    QVERIFY(waitForBatch(workspace));
    QCOMPARE(workspace.batchPanel()->model()->rowCount(), lines);
    QCOMPARE(workspace.batchPanel()->batch()->counts().decrypted, lines);
}

void TestInspectorWorkspace::encryptThenInspect_data()
{
    QTest::addColumn<bool>("clientSide");
    QTest::addColumn<bool>("object");
    QTest::addColumn<bool>("asBody");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("keyName"); // a key pair opened as files, or the default RSA-2048 private key
    QTest::newRow("Port-managed string")
        << false << false << false << "Port-managed (aes256-gcm)" << QString();
    QTest::newRow("Port-managed object in a body")
        << false << true << true << "Port-managed (aes256-gcm)" << QString();
    QTest::newRow("client-side object") << true << true << false << "client-side, RSA-2048" << QString();
    QTest::newRow("client-side, public key file") << true << false << false << "client-side, RSA-3072"
                                                  << "rsa3072";
}

void TestInspectorWorkspace::encryptThenInspect()
{
    QFETCH(bool, clientSide);
    QFETCH(bool, object);
    QFETCH(bool, asBody);
    QFETCH(QString, layout);
    QFETCH(QString, keyName);

    InspectorWorkspace workspace;
    workspace.show();
    typeSecret(workspace, inspectorSecret());
    const QString pair = keyName.isEmpty() ? QStringLiteral("rsa2048") : keyName;
    QVERIFY(workspace.keysPanel()
                ->loadPrivateKeyFile(dataPath(QStringLiteral("keys/%1.pem").arg(pair)))
                .has_value());
    if (!keyName.isEmpty()) {
        auto* label = workspace.encryptPanel()->findChild<QLabel*>(QStringLiteral("encryptKeyLabel"));
        QVERIFY(workspace.encryptPanel()
                    ->loadPublicKeyFile(dataPath(QStringLiteral("keys/%1.pub.pem").arg(keyName)))
                    .has_value());
        QVERIFY(
            label->text().contains(privateKey(keyName + QStringLiteral(".pem")).publicKey().fingerprint()));
    }
    workspace.tabs()->setCurrentIndex(InspectorWorkspace::EncryptTab);
    auto* panel = workspace.encryptPanel();
    if (clientSide) {
        QTest::mouseClick(panel->findChild<QRadioButton*>(QStringLiteral("encryptClientSide")),
                          Qt::LeftButton);
    }
    panel->findChild<QComboBox*>(QStringLiteral("encryptType"))->setCurrentIndex(object ? 1 : 0);
    panel->findChild<QCheckBox*>(QStringLiteral("encryptAsBody"))->setChecked(asBody);
    auto* input = panel->findChild<CodeEditor*>(QStringLiteral("encryptInput"));
    QTest::keyClicks(
        input, object ? QStringLiteral("{ \"user\": \"ops\", \"n\": 1.50 }") : QStringLiteral("hunter2"));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("encryptButton")), Qt::LeftButton);
    QVERIFY2(!panel->output().isEmpty(),
             qPrintable(panel->findChild<QLabel*>(QStringLiteral("encryptError"))->text()));
    QCOMPARE(panel->output().startsWith(QLatin1Char('{')), asBody);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("encryptInspectButton")), Qt::LeftButton);
    QVERIFY(workspace.verdictText().contains(QLatin1String("Decrypted")));
    QCOMPARE(workspace.currentDiagnosis()->layout()->title(), layout);
    auto* view = workspace.findChild<SecretTextView*>(QStringLiteral("valueView"));
    view->setRevealed(true);
    // An object is encrypted as JSON.stringify writes it, and shown pretty.
    QCOMPARE(view->displayedText(),
             object ? QStringLiteral("{\n  \"user\": \"ops\",\n  \"n\": 1.5\n}") : QStringLiteral("hunter2"));
}

void TestInspectorWorkspace::mainWindowStates()
{
    // The states ScreenshotRenderer pictures, checked through the main window.
    auto open = [](MainWindow& window) {
        window.resize(1280, 800);
        window.showWorkspace(MainWindow::Inspector);
        window.show();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(&window)); }();
        return qobject_cast<InspectorWorkspace*>(window.workspaceWidget(MainWindow::Inspector));
    };
    {
        MainWindow window;
        InspectorWorkspace* workspace = open(window);
        QVERIFY(workspace);
        QVERIFY(workspace->keysPanel()
                    ->loadPrivateKeyFile(dataPath(QStringLiteral("keys/rsa2048.pem")))
                    .has_value());
        workspace->setInputText(QString::fromLatin1(webhookBody(
            clientSide(QByteArray(
                R"({"host":"db.internal","user":"deploy","password":"correct horse battery staple"})")),
            "dbCredentials")));
        workspace->tabs()->setCurrentIndex(InspectorWorkspace::StructureTab);
        workspace->structurePanel()->byteMap()->setCurrentBand(1);
        QVERIFY(workspace->verdictText().contains(QLatin1String("Decrypted")));
        workspace->tabs()->setCurrentIndex(InspectorWorkspace::ValueTab);
        workspace->valueView()->setRevealed(true);
        QVERIFY(workspace->valueView()->displayedText().contains(QLatin1String("correct horse")));
        workspace->valueView()->setRevealed(false);
    }
    {
        MainWindow window;
        InspectorWorkspace* workspace = open(window);
        workspace->keysPanel()->setClientSecret(QStringLiteral(" ") + QString::fromLatin1(inspectorSecret()));
        workspace->setInputText(QString::fromLatin1(portManaged("hunter2")));
        QCOMPARE(workspace->tabs()->currentIndex(), int(InspectorWorkspace::DiagnosisTab));
    }
    {
        MainWindow window;
        InspectorWorkspace* workspace = open(window);
        workspace->keysPanel()->setClientSecret(QString::fromLatin1(inspectorSecret()));
        workspace->setInputText(QString::fromLatin1(mixedBatchLog()));
        QVERIFY(waitForBatch(*workspace));
        workspace->batchPanel()->table()->selectRow(36); // line 37: another organisation's secret
        QVERIFY(workspace->verdictText().contains(QLatin1String("Wrong client secret")));
    }
}

QTEST_MAIN(TestInspectorWorkspace)
#include "TestInspectorWorkspace.moc"
