// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JqEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern "C" {
#include <jq.h>
#include <jv.h>
}

namespace sb {

namespace {

// Keeps definitions away from this machine: no environment (a definition must
// not read PORT_CLIENT_SECRET), no printing, no input files. One line, so line
// numbers in jq's messages stay those of the program.
constexpr char PreludeDefinitions[]
    = "def env: {}; def stderr: .; def debug: .; "
      "def input: error(\"input is not available in Port expressions\"); "
      "def inputs: empty; def input_filename: null; def get_search_list: []; ";
constexpr char HideEnvironment[] = "{} as $ENV | ";

constexpr std::size_t MaxOutputBytes = 16 << 20;
constexpr std::size_t MaxRequestBytes = 256u << 20;

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Reads exactly `size` bytes; with a deadline (ms since `clock` started) when >= 0.
enum class ReadResult
{
    Ok,
    Closed,
    TimedOut
};

ReadResult
readAll(int fd, char* data, std::size_t size, const QElapsedTimer* clock = nullptr, qint64 deadline = -1)
{
    while (size > 0) {
        if (clock) {
            const qint64 left = deadline - clock->elapsed();
            if (left <= 0) {
                return ReadResult::TimedOut;
            }
            pollfd p { fd, POLLIN, 0 };
            const int ready = ::poll(&p, 1, static_cast<int>(std::min<qint64>(left, 60000)));
            if (ready < 0 && errno == EINTR) {
                continue;
            }
            if (ready == 0) {
                continue; // loop re-checks the deadline
            }
            if (ready < 0) {
                return ReadResult::Closed;
            }
        }
        const ssize_t n = ::read(fd, data, size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return ReadResult::Closed;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return ReadResult::Ok;
}

void appendU32(std::string& out, quint32 value)
{
    char b[4] = { static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                  static_cast<char>(value >> 8), static_cast<char>(value) };
    out.append(b, 4);
}

quint32 readU32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

// ---- The worker process: plain C++ and libjq only, no Qt. ----

struct Compiled
{
    jq_state* jq = nullptr;
    std::string error;
};

void collectError(void* data, jv message)
{
    auto* out = static_cast<std::string*>(data);
    if (jv_get_kind(message) == JV_KIND_STRING) {
        // jq adds a "jq: N compile error(s)" summary; the first message says it all.
        if (out->empty()) {
            *out = jv_string_value(message);
        }
    }
    jv_free(message);
}

void silentDebug(void*, jv message)
{
    jv_free(message);
}

bool startsWithModuleDirective(const std::string& program)
{
    std::size_t i = program.find_first_not_of(" \t\r\n");
    return i != std::string::npos
        && (program.compare(i, 7, "import ") == 0 || program.compare(i, 8, "include ") == 0);
}

Compiled compile(const std::string& program)
{
    Compiled c;
    if (startsWithModuleDirective(program)) {
        c.error = "modules (import/include) are not available in Port expressions";
        return c;
    }
    jq_state* jq = jq_init();
    if (!jq) {
        c.error = "jq could not start";
        return c;
    }
    std::string* error = new std::string;
    jq_set_error_cb(jq, collectError, error);
    jq_set_debug_cb(jq, silentDebug, nullptr);
    // Without a library path libjq 1.6 aborts on import; an empty one makes it an error.
    jq_set_attr(jq, jv_string("JQ_LIBRARY_PATH"), jv_array());
    const std::string text = std::string(PreludeDefinitions) + HideEnvironment + program;
    if (!jq_compile(jq, text.c_str())) {
        c.error = error->empty() ? std::string("the program does not compile") : *error;
        jq_teardown(&jq);
        delete error;
        return c;
    }
    // Runtime errors come back from jq_next; the callback only sees compile ones.
    jq_set_error_cb(jq, nullptr, nullptr);
    delete error;
    c.jq = jq;
    return c;
}

void sendResult(int fd, JqOutcome::Status status, const std::string& text)
{
    std::string frame;
    frame.push_back(static_cast<char>(status));
    appendU32(frame, static_cast<quint32>(text.size()));
    frame += text;
    if (!writeAll(fd, frame.data(), frame.size())) {
        _exit(0);
    }
}

std::string messageText(jv message)
{
    std::string out;
    if (jv_get_kind(message) == JV_KIND_STRING) {
        out = jv_string_value(message);
        jv_free(message);
    } else {
        jv dumped = jv_dump_string(message, 0);
        out = std::string("error(") + jv_string_value(dumped) + ")";
        jv_free(dumped);
    }
    return out;
}

void runOne(int fd, jq_state* jq, jv input)
{
    jq_start(jq, input, 0);
    jv result = jq_next(jq);
    if (jv_is_valid(result)) {
        jv dumped = jv_dump_string(result, 0);
        const auto bytes = static_cast<std::size_t>(jv_string_length_bytes(jv_copy(dumped)));
        if (bytes > MaxOutputBytes) {
            sendResult(fd, JqOutcome::Status::RuntimeError, "the output is larger than 16 MiB");
        } else {
            sendResult(fd, JqOutcome::Status::Ok, std::string(jv_string_value(dumped), bytes));
        }
        jv_free(dumped);
    } else if (jq_halted(jq)) {
        jv_free(result);
        sendResult(fd, JqOutcome::Status::Halted, "the program stopped with halt or halt_error");
    } else if (jv_invalid_has_msg(jv_copy(result))) {
        sendResult(fd, JqOutcome::Status::RuntimeError, messageText(jv_invalid_get_msg(result)));
    } else {
        jv_free(result);
        sendResult(fd, JqOutcome::Status::NoOutput, {});
    }
}

// Every program as a function of one jq program, selected by .__i.
Compiled compileSet(const std::vector<std::string>& programs)
{
    std::string text = PreludeDefinitions;
    std::string dispatch = ".__i as $__i | .__c | ";
    for (std::size_t i = 0; i < programs.size(); ++i) {
        if (startsWithModuleDirective(programs[i])) {
            return {};
        }
        const std::string name = "__sb" + std::to_string(i);
        text += "def " + name + ": " + HideEnvironment + "(\n" + programs[i] + "\n);\n";
        dispatch += (i == 0 ? "if $__i == " : " elif $__i == ") + std::to_string(i) + " then " + name;
    }
    text += dispatch + " else empty end";
    jq_state* jq = jq_init();
    if (!jq) {
        return {};
    }
    std::string error;
    jq_set_error_cb(jq, collectError, &error);
    jq_set_debug_cb(jq, silentDebug, nullptr);
    jq_set_attr(jq, jv_string("JQ_LIBRARY_PATH"), jv_array());
    if (!jq_compile(jq, text.c_str())) {
        jq_teardown(&jq);
        return {};
    }
    jq_set_error_cb(jq, nullptr, nullptr);
    Compiled c;
    c.jq = jq;
    return c;
}

[[noreturn]] void workerMain(int fd)
{
    std::unordered_map<std::string, Compiled> cache;
    std::unordered_map<std::string, Compiled> batches;
    std::string request;
    for (;;) {
        char header[4];
        if (readAll(fd, header, 4) != ReadResult::Ok) {
            _exit(0);
        }
        const quint32 size = readU32(header);
        if (size > MaxRequestBytes) {
            _exit(0);
        }
        request.resize(size);
        if (readAll(fd, request.data(), size) != ReadResult::Ok) {
            _exit(0);
        }
        const char* p = request.data();
        const char* end = p + request.size();
        const auto op = static_cast<quint8>(*p++);
        const quint32 inputSize = readU32(p);
        p += 4;
        jv input = op == 2 ? jv_parse_sized(p, static_cast<int>(inputSize)) : jv_null();
        p += inputSize;
        const quint32 count = readU32(p);
        p += 4;
        std::vector<std::string> programs;
        for (quint32 i = 0; i < count && p + 4 <= end; ++i) {
            const quint32 length = readU32(p);
            p += 4;
            programs.emplace_back(p, length);
            p += length;
        }
        std::vector<quint32> selected;
        if (p + 4 <= end) {
            const quint32 n = readU32(p);
            p += 4;
            for (quint32 i = 0; i < n && p + 4 <= end; ++i, p += 4) {
                selected.push_back(std::min<quint32>(readU32(p), static_cast<quint32>(programs.size() - 1)));
            }
        }
        Compiled* set = nullptr;
        if (programs.size() > 1) {
            // One compile for the whole set: libjq 1.6 spends ~20 ms per compile
            // re-reading its builtins, whatever the program's size.
            std::string key;
            for (const std::string& program : programs) {
                key += program;
                key += '\x1f';
            }
            auto batch = batches.find(key);
            if (batch == batches.end()) {
                if (batches.size() > 200) {
                    for (auto& entry : batches) {
                        if (entry.second.jq) {
                            jq_teardown(&entry.second.jq);
                        }
                    }
                    batches.clear();
                }
                batch = batches.emplace(key, compileSet(programs)).first;
            }
            // When a program of the set does not compile, each is compiled alone to say which.
            set = batch->second.jq ? &batch->second : nullptr;
        }
        for (const quint32 index : selected) {
            if (op == 2 && !jv_is_valid(input)) {
                sendResult(fd, JqOutcome::Status::RuntimeError, "the input is not JSON");
                continue;
            }
            if (set) {
                if (op == 1) {
                    sendResult(fd, JqOutcome::Status::Ok, {});
                } else {
                    jv selector
                        = jv_object_set(jv_object(), jv_string("__i"), jv_number(static_cast<double>(index)));
                    runOne(fd, set->jq, jv_object_set(selector, jv_string("__c"), jv_copy(input)));
                }
                continue;
            }
            const std::string& program = programs[index];
            if (cache.size() > 2000) {
                for (auto& entry : cache) {
                    if (entry.second.jq) {
                        jq_teardown(&entry.second.jq);
                    }
                }
                cache.clear();
            }
            auto it = cache.find(program);
            if (it == cache.end()) {
                it = cache.emplace(program, compile(program)).first;
            }
            Compiled& compiled = it->second;
            if (!compiled.jq) {
                sendResult(fd, JqOutcome::Status::CompileError, compiled.error);
                continue;
            }
            if (op == 1) {
                sendResult(fd, JqOutcome::Status::Ok, {});
                continue;
            }
            runOne(fd, compiled.jq, jv_copy(input));
        }
        jv_free(input);
    }
}

void limitMemory()
{
#if !defined(__SANITIZE_ADDRESS__)
    // The address space this process already has, plus room for jq to work;
    // beyond that an allocation fails and jq aborts, ending only this worker.
    long pages = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld", &pages) != 1) {
            pages = 0;
        }
        std::fclose(statm);
    }
    if (pages > 0) {
        const rlim_t limit
            = static_cast<rlim_t>(pages) * static_cast<rlim_t>(sysconf(_SC_PAGESIZE)) + (rlim_t(768) << 20);
        rlimit r { limit, limit };
        setrlimit(RLIMIT_AS, &r);
    }
#endif
    rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
}

[[noreturn]] void startWorker(int fd)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // The parent's crash handlers (Qt Test runs a debugger for a backtrace)
    // must not run here: an abort in libjq just ends this worker.
    for (int sig = 1; sig < NSIG; ++sig) {
        if (sig != SIGKILL && sig != SIGSTOP) {
            std::signal(sig, SIG_DFL);
        }
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    const int devnull = ::open("/dev/null", O_RDWR);
    if (devnull >= 0) {
        // Nothing libjq prints (assertion messages) reaches the user's terminal.
        ::dup2(devnull, 0);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
    }
    if (fd != 3) {
        ::dup2(fd, 3);
    }
    // Sockets and files of the parent (a connection to a backend) must not
    // stay open in here.
    ::close_range(4, ~0U, 0);
    limitMemory();
    workerMain(3);
}

} // namespace

QString cleanJqMessage(const QString& message)
{
    QString text = message.trimmed();
    if (text.startsWith(QLatin1String("jq: error: "))) {
        text.remove(0, 11);
    }
    text.remove(QStringLiteral(" (Unix shell quoting issues?)"));
    static const QRegularExpression where(QStringLiteral(" at <top-level>, line (\\d+):.*$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto match = where.match(text);
    if (match.hasMatch()) {
        const QString line = match.captured(1);
        text.truncate(match.capturedStart());
        if (line != QLatin1String("1")) {
            text += QCoreApplication::translate("sb::JqEngine", " (line %1)").arg(line);
        }
    }
    text.replace(QStringLiteral(" at <top-level>"), QString());
    return text;
}

JqEngine& JqEngine::instance()
{
    static JqEngine engine;
    return engine;
}

JqEngine::~JqEngine()
{
    stopWorker();
}

void JqEngine::setTimeout(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_timeoutMs = std::max(10, ms);
}

bool JqEngine::ensureWorker()
{
    if (m_pid > 0) {
        return true;
    }
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        return false;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    if (pid == 0) {
        ::close(fds[0]);
        startWorker(fds[1]);
    }
    ::close(fds[1]);
    m_pid = pid;
    m_socket = fds[0];
    ++m_started;
    return true;
}

void JqEngine::stopWorker()
{
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        m_pid = -1;
    }
}

namespace {

QList<int> allIndexes(qsizetype count)
{
    QList<int> out(count);
    std::iota(out.begin(), out.end(), 0);
    return out;
}

} // namespace

QList<JqOutcome> JqEngine::check(const QStringList& programs)
{
    return execute(Op::Check, programs, allIndexes(programs.size()), {});
}

QList<JqOutcome> JqEngine::run(const QStringList& programs, QByteArrayView inputJson)
{
    return execute(Op::Run, programs, allIndexes(programs.size()), inputJson);
}

QList<JqOutcome>
JqEngine::run(const QStringList& programs, const QList<int>& selected, QByteArrayView inputJson)
{
    return execute(Op::Run, programs, selected, inputJson);
}

QList<JqOutcome>
JqEngine::execute(Op op, const QStringList& programs, const QList<int>& selected, QByteArrayView input)
{
    QMutexLocker lock(&m_mutex);
    QList<JqOutcome> out;
    out.reserve(selected.size());
    qsizetype done = 0;
    while (done < selected.size()) {
        if (!ensureWorker()) {
            while (out.size() < selected.size()) {
                out.append({ JqOutcome::Status::Aborted,
                             {},
                             QCoreApplication::translate("sb::JqEngine", "jq could not be started") });
            }
            return out;
        }
        done += executeSome(op, programs, selected, done, input, out);
    }
    return out;
}

qsizetype JqEngine::executeSome(Op op,
                                const QStringList& programs,
                                const QList<int>& selected,
                                qsizetype from,
                                QByteArrayView input,
                                QList<JqOutcome>& out)
{
    // The whole set travels every time (the worker compiles it once and keeps
    // it); only the selected programs run.
    std::string payload;
    payload.push_back(static_cast<char>(op));
    appendU32(payload, static_cast<quint32>(input.size()));
    payload.append(input.data(), static_cast<std::size_t>(input.size()));
    appendU32(payload, static_cast<quint32>(programs.size()));
    for (const QString& text : programs) {
        const QByteArray program = text.toUtf8();
        appendU32(payload, static_cast<quint32>(program.size()));
        payload.append(program.constData(), static_cast<std::size_t>(program.size()));
    }
    appendU32(payload, static_cast<quint32>(selected.size() - from));
    for (qsizetype i = from; i < selected.size(); ++i) {
        appendU32(payload, static_cast<quint32>(selected[i]));
    }
    std::string frame;
    appendU32(frame, static_cast<quint32>(payload.size()));
    frame += payload;
    if (!writeAll(m_socket, frame.data(), frame.size())) {
        stopWorker();
        out.append({ JqOutcome::Status::Aborted,
                     {},
                     QCoreApplication::translate("sb::JqEngine", "jq stopped unexpectedly") });
        return 1;
    }
    qsizetype finished = 0;
    QElapsedTimer clock;
    for (qsizetype i = from; i < selected.size(); ++i) {
        clock.start();
        const qint64 deadline = m_timeoutMs;
        char header[5];
        ReadResult r = readAll(m_socket, header, 5, &clock, deadline);
        std::string text;
        if (r == ReadResult::Ok) {
            text.resize(readU32(header + 1));
            r = readAll(m_socket, text.data(), text.size(), &clock, deadline + 5000);
        }
        if (r != ReadResult::Ok) {
            stopWorker();
            if (r == ReadResult::TimedOut) {
                out.append({ JqOutcome::Status::TimedOut,
                             {},
                             QCoreApplication::translate(
                                 "sb::JqEngine",
                                 "the expression did not finish within %1 ms (a loop that never "
                                 "ends, or far too much work)")
                                 .arg(m_timeoutMs) });
            } else {
                out.append({ JqOutcome::Status::Aborted,
                             {},
                             QCoreApplication::translate(
                                 "sb::JqEngine",
                                 "libjq failed on this expression (out of memory or an internal "
                                 "check in jq 1.6); rewrite it") });
            }
            return finished + 1;
        }
        JqOutcome outcome;
        outcome.status = static_cast<JqOutcome::Status>(header[0]);
        if (outcome.status == JqOutcome::Status::Ok && op == Op::Run) {
            outcome.json = QByteArray(text.data(), static_cast<qsizetype>(text.size()));
        } else if (outcome.status != JqOutcome::Status::Ok) {
            outcome.message
                = cleanJqMessage(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
        }
        out.append(std::move(outcome));
        ++finished;
    }
    return finished;
}

} // namespace sb
