// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchDecryptor.h"

#include "common/Base64.h"
#include "common/JsonText.h"
#include "crypto/EnvelopeText.h"

#include <QCoreApplication>
#include <QThread>

#include <charconv>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace sb {

namespace {

struct Chunk
{
    qint64 index = 0;
    qint64 firstLine = 1;
    QByteArray data; // whole lines
    bool oversized = false; // stands for one line that was too long to read
};

struct ChunkResult
{
    QByteArray out;
    qint64 lines = 0;
    qint64 decrypted = 0;
    qint64 failed = 0;
    std::optional<ErrorKind> firstFailure;
};

void appendError(QByteArray& out, qint64 lineNumber, const Error& error)
{
    out.append("{\"line\":");
    out.append(QByteArray::number(lineNumber));
    out.append(",\"ok\":false,\"error\":");
    JsonText::appendQuoted(out, error.kindName().toUtf8());
    out.append(",\"message\":");
    JsonText::appendQuoted(out, error.message.toUtf8());
    out.append('}');
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
            return false;
        }
    }
    return true;
}

void appendNumber(QByteArray& out, qint64 value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof(buffer), value).ptr;
    out.append(buffer, end - buffer);
}

} // namespace

// Decrypts line after line on one thread, reusing its buffers: the decoded
// envelope and the plaintext (a wiping buffer) keep their storage between
// lines, so the hot path allocates nothing.
class LineDecryptor
{
public:
    LineDecryptor(EnvelopeDecryptor& decryptor, SecretType type)
        : m_decryptor(decryptor)
        , m_type(type)
    { }

    // Appends the JSON line for `line` (without a newline) to `out`; false for a blank line.
    bool append(qint64 lineNumber, QByteArrayView line, QByteArray& out, std::optional<ErrorKind>* failure)
    {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (isBlank(line)) {
            return false;
        }
        auto reportError = [&](const Error& error) {
            appendError(out, lineNumber, error);
            if (failure) {
                *failure = error.kind;
            }
            return true;
        };
        // What Port sends decodes on the fast path; anything else (quotes,
        // whitespace, base64url, mistakes) takes the careful one.
        QByteArrayView envelope;
        const qsizetype needed = Base64::decodedCapacity(line.size()) + Base64::OutputSlack;
        if (m_decoded.size() < needed) {
            m_decoded.resize(needed);
        }
        const qsizetype length = Base64::decodeStandard(line, m_decoded.data());
        EnvelopeText careful;
        if (length >= 0) {
            envelope = QByteArrayView(m_decoded.constData(), length);
        } else {
            auto text = decodeEnvelopeText(line);
            if (!text) {
                return reportError(text.error());
            }
            careful = std::move(*text);
            envelope = careful.bytes;
        }
        if (auto ok = m_decryptor.decryptInto(envelope, m_plaintext); !ok) {
            return reportError(ok.error());
        }
        if (auto ok = checkDecryptedValue(m_type, m_plaintext.view()); !ok) {
            secureWipe(m_plaintext.data(), static_cast<std::size_t>(m_plaintext.size()));
            return reportError(ok.error());
        }
        out.append("{\"line\":");
        appendNumber(out, lineNumber);
        out.append(",\"ok\":true,\"value\":");
        if (m_type == SecretType::Object) {
            out.append(m_plaintext.view());
        } else {
            JsonText::appendQuoted(out, m_plaintext.view());
        }
        out.append('}');
        secureWipe(m_plaintext.data(), static_cast<std::size_t>(m_plaintext.size()));
        return true;
    }

private:
    EnvelopeDecryptor& m_decryptor;
    SecretType m_type;
    QByteArray m_decoded;
    SecureBuffer m_plaintext;
};

namespace {

ChunkResult processChunk(EnvelopeDecryptor& decryptor, SecretType type, const Chunk& chunk, qsizetype maxLine)
{
    ChunkResult result;
    auto note = [&result](bool ok, const std::optional<ErrorKind>& kind) {
        if (ok) {
            ++result.decrypted;
        } else {
            ++result.failed;
            if (!result.firstFailure) {
                result.firstFailure = kind;
            }
        }
    };
    auto reportOverlong = [&](qint64 lineNumber) {
        appendError(result.out, lineNumber,
                    Error { ErrorKind::InvalidBase64,
                            QCoreApplication::translate("sb::BatchDecryptor",
                                                        "The line is longer than %1 bytes; it was skipped.")
                                .arg(maxLine) });
        result.out.append('\n');
        note(false, ErrorKind::InvalidBase64);
    };
    if (chunk.oversized) {
        result.lines = 1;
        reportOverlong(chunk.firstLine);
        return result;
    }
    result.out.reserve(chunk.data.size() * 3 / 4 + 64);
    LineDecryptor worker(decryptor, type);
    qint64 lineNumber = chunk.firstLine;
    qsizetype start = 0;
    const QByteArrayView data(chunk.data);
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0) {
            end = data.size();
        }
        std::optional<ErrorKind> failure;
        if (end - start > maxLine) {
            reportOverlong(lineNumber);
        } else if (worker.append(lineNumber, data.sliced(start, end - start), result.out, &failure)) {
            result.out.append('\n');
            note(!failure, failure);
        }
        ++result.lines;
        ++lineNumber;
        start = end + 1;
    }
    return result;
}

// Lines in a chunk: its newlines, plus a last line without one.
qint64 countLines(QByteArrayView data)
{
    qint64 lines = 0;
    const char* p = data.data();
    const char* end = p + data.size();
    while (const void* found = std::memchr(p, '\n', static_cast<size_t>(end - p))) {
        ++lines;
        p = static_cast<const char*>(found) + 1;
    }
    return lines + (p < end ? 1 : 0);
}

// Splits the input into chunks of whole lines without ever holding more than
// one chunk (or one maximum-length line) of unconsumed input.
class LineChunker
{
public:
    LineChunker(QIODevice& in, qsizetype chunkBytes, qsizetype maxLine)
        : m_in(in)
        , m_chunkBytes(chunkBytes)
        , m_maxLine(maxLine)
    { }

    bool atEnd() const { return m_eof && m_carry.isEmpty(); }

    Result<std::optional<Chunk>> next()
    {
        while (!m_eof && m_carry.size() < m_chunkBytes) {
            if (auto ok = fill(); !ok) {
                return std::unexpected(ok.error());
            }
        }
        if (m_carry.isEmpty()) {
            return std::optional<Chunk>();
        }
        qsizetype cut = m_carry.size();
        if (!m_eof) {
            qsizetype newline = m_carry.lastIndexOf('\n');
            // A line longer than a chunk: read on until it ends, within limits.
            while (newline < 0 && !m_eof) {
                if (m_carry.size() > m_maxLine) {
                    return std::optional<Chunk>(oversized());
                }
                const qsizetype before = m_carry.size();
                if (auto ok = fill(); !ok) {
                    return std::unexpected(ok.error());
                }
                newline = m_carry.indexOf('\n', before);
            }
            if (newline >= 0) {
                cut = newline + 1;
            }
        }
        Chunk chunk;
        chunk.index = m_nextIndex++;
        chunk.firstLine = m_nextLine;
        chunk.data = m_carry.first(cut);
        m_carry.remove(0, cut);
        m_nextLine += countLines(chunk.data);
        return std::optional<Chunk>(std::move(chunk));
    }

private:
    Status fill()
    {
        const qsizetype room = std::max<qsizetype>(m_chunkBytes, 64 * 1024);
        const qsizetype old = m_carry.size();
        m_carry.resize(old + room);
        const qint64 got = m_in.read(m_carry.data() + old, room);
        if (got < 0) {
            m_carry.resize(old);
            return fail(ErrorKind::FileError,
                        QCoreApplication::translate("sb::BatchDecryptor", "Reading the input failed: %1")
                            .arg(m_in.errorString()));
        }
        m_carry.resize(old + got);
        if (got == 0) {
            m_eof = true;
        }
        return {};
    }

    // Reports the current line as too long and drops input up to its end.
    Chunk oversized()
    {
        Chunk chunk;
        chunk.index = m_nextIndex++;
        chunk.firstLine = m_nextLine++;
        chunk.oversized = true;
        m_carry.clear();
        while (!m_eof) {
            if (!fill()) {
                m_eof = true;
                break;
            }
            const qsizetype nl = m_carry.indexOf('\n');
            if (nl >= 0) {
                m_carry.remove(0, nl + 1);
                break;
            }
            m_carry.clear();
        }
        return chunk;
    }

    QIODevice& m_in;
    qsizetype m_chunkBytes;
    qsizetype m_maxLine;
    QByteArray m_carry;
    bool m_eof = false;
    qint64 m_nextLine = 1;
    qint64 m_nextIndex = 0;
};

Status writeAll(QIODevice& out, QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const qint64 n = out.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            wipe(bytes);
            return fail(ErrorKind::FileError,
                        QCoreApplication::translate("sb::BatchDecryptor", "Writing the output failed: %1")
                            .arg(out.errorString()));
        }
        written += n;
    }
    wipe(bytes);
    return {};
}

void accumulate(BatchSummary& summary, const ChunkResult& result)
{
    summary.lines += result.lines;
    summary.decrypted += result.decrypted;
    summary.failed += result.failed;
    if (!summary.firstFailure && result.firstFailure) {
        summary.firstFailure = result.firstFailure;
    }
}

} // namespace

BatchDecryptor::BatchDecryptor(const EnvelopeDecryptor& prototype, Options options)
    : m_prototype(prototype)
    , m_options(options)
{ }

std::optional<QByteArray> BatchDecryptor::processLine(EnvelopeDecryptor& decryptor,
                                                      SecretType type,
                                                      qint64 lineNumber,
                                                      QByteArrayView line,
                                                      std::optional<ErrorKind>* failure)
{
    QByteArray out;
    LineDecryptor worker(decryptor, type);
    if (!worker.append(lineNumber, line, out, failure)) {
        return std::nullopt;
    }
    return out;
}

Result<BatchSummary> BatchDecryptor::run(QIODevice& in, QIODevice& out)
{
    BatchSummary summary;
    LineChunker chunker(in, m_options.chunkBytes, m_options.maxLineBytes);

    auto first = chunker.next();
    if (!first) {
        return std::unexpected(first.error());
    }
    if (!*first) {
        return summary;
    }
    const int threads = m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount());
    if (chunker.atEnd() || threads == 1) {
        // Small input (or one thread asked for): no pool, no hand-offs.
        auto decryptor = m_prototype.clone();
        std::optional<Chunk> chunk = std::move(**first);
        while (chunk) {
            ChunkResult result = processChunk(*decryptor, m_options.type, *chunk, m_options.maxLineBytes);
            accumulate(summary, result);
            if (auto ok = writeAll(out, result.out); !ok) {
                return std::unexpected(ok.error());
            }
            auto next = chunker.next();
            if (!next) {
                return std::unexpected(next.error());
            }
            chunk = std::move(*next);
        }
        return summary;
    }

    std::mutex mutex;
    std::condition_variable workReady;
    std::condition_variable resultReady;
    std::deque<Chunk> queue;
    std::map<qint64, ChunkResult> done;
    bool stopping = false;

    std::vector<std::thread> pool;
    pool.reserve(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back([&, decryptor = std::shared_ptr<EnvelopeDecryptor>(m_prototype.clone())] {
            while (true) {
                Chunk chunk;
                {
                    std::unique_lock lock(mutex);
                    workReady.wait(lock, [&] { return stopping || !queue.empty(); });
                    if (queue.empty()) {
                        return;
                    }
                    chunk = std::move(queue.front());
                    queue.pop_front();
                }
                ChunkResult result = processChunk(*decryptor, m_options.type, chunk, m_options.maxLineBytes);
                {
                    std::lock_guard lock(mutex);
                    done.emplace(chunk.index, std::move(result));
                }
                resultReady.notify_all();
            }
        });
    }
    auto shutdown = [&] {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        workReady.notify_all();
        for (std::thread& t : pool) {
            t.join();
        }
    };

    const qint64 maxInFlight = 2 * threads;
    qint64 inFlight = 0;
    qint64 nextToWrite = 0;
    bool inputDone = false;
    std::optional<Chunk> pending = std::move(**first);
    while (true) {
        while (!inputDone && inFlight < maxInFlight) {
            if (!pending) {
                auto next = chunker.next();
                if (!next) {
                    shutdown();
                    return std::unexpected(next.error());
                }
                if (!*next) {
                    inputDone = true;
                    break;
                }
                pending = std::move(*next);
            }
            {
                std::lock_guard lock(mutex);
                queue.push_back(std::move(*pending));
            }
            pending.reset();
            ++inFlight;
            workReady.notify_one();
        }
        if (inFlight == 0) {
            break;
        }
        ChunkResult result;
        {
            std::unique_lock lock(mutex);
            resultReady.wait(lock, [&] { return done.contains(nextToWrite); });
            auto node = done.extract(nextToWrite);
            result = std::move(node.mapped());
        }
        ++nextToWrite;
        --inFlight;
        accumulate(summary, result);
        if (auto ok = writeAll(out, result.out); !ok) {
            shutdown();
            return std::unexpected(ok.error());
        }
    }
    shutdown();
    return summary;
}

} // namespace sb
