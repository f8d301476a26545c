// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace sb {

// What one jq program produced.
struct JqOutcome
{
    enum class Status
    {
        Ok, // `json` holds the first output
        NoOutput, // the program produced nothing (`empty`)
        CompileError,
        RuntimeError,
        Halted, // halt / halt_error
        Aborted, // jq itself failed (an assertion in libjq, out of memory)
        TimedOut
    };

    Status status = Status::NoOutput;
    QByteArray json; // the first output as JSON text (Ok only)
    QString message; // what went wrong, for a person (never holds input data)

    bool ok() const { return status == Status::Ok; }
    bool isError() const { return status != Status::Ok && status != Status::NoOutput; }
};

// Runs jq programs with the real libjq (jq 1.6), isolated in a worker process.
// libjq 1.6 can abort the whole process on some inputs (an assertion in
// `todate`, `import` without a library path) and has no way to interrupt a
// program that never ends (`until(false; .)`), so it runs in a child forked on
// first use: a crash or a timeout costs that child, never this process, and
// the next call starts a new one. Compiled programs are cached in the child,
// so a program is compiled once per definition, not on every keystroke.
//
// Programs see neither the environment (`env`, `$ENV` are empty, so
// PORT_CLIENT_SECRET cannot be read by a definition) nor files (no modules,
// no `input`), and print nothing (`debug`, `stderr` are silent).
class JqEngine
{
public:
    static constexpr int DefaultTimeoutMs = 2000;

    static JqEngine& instance();
    ~JqEngine();

    // Compiles every program; Ok (with no json) or CompileError for each.
    QList<JqOutcome> check(const QStringList& programs);
    JqOutcome check(const QString& program) { return check(QStringList { program }).first(); }

    // Runs every program over the same input (JSON text); one outcome each.
    // Each program has its own time limit.
    QList<JqOutcome> run(const QStringList& programs, QByteArrayView inputJson);
    JqOutcome run(const QString& program, QByteArrayView inputJson)
    {
        return run(QStringList { program }, inputJson).first();
    }

    // Runs only the `selected` programs of a set. The whole set is compiled
    // (once, then cached in the worker), so callers that share a definition's
    // set share one compile.
    QList<JqOutcome> run(const QStringList& programs, const QList<int>& selected, QByteArrayView inputJson);

    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }
    // Worker processes started so far (a crash or a timeout costs one).
    int workersStarted() const { return m_started; }

private:
    JqEngine() = default;
    JqEngine(const JqEngine&) = delete;
    JqEngine& operator=(const JqEngine&) = delete;

    enum class Op : quint8
    {
        Check = 1,
        Run = 2
    };
    QList<JqOutcome>
    execute(Op op, const QStringList& programs, const QList<int>& selected, QByteArrayView input);
    // Runs selected[from..] until done or the worker dies; returns how many finished.
    qsizetype executeSome(Op op,
                          const QStringList& programs,
                          const QList<int>& selected,
                          qsizetype from,
                          QByteArrayView input,
                          QList<JqOutcome>& out);
    bool ensureWorker();
    void stopWorker();

    QMutex m_mutex;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_started = 0;
    int m_pid = -1;
    int m_socket = -1;
};

// Cleans a libjq error message for a person: drops "jq: error: ", the shell
// quoting hint and the echo of our safety prelude.
QString cleanJqMessage(const QString& message);

} // namespace sb
