// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadDecryptor.h"

#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeInspection.h"
#include "crypto/EnvelopeScanner.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"
#include "inputs/ActionDefinition.h"
#include "inputs/Templates.h"

#include <QCoreApplication>

namespace sb {

namespace {

struct Location
{
    QStringList keys; // path from the body root
    QString jsonPath;
};

QString jsonPathOf(const QStringList& keys, const JsonNode& root)
{
    QString path = QStringLiteral("$");
    const JsonNode* node = &root;
    for (const QString& key : keys) {
        if (node && node->isArray()) {
            path = jsonPathAppendIndex(path, key.toLongLong());
            node = &node->items[static_cast<std::size_t>(key.toLongLong())];
        } else {
            path = jsonPathAppendKey(path, key);
            node = node ? node->find(key) : nullptr;
        }
    }
    return path;
}

// Key paths of every string under `node`, for scanning.
void collectStrings(const JsonNode& node, QStringList path, QList<QStringList>& out)
{
    if (node.isString()) {
        out.append(path);
    } else if (node.isObject()) {
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            collectStrings(node.items[static_cast<std::size_t>(i)], path + QStringList { node.keys[i] }, out);
        }
    } else if (node.isArray()) {
        for (qsizetype i = 0; i < node.size(); ++i) {
            collectStrings(node.items[static_cast<std::size_t>(i)], path + QStringList { QString::number(i) },
                           out);
        }
    }
}

// Tries the keys that fit; returns the plaintext or the most telling error.
Result<SecureBuffer> tryDecrypt(const QByteArray& bytes,
                                std::optional<EnvelopeFormat> declared,
                                const QString& declaredKeyPem,
                                PayloadKeys& keys,
                                EnvelopeFormat& usedFormat)
{
    std::optional<Error> firstError;
    auto remember = [&](const Error& e) {
        // An authentication failure says more than "no key".
        if (!firstError || firstError->kind == ErrorKind::NotFound) {
            firstError = e;
        }
    };
    const bool tryPort = !declared || *declared == EnvelopeFormat::PortManaged;
    const bool tryClient = !declared || *declared == EnvelopeFormat::ClientSide;
    if (tryPort) {
        if (keys.portManaged) {
            auto plain = keys.portManaged->decrypt(bytes);
            if (plain) {
                usedFormat = EnvelopeFormat::PortManaged;
                return plain;
            }
            remember(plain.error());
        } else {
            remember({ ErrorKind::NotFound,
                       QCoreApplication::translate(
                           "sb::PayloadDecryptor",
                           "no client secret was given for Port-managed (aes256-gcm) values") });
        }
    }
    if (tryClient) {
        QString wanted;
        if (!declaredKeyPem.isEmpty()) {
            if (auto pub = RsaPublicKey::fromPem(declaredKeyPem.toUtf8())) {
                wanted = pub->fingerprint();
            }
        }
        bool anyTried = false;
        for (const RsaPrivateKey& key : keys.privateKeys) {
            if (!wanted.isEmpty() && key.publicKey().fingerprint() != wanted) {
                continue;
            }
            if (bytes.size() < ClientSide::minimumEnvelopeSize(key.modulusBytes())) {
                continue;
            }
            anyTried = true;
            ClientSideDecryptor decryptor(key);
            auto plain = decryptor.decrypt(bytes);
            if (plain) {
                usedFormat = EnvelopeFormat::ClientSide;
                return plain;
            }
            remember(plain.error());
        }
        if (!anyTried) {
            remember({ ErrorKind::NotFound,
                       wanted.isEmpty() ? QCoreApplication::translate(
                           "sb::PayloadDecryptor", "no private key fits this client-side value")
                                        : QCoreApplication::translate(
                                              "sb::PayloadDecryptor",
                                              "no private key matches the definition's public key %1")
                                              .arg(wanted) });
        }
    }
    return std::unexpected(firstError.value_or(
        Error { ErrorKind::NotFound, QCoreApplication::translate("sb::PayloadDecryptor", "no key") }));
}

} // namespace

QString DecryptedSecret::formatName() const
{
    return format ? envelopeFormatIdentifier(*format) : QStringLiteral("unknown");
}

int PayloadReport::failures() const
{
    return static_cast<int>(
        std::count_if(secrets.begin(), secrets.end(), [](const DecryptedSecret& s) { return !s.ok; }));
}

std::optional<ErrorKind> PayloadReport::firstFailure() const
{
    for (const DecryptedSecret& s : secrets) {
        if (!s.ok) {
            return s.errorKind;
        }
    }
    return std::nullopt;
}

QString PayloadReport::summary() const
{
    QString out;
    for (const DecryptedSecret& s : secrets) {
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(s.path, s.input.isEmpty() ? QStringLiteral("-") : s.input, s.formatName(),
                        s.ok ? QStringLiteral("ok") : QStringLiteral("FAILED: ") + s.error);
    }
    return out;
}

Result<PayloadReport>
PayloadDecryptor::decrypt(QByteArrayView body, const ActionDefinition* definition, PayloadKeys& keys)
{
    auto parsed = JsonText::parse(body);
    if (!parsed) {
        Error e = parsed.error();
        e.message
            = QCoreApplication::translate("sb::PayloadDecryptor", "The body is not JSON. %1").arg(e.message);
        return std::unexpected(e);
    }
    PayloadReport report;
    report.decryptedBody = *parsed;
    const JsonNode& original = *parsed;

    struct Candidate
    {
        QStringList keys;
        const InputDefinition* input = nullptr;
    };
    QList<Candidate> candidates;
    QSet<QString> seen;
    auto add = [&](const QStringList& where, const InputDefinition* input) {
        const QString id = where.join(QChar(0));
        const JsonNode* node = original.at(where);
        if (seen.contains(id) || !node || !node->isString()) {
            return;
        }
        seen.insert(id);
        candidates.append({ where, input });
    };

    if (definition) {
        // Where templates put each input: "{{ .inputs.name }}" alone in a body string.
        QHash<QString, QList<QStringList>> templated;
        for (const TemplateSite& site : collectTemplates(*definition)) {
            if (site.place != TemplateSite::Place::Body || !site.parsed.isSingleExpression()) {
                continue;
            }
            for (const TemplateString::Part& part : site.parsed.parts) {
                if (part.expression) {
                    const InputReferences refs = referencedInputs(part.text);
                    if (refs.names.size() == 1 && !refs.all) {
                        templated[refs.names.first()].append(site.bodyPath);
                    }
                }
            }
        }
        for (const InputDefinition& in : definition->inputs()) {
            if (!in.isSecret()) {
                continue;
            }
            for (const QStringList& path : templated.value(in.name)) {
                add(path, &in);
            }
            add({ QStringLiteral("payload"), QStringLiteral("properties"), in.name }, &in);
            add({ QStringLiteral("properties"), in.name }, &in);
            add({ QStringLiteral("inputs"), in.name }, &in);
            add({ in.name }, &in);
        }
    }
    // Anything else that reads as an envelope.
    QList<QStringList> strings;
    collectStrings(original, {}, strings);
    for (const QStringList& where : strings) {
        const JsonNode* node = original.at(where);
        if (node && looksLikeEnvelope(node->string)) {
            add(where, nullptr);
        }
    }

    for (const Candidate& c : candidates) {
        const JsonNode* node = original.at(c.keys);
        DecryptedSecret s;
        s.path = jsonPathOf(c.keys, original);
        s.guided = c.input != nullptr;
        std::optional<EnvelopeFormat> declared;
        QString keyPem;
        if (c.input) {
            s.input = c.input->name;
            s.type = c.input->secretType();
            declared = c.input->encryption == EncryptionKind::PortManaged ? EnvelopeFormat::PortManaged
                                                                          : EnvelopeFormat::ClientSide;
            s.format = declared;
            keyPem = c.input->clientKeyPem;
        }
        auto text = decodeEnvelopeText(node->string.toLatin1());
        if (!text) {
            s.errorKind = text.error().kind;
            s.error = text.error().message;
            report.secrets.push_back(std::move(s));
            continue;
        }
        EnvelopeFormat used = EnvelopeFormat::PortManaged;
        auto plain = tryDecrypt(text->bytes, declared, keyPem, keys, used);
        if (!plain) {
            s.errorKind = plain.error().kind;
            s.error = plain.error().message;
            report.secrets.push_back(std::move(s));
            continue;
        }
        s.format = used;
        if (!c.input) {
            // Undeclared: an object if the text is a JSON object.
            auto asJson = JsonText::parse(plain->view());
            s.type = asJson && asJson->isObject() ? SecretType::Object : SecretType::String;
        }
        if (auto ok = checkDecryptedValue(s.type, plain->view()); !ok) {
            s.errorKind = ok.error().kind;
            s.error = ok.error().message;
            report.secrets.push_back(std::move(s));
            continue;
        }
        s.ok = true;
        s.value = std::move(*plain);
        if (JsonNode* target = report.decryptedBody.at(c.keys)) {
            if (s.type == SecretType::Object) {
                if (auto object = JsonText::parse(s.value.view())) {
                    *target = std::move(*object);
                }
            } else {
                *target = JsonNode::makeString(QString::fromUtf8(s.value.view()));
            }
        }
        report.secrets.push_back(std::move(s));
    }
    return report;
}

} // namespace sb
