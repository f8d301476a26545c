// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Form preview performance on a generated 300-input definition:
//  - parse + lint + first render (the workspace shows the form, laid out and painted),
//    cold (jq worker not started yet) and warm (an edit that keeps the jq expressions);
//  - one keystroke in an input until the request view shows the new request.
// Targets (issue 3): first render < 150 ms, keystroke < 16 ms.
//
//   cmake --preset release && cmake --build --preset release --target BenchFormPreview
//   QT_QPA_PLATFORM=offscreen build/release/bench/BenchFormPreview

#include "common/JsonText.h"
#include "crypto/RsaKey.h"
#include "formpreview/FormPreviewWorkspace.h"
#include "formpreview/FormView.h"
#include "inputs/JqEngine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {

QByteArray generateDefinition(int inputs, const QByteArray& publicPem)
{
    // A realistic mix: text, enums, numbers, booleans, dates, lists, objects,
    // Port-managed and client-side secrets (single-line, multi-line, object),
    // 12 jq expressions with dependsOn, titles, and a WEBHOOK with templates.
    JsonNode properties = JsonNode::makeObject();
    JsonNode order = JsonNode::makeArray();
    JsonNode body = JsonNode::makeObject();
    JsonNode titles = JsonNode::makeObject();
    for (int i = 0; i < inputs; ++i) {
        const QString name = QStringLiteral("input%1").arg(i, 3, 10, QLatin1Char('0'));
        if (i % 50 == 0) {
            const QString title = QStringLiteral("section%1").arg(i / 50);
            JsonNode t = JsonNode::makeObject();
            t.insert(QStringLiteral("title"),
                     JsonNode::makeString(QStringLiteral("Section %1").arg(i / 50 + 1)));
            titles.insert(title, t);
            order.items.push_back(JsonNode::makeString(title));
        }
        QByteArray json;
        switch (i % 12) {
        case 0:
            json
                = R"({"type":"string","title":"Name","minLength":2,"maxLength":40,"pattern":"^[a-z0-9-]+$"})";
            break;
        case 1:
            json
                = R"({"type":"string","title":"Environment","enum":["dev","staging","prod"],"enumColors":{"prod":"red"},"default":"dev"})";
            break;
        case 2:
            json = R"({"type":"number","title":"Replicas","minimum":1,"maximum":20,"default":2})";
            break;
        case 3:
            json = R"({"type":"boolean","title":"Enabled","default":true})";
            break;
        case 4:
            json = R"({"type":"string","title":"Password","encryption":"aes256-gcm"})";
            break;
        case 5:
            json
                = R"({"type":"string","format":"multi-line","title":"Certificate","encryption":"aes256-gcm"})";
            break;
        case 6:
            json = R"({"type":"string","format":"url","title":"Endpoint"})";
            break;
        case 7:
            json = R"({"type":"array","title":"Tags","items":{"type":"string"}})";
            break;
        case 8:
            json = R"({"type":"object","title":"Settings"})";
            break;
        case 9:
            json = "{\"type\":\"string\",\"title\":\"API "
                   "key\",\"encryption\":{\"algorithm\":\"client-side\",\"key\":"
                + JsonText::quoted(publicPem) + "}}";
            break;
        case 10:
            json = R"({"type":"string","format":"date-time","title":"Window"})";
            break;
        case 11:
            json = R"({"type":"string","format":"user","title":"Owner","description":"Who owns it"})";
            break;
        }
        JsonNode input = *JsonText::parse(json);
        if (i % 25 == 6) {
            // 12 jq expressions: visibility driven by the input before.
            input.insert(QStringLiteral("visible"),
                         *JsonText::parse(QStringLiteral(R"({"jqQuery":".form.input%1 != \"hide\""})")
                                              .arg(i - 6, 3, 10, QLatin1Char('0'))
                                              .toUtf8()));
            input.insert(QStringLiteral("dependsOn"),
                         *JsonText::parse(
                             QStringLiteral(R"(["input%1"])").arg(i - 6, 3, 10, QLatin1Char('0')).toUtf8()));
        }
        properties.insert(name, input);
        order.items.push_back(JsonNode::makeString(name));
        if (i % 15 == 0) {
            body.insert(name, JsonNode::makeString(QStringLiteral("{{ .inputs.%1 }}").arg(name)));
        }
    }
    body.insert(QStringLiteral("runId"), JsonNode::makeString(QStringLiteral("{{ .run.id }}")));
    // Every input reaches the body, so every keystroke changes the request.
    body.insert(QStringLiteral("properties"), JsonNode::makeString(QStringLiteral("{{ .inputs }}")));
    body.insert(QStringLiteral("requestedBy"),
                JsonNode::makeString(QStringLiteral("{{ .trigger.by.user.email }}")));
    JsonNode userInputs = JsonNode::makeObject();
    userInputs.insert(QStringLiteral("properties"), properties);
    userInputs.insert(QStringLiteral("order"), order);
    userInputs.insert(QStringLiteral("titles"), titles);
    JsonNode trigger = JsonNode::makeObject();
    trigger.insert(QStringLiteral("type"), JsonNode::makeString(QStringLiteral("self-service")));
    trigger.insert(QStringLiteral("operation"), JsonNode::makeString(QStringLiteral("CREATE")));
    trigger.insert(QStringLiteral("userInputs"), userInputs);
    JsonNode invocation = JsonNode::makeObject();
    invocation.insert(QStringLiteral("type"), JsonNode::makeString(QStringLiteral("WEBHOOK")));
    invocation.insert(QStringLiteral("url"), JsonNode::makeString(QStringLiteral("http://127.0.0.1:8080/")));
    invocation.insert(QStringLiteral("headers"), *JsonText::parse(R"({"RUN_ID":"{{ .run.id }}"})"));
    invocation.insert(QStringLiteral("body"), body);
    JsonNode action = JsonNode::makeObject();
    action.insert(QStringLiteral("identifier"), JsonNode::makeString(QStringLiteral("bench")));
    action.insert(QStringLiteral("title"), JsonNode::makeString(QStringLiteral("Benchmark action")));
    action.insert(QStringLiteral("trigger"), trigger);
    action.insert(QStringLiteral("invocationMethod"), invocation);
    return JsonText::serialize(action, true);
}

struct Stats
{
    double median;
    double p95;
    double max;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size()))];
    };
    return { at(0.5), at(0.95), samples.last() };
}

struct Render
{
    double firstScreen; // the form shown, laid out and painted
    double complete; // every input has its widget (built in slices after the first screen)
    double longestSlice = 0; // the longest the event loop was busy while the rest was built
};

Render render(FormPreviewWorkspace& w, const QString& text)
{
    QElapsedTimer t;
    t.start();
    w.setDefinitionText(text); // parse, lint (jq compiled), evaluate jq, build the form, build the request
    // What the event loop does before the first paint: show the new widgets, lay them out.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    w.repaint();
    Render r;
    r.firstScreen = double(t.nsecsElapsed()) / 1e6;
    while (!w.formView()->isComplete()) {
        QElapsedTimer slice;
        slice.start();
        QCoreApplication::processEvents();
        r.longestSlice = std::max(r.longestSlice, double(slice.nsecsElapsed()) / 1e6);
    }
    QCoreApplication::sendPostedEvents();
    w.repaint();
    r.complete = double(t.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents(); // deferred deletion of the previous form, outside the measurement
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int inputs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;
    auto key = RsaPrivateKey::generate(2048);
    const QByteArray definition = generateDefinition(inputs, key->publicKey().toPem());
    std::printf("definition: %d inputs, %lld bytes\n", inputs, static_cast<long long>(definition.size()));
    if (argc > 2) {
        // BenchFormPreview 300 FILE: also write the generated definition, to open it in the app.
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (out.open(QIODevice::WriteOnly)) {
            out.write(definition);
        }
    }

    FormPreviewWorkspace w;
    w.resize(1280, 800);
    w.show();
    (void)QTest::qWaitForWindowExposed(&w);
    w.setClientSecret(QStringLiteral("bench-client-secret-0123456789abcdef"));
    w.findChild<QTabWidget*>(QStringLiteral("outputTabs"))
        ->setCurrentIndex(3); // the request view, updated live

    const QString text = QString::fromUtf8(definition);
    const Render cold = render(w, text);
    const int coldWorkers = JqEngine::instance().workersStarted();
    QList<double> freshFirst, freshComplete, editFirst, editComplete, slices;
    for (int i = 0; i < 10; ++i) {
        // Every input changes (all titles): every widget is made again; the jq worker is running.
        QString renamed = text;
        renamed.replace(QStringLiteral("\"title\": \""), QStringLiteral("\"title\": \"v%1 ").arg(i));
        const Render fresh = render(w, renamed);
        freshFirst.append(fresh.firstScreen);
        freshComplete.append(fresh.complete);
        slices.append(fresh.longestSlice);
        // An edit that touches one input (its title), as typing in the editor does.
        QString edited = renamed;
        edited.replace(QStringLiteral("\"title\": \"v%1 Name\""),
                       QStringLiteral("\"title\": \"v%1 Name!\"").arg(i));
        const Render edit = render(w, edited);
        editFirst.append(edit.firstScreen);
        editComplete.append(edit.complete);
    }
    auto line = [](const char* what, const QList<double>& first, const QList<double>& complete) {
        const Stats f = stats(first);
        const Stats c = stats(complete);
        std::printf(
            "%s: first screen median %.1f ms (p95 %.1f); all 300 inputs built median %.1f ms (p95 %.1f)\n",
            what, f.median, f.p95, c.median, c.p95);
    };
    std::printf("parse + lint + render, cold start (jq worker forked, jq compiled): first screen %.1f ms; "
                "all inputs %.1f ms\n",
                cold.firstScreen, cold.complete);
    line("parse + lint + render, every input new", freshFirst, freshComplete);
    line("parse + lint + render, one input edited", editFirst, editComplete);
    std::printf("longest event-loop turn while the rest of the form is built: median %.1f ms, max %.1f ms\n",
                stats(slices).median, stats(slices).max);
    std::printf("jq workers started: %d\n", coldWorkers);

    auto keystrokes = [&](const QString& input, const char* label) {
        auto* edit = w.findChild<QLineEdit*>(QStringLiteral("input_") + input);
        if (!edit) {
            std::printf("%s: input %s not found\n", label, qPrintable(input));
            return;
        }
        w.formView()->setCurrentStep(0);
        QList<double> samples;
        int unchanged = 0;
        for (int i = 0; i < 200; ++i) {
            const QString before = w.requestText();
            QElapsedTimer t;
            t.start();
            QTest::keyClick(edit, i % 20 == 19 ? Qt::Key_Backspace : Qt::Key_A);
            samples.append(double(t.nsecsElapsed()) / 1e6);
            if (w.requestText() == before) {
                ++unchanged;
            }
        }
        const Stats s = stats(samples);
        std::printf("keystroke -> request view, %s: median %.2f ms, p95 %.2f ms, max %.2f ms%s\n", label,
                    s.median, s.p95, s.max, unchanged ? " (SOME KEYSTROKES DID NOT CHANGE THE REQUEST)" : "");
    };
    keystrokes(QStringLiteral("input000"), "text input (templates and the 12 jq expressions re-run)");
    keystrokes(QStringLiteral("input004"), "Port-managed secret (re-encrypts one value)");
    keystrokes(QStringLiteral("input009"), "client-side secret (RSA-OAEP + AES-GCM)");
    keystrokes(QStringLiteral("input011"), "text input no jq expression depends on");
    return 0;
}
