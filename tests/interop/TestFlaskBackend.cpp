// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/JsonText.h"
#include "formpreview/FormPreviewWorkspace.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace sb;

// Port's documented backend (Flask + pycryptodome from Debian) runs on
// loopback; the form preview sends it the request for what was typed, and the
// backend answers with the value it decrypted, which must be what was typed.
class TestFlaskBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void documentedBackendDecryptsWhatWasTyped_data();
    void documentedBackendDecryptsWhatWasTyped();
};

namespace {
const QString ClientSecret = QStringLiteral("flask-interop-client-secret-0123456789ABCDEF");
const QString Here = QStringLiteral(SECRETBENCH_INTEROP_DIR);

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool accepting(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}
} // namespace

void TestFlaskBackend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString missing
        = test::missingPythonModules({ QStringLiteral("flask"), QStringLiteral("Cryptodome") });
    if (!missing.isEmpty()) {
        QSKIP(
            qPrintable(QStringLiteral("SKIPPED: the documented Flask backend cannot run: %1 (Debian packages "
                                      "python3-flask and python3-pycryptodome)")
                           .arg(missing)));
    }
}

void TestFlaskBackend::documentedBackendDecryptsWhatWasTyped_data()
{
    QTest::addColumn<QString>("input"); // the input definition
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("json");
    QTest::newRow("single-line secret") << R"({"type":"string","encryption":"aes256-gcm"})"
                                        << "hunter2 with spaces & symbols!" << false;
    QTest::newRow("multi-line secret")
        << R"({"type":"string","format":"multi-line","encryption":"aes256-gcm"})"
        << "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----" << false;
    QTest::newRow("object secret") << R"({"type":"object","encryption":"aes256-gcm"})"
                                   << R"({"user": "ops", "port": 5432})" << true;
}

void TestFlaskBackend::documentedBackendDecryptsWhatWasTyped()
{
    QFETCH(QString, input);
    QFETCH(QString, typed);
    QFETCH(bool, json);
    const quint16 port = freePort();
    QProcess backend;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORT"), QString::number(port));
    env.insert(QStringLiteral("PORT_CLIENT_SECRET"), ClientSecret);
    env.insert(QStringLiteral("PROPERTY_IS_JSON"), json ? QStringLiteral("1") : QStringLiteral("0"));
    backend.setProcessEnvironment(env);
    backend.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    backend.start(test::systemPython(), { Here + QStringLiteral("/flask_backend.py") });
    QVERIFY(backend.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(accepting(port) || backend.state() != QProcess::Running, 30000);
    QCOMPARE(backend.state(), QProcess::Running);

    FormPreviewWorkspace w;
    w.setDefinitionText(
        QStringLiteral(
            R"({"identifier":"interop","trigger":{"type":"self-service","operation":"DAY-2","userInputs":{"properties":{"secret-property":%1}}}})")
            .arg(input));
    w.setClientSecret(ClientSecret);
    auto* line = w.findChild<QLineEdit*>(QStringLiteral("input_secret-property"));
    auto* text = w.findChild<QPlainTextEdit*>(QStringLiteral("input_secret-property"));
    QVERIFY(line || text);
    const QStringList lines = typed.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(text, Qt::Key_Return);
        }
        if (line) {
            QTest::keyClicks(line, lines[i]);
        } else {
            QTest::keyClicks(text, lines[i]);
        }
    }
    QCOMPARE(w.lastBuild().secrets.size(), 1);
    w.setSendUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    QSignalSpy done(&w, &FormPreviewWorkspace::sendFinished);
    QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    const QString response = w.findChild<QPlainTextEdit*>(QStringLiteral("responseView"))->toPlainText();
    QVERIFY2(done.first().first().toBool(), qPrintable(response));
    const QString body = response.mid(response.indexOf(QStringLiteral("\n\n")) + 2);
    if (json) {
        QCOMPARE(*JsonText::parse(body.toUtf8()), *JsonText::parse(typed.toUtf8()));
    } else {
        QCOMPARE(body, typed);
    }
    backend.kill();
    backend.waitForFinished();
}

QTEST_MAIN(TestFlaskBackend)
#include "TestFlaskBackend.moc"
