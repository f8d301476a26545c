// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/EnvelopeDiagnosis.h"
#include "inspector/InspectorInput.h"
#include "inspector/KeyFacts.h"

#include <QJsonObject>
#include <QString>

namespace sb::DiagnosisReport {

// The words the workspace and `secretbench-cli inspect --diagnose` both show.

QJsonObject layoutJson(const EnvelopeLayout& layout);
QJsonObject findingJson(const Finding& finding);
QJsonObject keyFactsJson(const KeyFacts& facts);
// Never includes the decrypted value: only its length, UTF-8 validity and JSON shape.
QJsonObject diagnosisJson(const EnvelopeDiagnosis& diagnosis);

QString keyFactsText(const KeyFacts& facts);
// `heading` names the value ("$.payload.properties.password, line 3"); may be empty.
QString diagnosisText(const EnvelopeDiagnosis& diagnosis, const QString& heading = {});

// "line 3, $.payload.properties.password" for an entry of a body or log.
QString entryLabel(const InputEntry& entry);

} // namespace sb::DiagnosisReport
