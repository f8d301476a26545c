// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliIo.h"

#include <QCoreApplication>

#include <cstdio>

namespace sb::cli {

namespace {

QFile* openStream(FILE* stream, QIODevice::OpenMode mode)
{
    auto* file = new QFile;
    file->open(stream, mode | QIODevice::Unbuffered);
    return file;
}

} // namespace

QFile& standardOutput()
{
    static QFile* file = openStream(stdout, QIODevice::WriteOnly);
    return *file;
}

QFile& standardError()
{
    static QFile* file = openStream(stderr, QIODevice::WriteOnly);
    return *file;
}

QFile& standardInput()
{
    static QFile* file = openStream(stdin, QIODevice::ReadOnly);
    return *file;
}

void stripOneLineBreak(SecureBuffer& buffer)
{
    if (buffer.view().endsWith("\r\n")) {
        buffer.resize(buffer.size() - 2);
    } else if (buffer.view().endsWith('\n')) {
        buffer.resize(buffer.size() - 1);
    }
}

Result<SecureBuffer> readStandardInput()
{
    SecureBuffer out;
    QFile& in = standardInput();
    constexpr qsizetype step = 64 * 1024;
    while (true) {
        const qsizetype old = out.size();
        out.resize(old + step);
        const qint64 got = in.read(out.chars() + old, step);
        if (got < 0) {
            return fail(ErrorKind::FileError,
                        QCoreApplication::translate("sb::cli::CliIo", "Reading standard input failed: %1")
                            .arg(in.errorString()));
        }
        out.resize(old + got);
        if (got == 0) {
            return out;
        }
    }
}

Result<SecureBuffer> readSecretFile(const QString& path, const QString& what, bool exactBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorKind::FileError,
                    QCoreApplication::translate("sb::cli::CliIo", "Cannot read the %1 file %2: %3")
                        .arg(what, path, file.errorString()));
    }
    SecureBuffer out(file.size() > 0 ? file.size() : 0);
    qsizetype total = 0;
    while (true) {
        if (total == out.size()) {
            out.resize(out.size() + 4096);
        }
        const qint64 got = file.read(out.chars() + total, out.size() - total);
        if (got < 0) {
            return fail(ErrorKind::FileError,
                        QCoreApplication::translate("sb::cli::CliIo", "Cannot read the %1 file %2: %3")
                            .arg(what, path, file.errorString()));
        }
        if (got == 0) {
            break;
        }
        total += got;
    }
    out.resize(total);
    if (!exactBytes) {
        stripOneLineBreak(out);
    }
    return out;
}

Result<QByteArray> readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorKind::FileError,
                    QCoreApplication::translate("sb::cli::CliIo", "Cannot read the %1 file %2: %3")
                        .arg(what, path, file.errorString()));
    }
    return file.readAll();
}

Status writeStandardOutput(QByteArrayView bytes)
{
    QFile& out = standardOutput();
    qsizetype written = 0;
    while (written < bytes.size()) {
        const qint64 n = out.write(bytes.data() + written, bytes.size() - written);
        if (n <= 0) {
            return fail(ErrorKind::FileError,
                        QCoreApplication::translate("sb::cli::CliIo", "Writing standard output failed: %1")
                            .arg(out.errorString()));
        }
        written += n;
    }
    return {};
}

void printLine(QFile& stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    stream.write(bytes);
}

void printError(const QString& message)
{
    printLine(standardError(),
              QCoreApplication::translate("sb::cli::CliIo", "secretbench-cli: error: %1").arg(message));
}

void printWarning(const QString& message)
{
    printLine(standardError(),
              QCoreApplication::translate("sb::cli::CliIo", "secretbench-cli: warning: %1").arg(message));
}

} // namespace sb::cli
