// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTestServer.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "common/JsonText.h"
#include "common/Settings.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "formpreview/FormPreviewWorkspace.h"
#include "formpreview/FormView.h"
#include "formpreview/InputField.h"
#include "formpreview/ProblemsModel.h"
#include "widgets/CodeEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace sb;

// The form preview workspace driven as a person would: bundled examples,
// masked and unmasked secrets, typing, decrypt back, Send to a local server.
class TestFormPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void examples_data();
    void examples();
    void clientSideRoundTrip();
    void objectSecretIsValidatedJson();
    void missingKeyIsAClearState();
    void sendToALocalServer();
    void sendFailures();
    void sendTimesOutOnTheClock();
    void editsKeepTypedValues();
    void stepsAndJq();
    void largeFormsBuildInSlices();
    void problemMovesTheCursor();
    void fixtureExport();
    void fixtureDialogWarnsAboutKeys();
    void copyAndSessionSamples();
    void filesRecentAndDrop();
    void secretInputsThroughTheMainWindow();

private:
    FormPreviewWorkspace* workspace(QWidget* parent = nullptr);
    static QLineEdit* line(FormPreviewWorkspace* w, const QString& name);
    static QPlainTextEdit* text(FormPreviewWorkspace* w, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<FormPreviewWorkspace> m_owned;
};

namespace {
const QString ClientSecret = QStringLiteral("gui-test-client-secret-0123456789abcdef");
}

void TestFormPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFormPreview::init()
{
    m_owned.reset();
    QSettings().clear();
}

FormPreviewWorkspace* TestFormPreview::workspace(QWidget* parent)
{
    auto* w = new FormPreviewWorkspace(parent);
    w->setLintDelay(0);
    if (!parent) {
        m_owned.reset(w);
        w->resize(1200, 800);
        w->show();
    }
    return w;
}

QLineEdit* TestFormPreview::line(FormPreviewWorkspace* w, const QString& name)
{
    w->formView()->ensureBuilt(); // pages off screen are built between events
    return w->findChild<QLineEdit*>(QStringLiteral("input_") + name);
}

QPlainTextEdit* TestFormPreview::text(FormPreviewWorkspace* w, const QString& name)
{
    w->formView()->ensureBuilt();
    return w->findChild<QPlainTextEdit*>(QStringLiteral("input_") + name);
}

void TestFormPreview::examples_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("singleLine");
    QTest::addColumn<QStringList>("multiLine");
    QTest::newRow("secret inputs") << ":/examples/secret-inputs.json"
                                   << QStringList { QStringLiteral("mySecretInput") }
                                   << QStringList { QStringLiteral("certificateInput") };
    QTest::newRow("multi-line certificate")
        << ":/examples/multi-line-certificate.json" << QStringList { QStringLiteral("keyPassphrase") }
        << QStringList { QStringLiteral("certificateChain"), QStringLiteral("privateKey") };
    QTest::newRow("object secret") << ":/examples/object-secret.json" << QStringList {} << QStringList {};
    QTest::newRow("client-side secret")
        << ":/examples/client-side-secret.json" << QStringList { QStringLiteral("apiKey") }
        << QStringList { QStringLiteral("sshKey") };
    QTest::newRow("multi-step with jq")
        << ":/examples/multi-step-jq.json" << QStringList { QStringLiteral("awsSecretAccessKey") }
        << QStringList { QStringLiteral("kubeconfig") };
}

void TestFormPreview::examples()
{
    QFETCH(QString, resource);
    QFETCH(QStringList, singleLine);
    QFETCH(QStringList, multiLine);
    QVERIFY(FormPreviewWorkspace::exampleResources().contains(resource));
    FormPreviewWorkspace* w = workspace();
    w->loadExample(resource);
    QCOMPARE(w->problems()->count(Severity::Error), 0);
    QCOMPARE(w->problems()->count(Severity::Warning), 0);
    w->setClientSecret(ClientSecret);
    QVERIFY(w->addPrivateKey(test::readData(QStringLiteral("keys/rsa2048.pem"))));

    for (const QString& name : singleLine) {
        QLineEdit* edit = line(w, name);
        QVERIFY2(edit, qPrintable(name));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        w->formView()->setCurrentStep(w->formView()->stepCount() - 1);
        QTest::keyClicks(edit, QStringLiteral("s3cr3t-x"));
        QCOMPARE(edit->text(), QStringLiteral("s3cr3t-x"));
        QCOMPARE(edit->displayText(), QString(8, QLatin1Char('*')));
    }
    for (const QString& name : multiLine) {
        QPlainTextEdit* edit = text(w, name);
        QVERIFY2(edit, qPrintable(name));
        QVERIFY(!qobject_cast<QLineEdit*>(static_cast<QWidget*>(edit)));
        QTest::keyClicks(edit, QStringLiteral("-----BEGIN PRIVATE KEY-----"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("MIIE line 2"));
        // Unmasked: what was typed is what is shown.
        QCOMPARE(edit->toPlainText(), QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIE line 2"));
        QVERIFY(edit->font().fixedPitch() || edit->font().styleHint() == QFont::TypeWriter
                || edit->font().family() == QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        auto* field = w->formView()->field(name);
        auto* note = field->findChild<QLabel*>(QStringLiteral("multiLineNote"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QLatin1String("Not masked")));
        QVERIFY(!note->isHidden());
        QVERIFY(field->findChild<QWidget*>(QStringLiteral("resizeGrip")));
    }
    if (resource.endsWith(QLatin1String("object-secret.json"))) {
        QTest::keyClicks(w->findChild<QPlainTextEdit*>(QStringLiteral("input_credentials")),
                         QStringLiteral("{\"user\": \"app\"}"));
        QTest::keyClicks(line(w, QStringLiteral("name")), QStringLiteral("main-db"));
    }
    const int secrets = static_cast<int>(w->lastBuild().secrets.size());
    QVERIFY(secrets >= 1);
    QCOMPARE(w->decryptBack(), 0);
    auto* summary = w->findChild<QLabel*>(QStringLiteral("decryptSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("All %1 secrets round-trip").arg(secrets)),
             qPrintable(summary->text()));
    // Nothing typed into a secret appears anywhere in the request.
    QVERIFY(!w->requestText().contains(QLatin1String("s3cr3t")));
    QVERIFY(!w->requestText().contains(QLatin1String("MIIE line 2")));
}

void TestFormPreview::clientSideRoundTrip()
{
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/client-side-secret.json"));
    QTest::keyClicks(line(w, QStringLiteral("apiKey")), QStringLiteral("api-key-value"));
    QCOMPARE(w->lastBuild().secrets.size(), 1);
    QCOMPARE(w->lastBuild().secrets.first().format, EnvelopeFormat::ClientSide);
    // Without the private key the check cannot be made, and says so.
    QCOMPARE(w->decryptBack(), 0);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("decryptSummary"))
                ->text()
                .contains(QLatin1String("could not be checked")));
    QString error;
    QVERIFY(!w->addPrivateKey(test::readData(QStringLiteral("keys/rsa2048.encrypted.pem")), {}, &error));
    QVERIFY(error.contains(QLatin1String("passphrase")));
    QVERIFY(w->addPrivateKey(test::readData(QStringLiteral("keys/rsa2048.encrypted.pem")),
                             test::readData(QStringLiteral("keys/passphrase.txt")).trimmed()));
    QCOMPARE(w->decryptBack(), 0);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("decryptSummary"))
                ->text()
                .contains(QLatin1String("All 1 secrets round-trip")));
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("keyStatus"))
                ->text()
                .contains(QLatin1String("private key loaded")));
}

void TestFormPreview::objectSecretIsValidatedJson()
{
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/object-secret.json"));
    w->setClientSecret(ClientSecret);
    auto* editor = w->findChild<QPlainTextEdit*>(QStringLiteral("input_credentials"));
    QVERIFY(qobject_cast<CodeEditor*>(editor));
    QTest::keyClicks(editor, QStringLiteral("{\"user\": "));
    InputField* field = w->formView()->field(QStringLiteral("credentials"));
    QVERIFY(field->messages().join(QLatin1Char(' ')).contains(QLatin1String("Invalid JSON")));
    QVERIFY(!w->lastBuild().complete());
    QTest::keyClicks(editor, QStringLiteral("\"app\", \"port\": 5432}"));
    QVERIFY(field->messages().isEmpty());
    QCOMPARE(w->decryptBack(), 0);
    // Number input with a range, boolean and list inputs are their natural widgets.
    QVERIFY(w->findChild<QDoubleSpinBox*>(QStringLiteral("input_poolSize")));
    QCOMPARE(w->findChild<QDoubleSpinBox*>(QStringLiteral("input_poolSize"))->maximum(), 100.0);
    QVERIFY(w->findChild<QCheckBox*>(QStringLiteral("input_readOnly")));
    QTest::mouseClick(
        w->formView()->field(QStringLiteral("tags"))->findChild<QPushButton*>(QStringLiteral("addItem")),
        Qt::LeftButton);
    // Pattern validation on the name, live.
    QTest::keyClicks(line(w, QStringLiteral("name")), QStringLiteral("Bad Name"));
    QVERIFY(w->formView()
                ->field(QStringLiteral("name"))
                ->messages()
                .join(QLatin1Char(' '))
                .contains(QLatin1String("pattern")));
}

void TestFormPreview::missingKeyIsAClearState()
{
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/secret-inputs.json"));
    QTest::keyClicks(line(w, QStringLiteral("mySecretInput")), QStringLiteral("value"));
    auto* status = w->findChild<QLabel*>(QStringLiteral("buildStatus"));
    QVERIFY2(status->text().contains(QLatin1String("Incomplete")), qPrintable(status->text()));
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("keyStatus"))
                ->text()
                .contains(QLatin1String("need the client secret")));
    QVERIFY(w->lastBuild().secrets.empty());
    w->setClientSecret(QStringLiteral("too-short"));
    QVERIFY(
        w->findChild<QLabel*>(QStringLiteral("keyStatus"))->text().contains(QLatin1String("at least 32")));
    w->setClientSecret(ClientSecret);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("buildStatus"))
                ->text()
                .contains(QLatin1String("Request ready")));
    QCOMPARE(w->lastBuild().secrets.size(), 1);
    // The secret can also come from a file (one trailing line break ignored).
    QFile file(m_dir.filePath(QStringLiteral("secret.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ClientSecret.toUtf8() + "\n");
    file.close();
    w->setClientSecret(QString());
    QVERIFY(w->loadClientSecretFile(file.fileName()));
    QCOMPARE(w->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))->text(), ClientSecret);
}

void TestFormPreview::sendToALocalServer()
{
    HttpTestServer server;
    QVERIFY(server.start());
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/multi-line-certificate.json"));
    w->setClientSecret(ClientSecret);
    QTest::keyClicks(text(w, QStringLiteral("certificateChain")),
                     QStringLiteral("-----BEGIN CERTIFICATE-----"));
    QTest::keyClicks(text(w, QStringLiteral("privateKey")), QStringLiteral("-----BEGIN PRIVATE KEY-----"));
    w->setSendUrl(server.url("/tls"));
    QSignalSpy done(w, &FormPreviewWorkspace::sendFinished);
    QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
    QVERIFY(!w->findChild<QPushButton*>(QStringLiteral("sendButton"))
                 ->isEnabled()); // the UI is not blocked, Send is
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(server.requests.size(), 1);
    const HttpTestServer::Request& received = server.requests.first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.path, QByteArray("/tls"));
    QCOMPARE(received.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(received.headers.value("run_id"), w->lastBuild().runId.toUtf8());
    QCOMPARE(received.body, w->lastBuild().request.bodyText);
    // What arrived decrypts to what was typed.
    auto body = JsonText::parse(received.body);
    auto cipher = PortManagedCipher::fromClientSecret(ClientSecret.toUtf8());
    auto chain = cipher->decrypt(decodeEnvelopeText(body->find(u"chain")->string.toLatin1())->bytes);
    QVERIFY(chain->constantTimeEquals("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(body->find(u"domain")->string, QStringLiteral("https://shop.example.com"));
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("sendStatus"))->text().contains(QLatin1String("HTTP 200")));
    const QString response = w->findChild<QPlainTextEdit*>(QStringLiteral("responseView"))->toPlainText();
    QVERIFY(response.contains(QLatin1String("X-Test-Server: yes")));
    QVERIFY(response.contains(QLatin1String("{\"ok\":true}")));

    // An error status is a response too, shown with its body.
    server.status = 500;
    server.responseBody = "decryption failed";
    w->send();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().first().toBool(), false);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("sendStatus"))->text().contains(QLatin1String("HTTP 500")));
    QVERIFY(w->findChild<QPlainTextEdit*>(QStringLiteral("responseView"))
                ->toPlainText()
                .contains(QLatin1String("decryption failed")));
}

void TestFormPreview::sendFailures()
{
    FormPreviewWorkspace* w = workspace();
    QSignalSpy done(w, &FormPreviewWorkspace::sendFinished);
    // A port nobody listens on: take one, then free it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    w->setSendUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    w->send();
    QVERIFY(done.wait(10000));
    auto* status = w->findChild<QLabel*>(QStringLiteral("sendStatus"));
    QVERIFY2(status->text().contains(QLatin1String("Connection refused")), qPrintable(status->text()));
    w->setSendUrl(QStringLiteral("ftp://example"));
    w->send();
    QVERIFY(status->text().contains(QLatin1String("Not an http(s) URL")));
    // TLS to a server that does not speak it.
    HttpTestServer plain;
    QVERIFY(plain.start());
    w->setSendUrl(QStringLiteral("https://127.0.0.1:%1/").arg(plain.serverPort()));
    w->send();
    QVERIFY(done.wait(10000));
    QVERIFY2(status->text().contains(QLatin1String("TLS")) || status->text().contains(QLatin1String("SSL")),
             qPrintable(status->text()));
}

void TestFormPreview::sendTimesOutOnTheClock()
{
    ManualClock clock;
    Clock::setInstance(&clock);
    HttpTestServer server;
    server.silent = true;
    QVERIFY(server.start());
    FormPreviewWorkspace* w = workspace();
    QSignalSpy done(w, &FormPreviewWorkspace::sendFinished);
    w->setSendUrl(server.url());
    w->send();
    QTRY_COMPARE(server.requests.size(), 1);
    QVERIFY(w->sender()->isBusy());
    clock.advance(Settings::instance().backendTimeoutSeconds() * 1000 + 1);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("sendStatus"))->text().contains(QLatin1String("No answer")));
    // Cancel stops a request in flight.
    w->send();
    QTRY_COMPARE(server.requests.size(), 2);
    QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 2);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("sendStatus"))->text().contains(QLatin1String("Cancelled")));
    QVERIFY(w->findChild<QPushButton*>(QStringLiteral("sendButton"))->isEnabled());
    Clock::setInstance(nullptr);
}

void TestFormPreview::editsKeepTypedValues()
{
    FormPreviewWorkspace* w = workspace();
    w->setDefinitionText(QStringLiteral(
        R"({"properties":{"name":{"type":"string","title":"Name"},"pw":{"type":"string","encryption":"aes256-gcm"}}})"));
    QTest::keyClicks(line(w, QStringLiteral("name")), QStringLiteral("kept value"));
    QTest::keyClicks(line(w, QStringLiteral("pw")), QStringLiteral("kept secret"));
    // Typing in the editor: the form follows after the pause, values stay.
    CodeEditor* editor = w->editor();
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(editor->toPlainText().indexOf(QLatin1String("\"Name\"")) + 5);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral(" (renamed)"));
    QTRY_VERIFY(w->formView()
                    ->field(QStringLiteral("name"))
                    ->findChild<QLabel*>(QStringLiteral("title"))
                    ->text()
                    .contains(QLatin1String("renamed")));
    QCOMPARE(line(w, QStringLiteral("name"))->text(), QStringLiteral("kept value"));
    QCOMPARE(line(w, QStringLiteral("pw"))->text(), QStringLiteral("kept secret"));
    // A broken definition keeps the last form and says why.
    QTest::keyClicks(editor, QStringLiteral("\"oops"));
    w->applyDefinition();
    QCOMPARE(w->problems()->problems().first().rule, QStringLiteral("json-syntax"));
    QVERIFY(line(w, QStringLiteral("name")));
    QCOMPARE(line(w, QStringLiteral("name"))->text(), QStringLiteral("kept value"));
}

void TestFormPreview::stepsAndJq()
{
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/multi-step-jq.json"));
    FormView* form = w->formView();
    QCOMPARE(form->stepCount(), 3);
    auto* next = w->findChild<QPushButton*>(QStringLiteral("nextButton"));
    auto* back = w->findChild<QPushButton*>(QStringLiteral("backButton"));
    QVERIFY(!back->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(form->currentStep(), 1);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(form->currentStep(), 2);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(form->currentStep(), 0);
    QVERIFY(w->findChild<QLabel*>(QStringLiteral("section_placement")));
    QVERIFY(
        w->findChild<QLabel*>(QStringLiteral("stepLabel"))->text().contains(QLatin1String("Step 1 of 3")));

    // Provider drives region's enum and default, and which credentials show.
    auto* provider = w->findChild<QComboBox*>(QStringLiteral("input_provider"));
    auto* region = w->findChild<QComboBox*>(QStringLiteral("input_region"));
    QCOMPARE(region->currentText(), QStringLiteral("eu-west-1"));
    QVERIFY(!form->field(QStringLiteral("awsSecretAccessKey"))->isHidden());
    QVERIFY(form->field(QStringLiteral("gcpServiceAccount"))->isHidden());
    QVERIFY(form->field(QStringLiteral("awsAccessKeyId"))->isRequiredShown());
    provider->setCurrentIndex(provider->findText(QStringLiteral("gcp")));
    QCOMPARE(region->currentText(), QStringLiteral("europe-west1"));
    QCOMPARE(region->count(), 3); // "— choose —" and two regions
    QVERIFY(form->field(QStringLiteral("awsSecretAccessKey"))->isHidden());
    QVERIFY(!form->field(QStringLiteral("gcpServiceAccount"))->isHidden());
    QVERIFY(!form->field(QStringLiteral("awsAccessKeyId"))->isRequiredShown());
    // Disabled by jq: read-only until more than 10 nodes.
    auto* confirm = w->findChild<QCheckBox*>(QStringLiteral("input_confirm"));
    QVERIFY(!confirm->isEnabled());
    auto* nodes = w->findChild<QDoubleSpinBox*>(QStringLiteral("input_nodeCount"));
    nodes->setValue(12);
    QVERIFY(confirm->isEnabled());
    // The default from .user.email.
    QCOMPARE(line(w, QStringLiteral("owner"))->text(), QStringLiteral("author@example.com"));
    // Templates use the values: URL, headers, body.
    QCOMPARE(w->lastBuild().request.url, QStringLiteral("http://127.0.0.1:8080/provision_cluster"));
    QVERIFY(w->requestText().contains(QLatin1String("\"region\": \"europe-west1\"")));
    QVERIFY(w->requestText().contains(QLatin1String("\"nodes\": 12")));
    QVERIFY(w->requestText().contains(QLatin1String("X-Requested-By: author@example.com")));
    // The sample user drives jq too.
    auto* user = w->findChild<CodeEditor*>(QStringLiteral("userEditor"));
    user->setPlainText(QStringLiteral(R"({"email":"other@example.com"})"));
    QVERIFY(w->requestText().contains(QLatin1String("X-Requested-By: other@example.com")));
}

void TestFormPreview::largeFormsBuildInSlices()
{
    FormPreviewWorkspace* w = workspace();
    QString properties;
    for (int i = 0; i < 150; ++i) {
        properties += QStringLiteral("%1\"i%2\":{\"type\":\"string\",\"title\":\"Input %2\"}")
                          .arg(i ? QStringLiteral(",") : QString())
                          .arg(i);
    }
    w->setDefinitionText(QStringLiteral("{\"properties\":{%1}}").arg(properties));
    FormView* form = w->formView();
    // The first inputs are there at once; the rest follow between events, in order.
    QVERIFY(w->findChild<QLineEdit*>(QStringLiteral("input_i0")));
    QVERIFY(!form->isComplete());
    QVERIFY(!w->findChild<QLineEdit*>(QStringLiteral("input_i149")));
    QSignalSpy completed(form, &FormView::completed);
    QVERIFY(completed.wait(10000));
    QVERIFY(form->isComplete());
    QLineEdit* last = w->findChild<QLineEdit*>(QStringLiteral("input_i149"));
    QVERIFY(last);
    QLayout* layout = form->field(QStringLiteral("i149"))->parentWidget()->layout();
    QVERIFY(layout->indexOf(form->field(QStringLiteral("i149")))
            > layout->indexOf(form->field(QStringLiteral("i148"))));
    QVERIFY(layout->itemAt(layout->count() - 1)->spacerItem()); // the stretch stays last
    QTest::keyClicks(last, QStringLiteral("v"));
    QCOMPARE(w->lastBuild().properties.find(u"i149")->string, QStringLiteral("v"));
}

void TestFormPreview::problemMovesTheCursor()
{
    FormPreviewWorkspace* w = workspace();
    w->setDefinitionText(
        QStringLiteral("{\n  \"a\": {\"type\": \"string\"},\n  \"b\": {\"type\": \"strng\"}\n}\n"));
    QCOMPARE(w->problems()->rowCount(), 1);
    auto* view = w->findChild<QTableView*>(QStringLiteral("problemsView"));
    const QModelIndex index = w->problems()->index(0, ProblemsModel::MessageColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(w->editor()->currentLine(), 3);
    QCOMPARE(w->editor()->currentColumn(), 17);
    QVERIFY(w->problems()
                ->data(w->problems()->index(0, 0), Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Fix:")));
}

void TestFormPreview::fixtureExport()
{
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/secret-inputs.json"));
    w->setClientSecret(ClientSecret);
    QTest::keyClicks(line(w, QStringLiteral("mySecretInput")), QStringLiteral("fixture-value"));
    const QString without = m_dir.filePath(QStringLiteral("fixture.json"));
    QVERIFY(w->exportFixture(without, false, false));
    QFile a(without);
    QVERIFY(a.open(QIODevice::ReadOnly));
    const QByteArray plain = a.readAll();
    QVERIFY(!plain.contains(ClientSecret.toUtf8()));
    auto fixture = JsonText::parse(plain);
    QCOMPARE(fixture->find(u"secrets")->items[0].find(u"expected")->string, QStringLiteral("fixture-value"));
    const QString with = m_dir.filePath(QStringLiteral("fixture-key.json"));
    QVERIFY(w->exportFixture(with, true, false));
    QFile b(with);
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray keyed = b.readAll();
    QVERIFY(keyed.contains(ClientSecret.toUtf8()));
    QVERIFY(keyed.contains("\"warning\""));
}

void TestFormPreview::fixtureDialogWarnsAboutKeys()
{
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/secret-inputs.json"));
    w->setClientSecret(ClientSecret);
    bool warned = false;
    bool quietWithoutKeys = false;
    // The dialog is modal: inspect it from the event loop, then cancel.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* warning = dialog->findChild<QLabel*>(QStringLiteral("fixtureWarning"));
        auto* secret = dialog->findChild<QCheckBox*>(QStringLiteral("includeClientSecret"));
        quietWithoutKeys = warning->isHidden();
        secret->setChecked(true);
        warned = !warning->isHidden() && warning->text().contains(QLatin1String("client secret"));
        dialog->reject();
    });
    QTest::mouseClick(w->findChild<QToolButton*>(QStringLiteral("exportFixtureButton")), Qt::LeftButton);
    QVERIFY(quietWithoutKeys);
    QVERIFY(warned);
}

void TestFormPreview::copyAndSessionSamples()
{
    FormPreviewWorkspace* w = workspace();
    w->loadExample(QStringLiteral(":/examples/multi-step-jq.json"));
    auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("outputTabs"));
    tabs->setCurrentIndex(3);
    QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("requestCopyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), w->requestText());
    // The sample user belongs to this definition's session: it comes back with the definition.
    auto* user = w->findChild<CodeEditor*>(QStringLiteral("userEditor"));
    user->setPlainText(QStringLiteral(R"({"email":"kept@example.com"})"));
    w->loadExample(QStringLiteral(":/examples/object-secret.json"));
    QVERIFY(!user->toPlainText().contains(QLatin1String("kept@")));
    w->loadExample(QStringLiteral(":/examples/multi-step-jq.json"));
    QVERIFY(user->toPlainText().contains(QLatin1String("kept@example.com")));
    QCOMPARE(line(w, QStringLiteral("owner"))->text(), QStringLiteral("kept@example.com"));
}

void TestFormPreview::filesRecentAndDrop()
{
    FormPreviewWorkspace* w = workspace();
    const QString path = m_dir.filePath(QStringLiteral("action.json"));
    w->setDefinitionText(QStringLiteral(R"({"properties":{"fromFile":{"type":"string"}}})"));
    QVERIFY(w->saveFile(path));
    QCOMPARE(w->recentFiles().first(), QFileInfo(path).absoluteFilePath());
    QTest::keyClicks(line(w, QStringLiteral("fromFile")), QStringLiteral("typed"));
    w->loadExample(QStringLiteral(":/examples/object-secret.json"));
    QVERIFY(!line(w, QStringLiteral("fromFile")));
    // Drop the file on the editor: it opens.
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w->editor()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(w->editor()->viewport(), &drop);
    QVERIFY(line(w, QStringLiteral("fromFile")));
    QCOMPARE(line(w, QStringLiteral("fromFile"))->text(), QString()); // opening a file starts a fresh form
    QCOMPARE(w->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(w->definitionText().contains(QLatin1String("fromFile")));
    QString error;
    QVERIFY(!w->openFile(m_dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QLatin1String("missing.json")));
}

void TestFormPreview::secretInputsThroughTheMainWindow()
{
    // The state ScreenshotRenderer pictures as form-preview: typed secrets
    // reach the request and the properties views.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* w = qobject_cast<FormPreviewWorkspace*>(window.workspaceWidget(MainWindow::FormPreview));
    QVERIFY(w);
    w->loadExample(QStringLiteral(":/examples/secret-inputs.json"));
    w->setClientSecret(ClientSecret);
    QTest::keyClicks(line(w, QStringLiteral("mySecretInput")), QStringLiteral("hunter2"));
    QTest::keyClicks(text(w, QStringLiteral("certificateInput")),
                     QStringLiteral("-----BEGIN CERTIFICATE-----"));
    QTest::keyClick(text(w, QStringLiteral("certificateInput")), Qt::Key_Return);
    QTest::keyClicks(text(w, QStringLiteral("certificateInput")),
                     QStringLiteral("MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa"));
    auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("outputTabs"));
    tabs->setCurrentIndex(3);
    QVERIFY(w->findChild<CodeEditor*>(QStringLiteral("requestView"))
                ->toPlainText()
                .contains(QLatin1String("\"payload\"")));
    tabs->setCurrentIndex(2);
    QVERIFY(w->findChild<CodeEditor*>(QStringLiteral("propertiesView"))
                ->toPlainText()
                .contains(QLatin1String("\"mySecretInput\"")));
    // The multi-step example on its Credentials step, GCP chosen.
    w->loadExample(QStringLiteral(":/examples/multi-step-jq.json"));
    w->formView()->ensureBuilt();
    auto* provider = w->findChild<QComboBox*>(QStringLiteral("input_provider"));
    QVERIFY(provider);
    QVERIFY(provider->findText(QStringLiteral("gcp")) >= 0);
    provider->setCurrentIndex(provider->findText(QStringLiteral("gcp")));
    w->formView()->setCurrentStep(2);
}

QTEST_MAIN(TestFormPreview)
#include "TestFormPreview.moc"
