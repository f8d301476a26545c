// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sb::test {

// Project Wycheproof's folder, or an empty string when it is absent (the
// caller then skips with skipReasonNoVectors()).
QString vectorsDir();
QString skipReasonNoVectors();

// tests/data in the source tree.
QString dataPath(const QString& relative);
QByteArray readData(const QString& relative);

QByteArray fromHex(const QString& hex);

// Debian's python3 (/usr/bin/python3) and Node.js, or empty when missing.
QString systemPython();
QString nodeJs();
// Empty when `python` can import every module; otherwise why not.
QString missingPythonModules(const QStringList& modules);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};

// Runs a program to completion with `input` on its standard input.
ProcessResult run(const QString& program,
                  const QStringList& arguments,
                  const QByteArray& input = {},
                  const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 120000);

// The secretbench-cli under test (SECRETBENCH_CLI, set by CTest).
QString cliPath();
ProcessResult runCli(const QStringList& arguments,
                     const QByteArray& input = {},
                     const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

} // namespace sb::test
