// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace sb::test {

QString vectorsDir()
{
    const QString fromEnv = qEnvironmentVariable("SECRETBENCH_VECTORS_DIR");
    const QString dir = fromEnv.isEmpty() ? QStringLiteral(SECRETBENCH_VECTORS_DIR) : fromEnv;
    return QFileInfo(dir + QStringLiteral("/aes_gcm_test.json")).exists() ? QDir(dir).absolutePath()
                                                                          : QString();
}

QString skipReasonNoVectors()
{
    return QStringLiteral(
               "SKIPPED: Project Wycheproof vectors not found at %1 (set SECRETBENCH_VECTORS_DIR to the "
               "folder holding aes_gcm_test.json)")
        .arg(QStringLiteral(SECRETBENCH_VECTORS_DIR));
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(SECRETBENCH_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(relative));
    }
    return file.readAll();
}

QByteArray fromHex(const QString& hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

QString systemPython()
{
    const QString path = QStringLiteral(SECRETBENCH_SYSTEM_PYTHON);
    return !path.isEmpty() && QFileInfo(path).isExecutable() ? path : QString();
}

QString nodeJs()
{
    const QString path = QStringLiteral(SECRETBENCH_NODEJS);
    return !path.isEmpty() && QFileInfo(path).isExecutable() ? path : QString();
}

QString missingPythonModules(const QStringList& modules)
{
    const QString python = systemPython();
    if (python.isEmpty()) {
        return QStringLiteral("Debian's /usr/bin/python3 is not installed");
    }
    QStringList missing;
    for (const QString& module : modules) {
        const ProcessResult r = run(python, { QStringLiteral("-c"), QStringLiteral("import ") + module });
        if (r.exitCode != 0) {
            missing << module;
        }
    }
    return missing.isEmpty()
        ? QString()
        : QStringLiteral("python modules missing from %1: %2 (install the Debian packages)")
              .arg(python, missing.join(QStringLiteral(", ")));
}

ProcessResult run(const QString& program,
                  const QStringList& arguments,
                  const QByteArray& input,
                  const QProcessEnvironment& environment,
                  int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    return result;
}

QString cliPath()
{
    return qEnvironmentVariable("SECRETBENCH_CLI");
}

ProcessResult
runCli(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& environment)
{
    return run(cliPath(), arguments, input, environment);
}

} // namespace sb::test
