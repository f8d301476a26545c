// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb::DiagnosisReport {

QJsonObject layoutJson(const EnvelopeLayout& layout)
{
    QJsonArray parts;
    for (const EnvelopePart& part : layout.parts) {
        parts.append(QJsonObject { { QStringLiteral("part"), part.name() },
                                   { QStringLiteral("offset"), part.offset },
                                   { QStringLiteral("length"), part.length } });
    }
    return QJsonObject {
        { QStringLiteral("format"), envelopeFormatIdentifier(layout.format) },
        { QStringLiteral("rsaBits"), layout.rsaBits ? QJsonValue(layout.rsaBits) : QJsonValue() },
        { QStringLiteral("valueLength"), layout.plaintextLength() },
        { QStringLiteral("parts"), parts },
    };
}

QJsonObject findingJson(const Finding& finding)
{
    return QJsonObject {
        { QStringLiteral("severity"), severityName(finding.severity) },
        { QStringLiteral("code"), finding.code },
        { QStringLiteral("title"), finding.title },
        { QStringLiteral("detail"), finding.detail },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(finding.evidence) },
    };
}

QJsonObject keyFactsJson(const KeyFacts& facts)
{
    QJsonArray list;
    for (const KeyFact& fact : facts.facts) {
        list.append(QJsonObject { { QStringLiteral("label"), fact.label },
                                  { QStringLiteral("value"), fact.value },
                                  { QStringLiteral("severity"), severityName(fact.severity) } });
    }
    return QJsonObject { { QStringLiteral("key"), facts.title }, { QStringLiteral("facts"), list } };
}

QJsonObject diagnosisJson(const EnvelopeDiagnosis& d)
{
    QJsonObject out;
    out.insert(QStringLiteral("verdict"), verdictName(d.verdict));
    out.insert(QStringLiteral("length"), d.bytes.size());
    if (d.inspection) {
        QJsonArray layouts;
        for (const EnvelopeLayout& layout : d.inspection->layouts) {
            layouts.append(layoutJson(layout));
        }
        out.insert(QStringLiteral("layouts"), layouts);
    }
    if (const EnvelopeLayout* layout = d.layout()) {
        QJsonObject chosen = layoutJson(*layout);
        chosen.insert(QStringLiteral("reason"), d.layoutReason);
        out.insert(QStringLiteral("chosenLayout"), chosen);
    }
    if (d.value) {
        out.insert(
            QStringLiteral("value"),
            QJsonObject {
                { QStringLiteral("length"), d.value->plaintext.size() },
                { QStringLiteral("utf8"), d.value->utf8 },
                { QStringLiteral("json"),
                  d.value->json == DecryptedValue::JsonShape::None
                      ? QJsonValue()
                      : QJsonValue(jsonShapeName(d.value->json)) },
                { QStringLiteral("format"), envelopeFormatIdentifier(d.value->format) },
                { QStringLiteral("rsaBits"), d.value->rsaBits ? QJsonValue(d.value->rsaBits) : QJsonValue() },
                { QStringLiteral("key"), d.value->keyCode },
            });
    }
    if (d.failure) {
        out.insert(QStringLiteral("error"),
                   QJsonObject { { QStringLiteral("kind"), d.failure->kindName() },
                                 { QStringLiteral("message"), d.failure->message } });
    }
    QJsonArray findings;
    for (const Finding& f : d.findings) {
        findings.append(findingJson(f));
    }
    out.insert(QStringLiteral("findings"), findings);
    return out;
}

QString keyFactsText(const KeyFacts& facts)
{
    QString out = facts.title + QStringLiteral(":\n");
    for (const KeyFact& fact : facts.facts) {
        const QString marker = fact.severity == Severity::Info
            ? QString()
            : QStringLiteral(" [%1]").arg(severityName(fact.severity));
        out += QStringLiteral("  %1: %2%3\n").arg(fact.label, fact.value, marker);
    }
    return out;
}

QString diagnosisText(const EnvelopeDiagnosis& d, const QString& heading)
{
    QString out;
    if (!heading.isEmpty()) {
        out += QStringLiteral("== %1 ==\n").arg(heading);
    }
    out += QStringLiteral("Verdict: %1\n").arg(verdictName(d.verdict));
    if (const EnvelopeLayout* layout = d.layout()) {
        out += QCoreApplication::translate("sb::DiagnosisReport", "Envelope: %1 bytes, read as %2\n")
                   .arg(d.bytes.size())
                   .arg(layout->title());
        for (const EnvelopePart& part : layout->parts) {
            out += QCoreApplication::translate("sb::DiagnosisReport", "  %1 offset %2 length %3\n")
                       .arg(part.name().leftJustified(12))
                       .arg(part.offset, 6)
                       .arg(part.length, 8);
        }
    }
    for (const Finding& f : d.findings) {
        out += QStringLiteral("\n[%1] %2\n").arg(severityName(f.severity), f.title);
        if (!f.detail.isEmpty()) {
            out += QStringLiteral("    %1\n").arg(f.detail);
        }
        for (const QString& e : f.evidence) {
            out += QStringLiteral("    - %1\n").arg(e);
        }
    }
    return out;
}

QString entryLabel(const InputEntry& entry)
{
    QStringList parts;
    if (entry.line > 0) {
        parts << QStringLiteral("line %1").arg(entry.line);
    }
    if (!entry.path.isEmpty()) {
        parts << entry.path;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace sb::DiagnosisReport
