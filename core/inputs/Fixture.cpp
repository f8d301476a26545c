// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixture.h"

#include <QCoreApplication>

namespace sb {

QString Fixture::keyWarning(const Options& options)
{
    QStringList keys;
    if (options.clientSecret && !options.clientSecret->isEmpty()) {
        keys << QCoreApplication::translate("sb::Fixture", "the organisation's client secret");
    }
    if (!options.privateKeys.isEmpty()) {
        keys << QCoreApplication::translate("sb::Fixture", "%1 RSA private key(s)")
                    .arg(options.privateKeys.size());
    }
    if (keys.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate(
               "sb::Fixture",
               "This fixture includes %1 in plain text. Anyone with the file can decrypt every value "
               "encrypted with it. Use test keys only, and never commit a production key.")
        .arg(keys.join(QStringLiteral(" and ")));
}

QByteArray Fixture::build(const FormSession& session, const BuildResult& built, const Options& options)
{
    JsonNode root = JsonNode::makeObject();
    root.insert(QStringLiteral("format"), JsonNode::makeString(QString::fromLatin1(FormatName)));
    root.insert(
        QStringLiteral("description"),
        JsonNode::makeString(QCoreApplication::translate(
            "sb::Fixture",
            "Made by SecretBench's form preview. For each entry of \"secrets\", decrypting \"envelope\" "
            "(found in request.body at each of \"paths\") must give \"expected\" (an object input: the "
            "JSON object).")));
    if (const ActionDefinition* definition = session.definition()) {
        root.insert(QStringLiteral("definition"), definition->root());
    }
    root.insert(QStringLiteral("values"), session.valuesObject(true));
    root.insert(QStringLiteral("sampleEntity"), session.sampleEntity());
    root.insert(QStringLiteral("sampleUser"), session.sampleUser());
    JsonNode secrets = JsonNode::makeArray();
    const JsonNode values = session.valuesObject(true);
    for (const BuiltSecret& s : built.secrets) {
        JsonNode entry = JsonNode::makeObject();
        entry.insert(QStringLiteral("input"), JsonNode::makeString(s.input));
        entry.insert(QStringLiteral("encryption"), JsonNode::makeString(envelopeFormatIdentifier(s.format)));
        entry.insert(QStringLiteral("type"),
                     JsonNode::makeString(s.type == SecretType::Object ? QStringLiteral("object")
                                                                       : QStringLiteral("string")));
        if (!s.keyFingerprint.isEmpty()) {
            entry.insert(QStringLiteral("publicKeySha256"), JsonNode::makeString(s.keyFingerprint));
        }
        entry.insert(QStringLiteral("envelope"), JsonNode::makeString(s.envelope));
        JsonNode paths = JsonNode::makeArray();
        for (const QString& path : s.bodyPaths) {
            paths.items.push_back(JsonNode::makeString(path));
        }
        entry.insert(QStringLiteral("paths"), paths);
        if (const JsonNode* expected = values.find(s.input)) {
            entry.insert(QStringLiteral("expected"), *expected);
        }
        secrets.items.push_back(std::move(entry));
    }
    root.insert(QStringLiteral("secrets"), secrets);
    root.insert(QStringLiteral("properties"), built.properties);
    root.insert(QStringLiteral("request"), built.request.toJson());
    const bool withSecret = options.clientSecret && !options.clientSecret->isEmpty();
    if (withSecret || !options.privateKeys.isEmpty()) {
        JsonNode keys = JsonNode::makeObject();
        if (withSecret) {
            keys.insert(QStringLiteral("clientSecret"),
                        JsonNode::makeString(QString::fromUtf8(options.clientSecret->view())));
        }
        if (!options.privateKeys.isEmpty()) {
            JsonNode pems = JsonNode::makeArray();
            for (const RsaPrivateKey& key : options.privateKeys) {
                if (auto pem = key.toPkcs8Pem()) {
                    pems.items.push_back(JsonNode::makeString(QString::fromUtf8(pem->view())));
                }
            }
            keys.insert(QStringLiteral("privateKeys"), pems);
        }
        root.insert(QStringLiteral("keys"), keys);
        root.insert(QStringLiteral("warning"), JsonNode::makeString(keyWarning(options)));
    }
    return JsonText::serialize(root, true) + '\n';
}

} // namespace sb
