// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/EnvelopeDiagnosis.h"
#include "inspector/InspectorInput.h"

#include <QObject>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sb {

// One encrypted value found in a body or a log, and what became of it.
struct BatchRow
{
    enum class Status
    {
        Decrypted,
        Failed, // a key was given and does not open it
        Malformed, // not a readable envelope
        NoKey // readable, but no key was given
    };

    qint64 line = 0;
    QString path;
    QByteArray text; // the envelope text (not secret)
    Status status = Status::NoKey;
    QString format; // "aes256-gcm", "client-side, RSA-2048", or a guess ("aes256-gcm or client-side")
    QString message; // short, plain words
    std::optional<ErrorKind> error;
    SecureBuffer value; // the plaintext, when decrypted
    bool utf8 = false;
    DecryptedValue::JsonShape json = DecryptedValue::JsonShape::None;
};

QString batchStatusName(BatchRow::Status status); // "decrypted", "failed", "malformed", "no-key"

struct BatchCounts
{
    qint64 lines = 0; // input lines read (non-blank)
    qint64 decrypted = 0;
    qint64 failed = 0;
    qint64 malformed = 0;
    qint64 noKey = 0;
};

// Finds and decrypts every envelope of a body or a log on worker threads,
// and hands the rows over to the thread that owns it (the GUI thread) in
// input order, a chunk at a time, so that a table can fill while it runs.
// Cancelling keeps the rows delivered so far.
class BatchInspector : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype LinesPerChunk = 256;
    static constexpr std::size_t MaxChunksPerDelivery = 2;

    explicit BatchInspector(QObject* parent = nullptr);
    ~BatchInspector() override;

    // Scans `input` of the given kind (JsonLines and EnvelopeLines are split
    // into chunks of lines; other kinds are classified whole) and decrypts
    // what it finds with `keys`. A run in progress is cancelled first.
    void start(QByteArray input, InputKind kind, DiagnosisKeys keys, int threads = 0);
    void cancel();
    // Drops every row (their values are wiped).
    void clear();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const std::vector<BatchRow>& rows() const { return m_rows; }
    const BatchCounts& counts() const { return m_counts; }
    const QList<InputProblem>& problems() const { return m_problems; }
    qint64 totalLines() const { return m_totalLines; }
    qint64 doneLines() const { return m_doneLines; }

    // Decrypts one value the way the batch does (for tests and callers that
    // already hold the entry).
    static BatchRow
    inspectEntry(const InputEntry& entry, EnvelopeDecryptor* portManaged, EnvelopeDecryptor* clientSide);

Q_SIGNALS:
    void rowsAppended(qsizetype first, qsizetype count);
    void progressChanged(qint64 doneLines, qint64 totalLines);
    void finished();
    void aboutToClear();

private:
    struct Chunk
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        qint64 firstLine = 1;
        qint64 lines = 0;
    };
    struct ChunkResult
    {
        std::vector<BatchRow> rows;
        QList<InputProblem> problems;
        qint64 lines = 0;
    };

    void work();
    void deliver();
    void stopWorkers();

    // Set on start, read by workers.
    QByteArray m_input;
    InputKind m_kind = InputKind::Empty;
    std::vector<Chunk> m_chunks;
    std::unique_ptr<EnvelopeDecryptor> m_portManaged;
    std::unique_ptr<EnvelopeDecryptor> m_clientSide;
    std::atomic<qsizetype> m_nextChunk { 0 };
    std::atomic<bool> m_cancel { false };
    std::atomic<int> m_activeWorkers { 0 };
    std::vector<std::thread> m_workers;

    std::mutex m_mutex;
    std::map<qsizetype, ChunkResult> m_done; // guarded by m_mutex

    // Owner's thread only.
    qsizetype m_nextDeliver = 0;
    std::vector<BatchRow> m_rows;
    BatchCounts m_counts;
    QList<InputProblem> m_problems;
    qint64 m_totalLines = 0;
    qint64 m_doneLines = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

enum class BatchExportFormat
{
    Csv,
    JsonLines
};

// The rows as CSV or JSON lines: line, path, format, status, message, length,
// and the decrypted value only when `includeValues` is set (the caller asks
// the person first). A wiping buffer, since it may hold values.
SecureBuffer exportBatch(const std::vector<BatchRow>& rows, BatchExportFormat format, bool includeValues);

} // namespace sb
