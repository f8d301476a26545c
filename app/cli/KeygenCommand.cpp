// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeygenCommand.h"

#include "CliIo.h"
#include "ExitCodes.h"
#include "crypto/RsaKey.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace sb::cli {

namespace {

Status writeKeyFile(const QString& path, QByteArrayView contents, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorKind::FileError,
                    QCoreApplication::translate("sb::cli::KeygenCommand", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
    }
    // Restrict before any byte is written.
    file.setPermissions(permissions);
    if (file.write(contents.data(), contents.size()) != contents.size() || !file.commit()) {
        return fail(ErrorKind::FileError,
                    QCoreApplication::translate("sb::cli::KeygenCommand", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
    }
    return {};
}

} // namespace

QString KeygenCommand::summary() const
{
    return QCoreApplication::translate("sb::cli::KeygenCommand",
                                       "Generate an RSA key pair for client-side encryption.");
}

QString KeygenCommand::details() const
{
    return QStringLiteral(
        "The public key goes into the action definition's \"encryption\": {\"algorithm\": \"client-side\", "
        "\"key\": ...}; the private key stays with the backend that decrypts. With --passphrase-file the "
        "private "
        "key is encrypted (PKCS#8, AES-256-CBC, PBKDF2). Existing files are not overwritten without "
        "--force.\n\n"
        "Exit codes: 0 success, 2 usage, 4 file error.");
}

void KeygenCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({ m_bits, m_privateOut, m_publicOut, m_passphraseFile, m_force });
}

int KeygenCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_bits) || !parser.isSet(m_privateOut) || !parser.isSet(m_publicOut)) {
        return usage(QCoreApplication::translate("sb::cli::KeygenCommand",
                                                 "--bits, --private-out and --public-out are required."));
    }
    const QString bitsText = parser.value(m_bits);
    if (bitsText != QLatin1String("2048") && bitsText != QLatin1String("3072")
        && bitsText != QLatin1String("4096")) {
        return usage(QCoreApplication::translate("sb::cli::KeygenCommand",
                                                 "--bits must be 2048, 3072 or 4096, not '%1'.")
                         .arg(bitsText));
    }
    const QString privatePath = parser.value(m_privateOut);
    const QString publicPath = parser.value(m_publicOut);
    if (QFileInfo(privatePath).absoluteFilePath() == QFileInfo(publicPath).absoluteFilePath()) {
        return usage(QCoreApplication::translate("sb::cli::KeygenCommand",
                                                 "--private-out and --public-out must be different files."));
    }
    if (!parser.isSet(m_force)) {
        for (const QString& path : { privatePath, publicPath }) {
            if (QFileInfo::exists(path)) {
                return report(
                    Error { ErrorKind::FileError,
                            QCoreApplication::translate("sb::cli::KeygenCommand",
                                                        "%1 already exists; use --force to overwrite it.")
                                .arg(path) });
            }
        }
    }
    SecureBuffer passphrase;
    if (parser.isSet(m_passphraseFile)) {
        auto read = readSecretFile(parser.value(m_passphraseFile), QStringLiteral("passphrase"));
        if (!read) {
            return report(read.error());
        }
        if (read->isEmpty()) {
            return usage(
                QCoreApplication::translate("sb::cli::KeygenCommand", "The passphrase file is empty."));
        }
        passphrase = std::move(*read);
    }
    auto key = RsaPrivateKey::generate(bitsText.toInt());
    if (!key) {
        return report(key.error());
    }
    auto privatePem = key->toPkcs8Pem(passphrase.view());
    if (!privatePem) {
        return report(privatePem.error());
    }
    const QByteArray publicPem = key->publicKey().toPem();
    if (auto ok
        = writeKeyFile(privatePath, privatePem->view(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !ok) {
        return report(ok.error());
    }
    if (auto ok = writeKeyFile(publicPath, publicPem,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                   | QFileDevice::ReadOther);
        !ok) {
        return report(ok.error());
    }
    printLine(standardError(),
              QCoreApplication::translate("sb::cli::KeygenCommand",
                                          "Wrote a %1-bit key pair. Public key fingerprint (SHA-256): %2")
                  .arg(key->bits())
                  .arg(key->publicKey().fingerprint()));
    return Success;
}

} // namespace sb::cli
