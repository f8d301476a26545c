// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "crypto/SecureBuffer.h"

#include <QFile>
#include <QString>

namespace sb::cli {

// Reads all of standard input into a wiping buffer.
Result<SecureBuffer> readStandardInput();

// Reads a file holding a secret (client secret, passphrase, key). One trailing
// line break ("\n" or "\r\n") is removed, since `echo secret > file` adds one,
// unless `exactBytes` asks for the file as it is (the inspector diagnoses it).
Result<SecureBuffer> readSecretFile(const QString& path, const QString& what, bool exactBytes = false);

// Removes one trailing "\n" or "\r\n".
void stripOneLineBreak(SecureBuffer& buffer);

// Reads a non-secret file whole.
Result<QByteArray> readFile(const QString& path, const QString& what);

// Writes to standard output in one go, so a failure earlier leaves it empty.
Status writeStandardOutput(QByteArrayView bytes);

// "secretbench-cli: error: <message>" on standard error.
void printError(const QString& message);
void printWarning(const QString& message);
void printLine(QFile& stream, const QString& text);

QFile& standardOutput();
QFile& standardError();
QFile& standardInput();

} // namespace sb::cli
