// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchInspector.h"

#include "common/JsonText.h"
#include "crypto/ClientSideCipher.h"
#include "crypto/EnvelopeText.h"
#include "crypto/PortManagedCipher.h"

#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace sb {

namespace {

QString shortFailure(const Error& error, bool clientSide)
{
    switch (error.kind) {
    case ErrorKind::AuthenticationFailed:
        return clientSide
            ? QCoreApplication::translate("sb::BatchInspector", "tag mismatch: altered or cut off")
            : QCoreApplication::translate("sb::BatchInspector",
                                          "tag mismatch: wrong client secret or altered");
    case ErrorKind::UnwrapFailed:
        return QCoreApplication::translate("sb::BatchInspector", "unwrap failed: private key does not match");
    case ErrorKind::TooShort:
        return clientSide ? QCoreApplication::translate("sb::BatchInspector", "too short for the private key")
                          : QCoreApplication::translate("sb::BatchInspector", "too short");
    default:
        return error.kindName();
    }
}

QString guessFormat(qsizetype size)
{
    return size >= ClientSide::minimumEnvelopeSize(256)
        ? QCoreApplication::translate("sb::BatchInspector", "aes256-gcm or client-side")
        : QStringLiteral("aes256-gcm");
}

void appendCsvField(SecureBuffer& out, QByteArrayView field)
{
    const bool quote
        = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
    if (!quote) {
        out.append(field);
        return;
    }
    out.append('"');
    for (const char c : field) {
        if (c == '"') {
            out.append('"');
        }
        out.append(c);
    }
    out.append('"');
}

} // namespace

QString batchStatusName(BatchRow::Status status)
{
    switch (status) {
    case BatchRow::Status::Decrypted:
        return QStringLiteral("decrypted");
    case BatchRow::Status::Failed:
        return QStringLiteral("failed");
    case BatchRow::Status::Malformed:
        return QStringLiteral("malformed");
    case BatchRow::Status::NoKey:
        return QStringLiteral("no-key");
    }
    return {};
}

BatchInspector::BatchInspector(QObject* parent)
    : QObject(parent)
{ }

BatchInspector::~BatchInspector()
{
    stopWorkers();
}

void BatchInspector::stopWorkers()
{
    m_cancel = true;
    for (std::thread& worker : m_workers) {
        worker.join();
    }
    m_workers.clear();
}

void BatchInspector::clear()
{
    stopWorkers();
    Q_EMIT aboutToClear();
    m_rows.clear();
    m_done.clear();
    m_problems.clear();
    m_counts = {};
    m_totalLines = 0;
    m_doneLines = 0;
    m_nextDeliver = 0;
    m_running = false;
    m_cancelled = false;
}

void BatchInspector::start(QByteArray input, InputKind kind, DiagnosisKeys keys, int threads)
{
    clear();
    m_input = std::move(input);
    m_kind = kind;
    m_chunks.clear();
    m_portManaged.reset();
    m_clientSide.reset();
    if (keys.clientSecret) {
        if (auto cipher = PortManagedCipher::fromClientSecret(keys.clientSecret->view())) {
            m_portManaged = std::make_unique<PortManagedCipher>(std::move(*cipher));
        }
    }
    if (keys.privateKey) {
        m_clientSide = std::make_unique<ClientSideDecryptor>(*keys.privateKey);
    }
    if (kind == InputKind::JsonLines || kind == InputKind::EnvelopeLines) {
        // Splitting at line breaks is a memchr pass: cheap enough for the caller's thread.
        const QByteArrayView data(m_input);
        qsizetype offset = 0;
        qint64 line = 1;
        while (offset < data.size()) {
            qsizetype end = offset;
            qint64 lines = 0;
            while (end < data.size() && lines < LinesPerChunk) {
                const qsizetype nl = data.indexOf('\n', end);
                end = nl < 0 ? data.size() : nl + 1;
                ++lines;
            }
            m_chunks.push_back({ offset, end - offset, line, lines });
            line += lines;
            offset = end;
        }
        m_totalLines = line - 1;
    } else {
        m_chunks.push_back({ 0, m_input.size(), 1, 1 });
        m_totalLines = 1;
    }
    m_nextChunk = 0;
    m_cancel = false;
    m_running = true;
    if (m_chunks.empty()) {
        m_running = false;
        Q_EMIT progressChanged(0, 0);
        Q_EMIT finished();
        return;
    }
    const int wanted = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    const int count = static_cast<int>(std::min<qsizetype>(wanted, static_cast<qsizetype>(m_chunks.size())));
    m_activeWorkers = count;
    for (int i = 0; i < count; ++i) {
        m_workers.emplace_back([this] { work(); });
    }
    Q_EMIT progressChanged(0, m_totalLines);
}

void BatchInspector::cancel()
{
    if (m_running) {
        m_cancel = true;
    }
}

BatchRow BatchInspector::inspectEntry(const InputEntry& entry,
                                      EnvelopeDecryptor* portManaged,
                                      EnvelopeDecryptor* clientSide)
{
    BatchRow row;
    row.line = entry.line;
    row.path = entry.path;
    row.text = entry.text;
    auto decoded = decodeEnvelopeText(entry.text);
    if (!decoded || decoded->bytes.size() < PortManagedCipher::MinimumEnvelopeSize) {
        row.status = BatchRow::Status::Malformed;
        row.error = decoded ? ErrorKind::TooShort : decoded.error().kind;
        row.message = !decoded && decoded.error().message.contains(QLatin1String("truncated"))
            ? QCoreApplication::translate("sb::BatchInspector", "cut off: not a possible base64 length")
            : decoded
            ? QCoreApplication::translate("sb::BatchInspector", "too short to be an envelope (%1 bytes)")
                  .arg(decoded->bytes.size())
            : QCoreApplication::translate("sb::BatchInspector", "not base64");
        return row;
    }
    const QByteArray& bytes = decoded->bytes;
    QStringList notes;
    if (decoded->base64Url) {
        notes << QStringLiteral("base64url");
    }
    if (decoded->missingPadding) {
        notes << QCoreApplication::translate("sb::BatchInspector", "no padding");
    }
    row.format = guessFormat(bytes.size());
    std::optional<Error> clientSideError;
    std::optional<Error> portManagedError;
    auto succeed = [&](SecureBuffer plaintext, const QString& format) {
        row.status = BatchRow::Status::Decrypted;
        row.format = format;
        DecryptedValue value;
        value.plaintext = std::move(plaintext);
        describeValue(value);
        row.utf8 = value.utf8;
        row.json = value.json;
        row.value = std::move(value.plaintext);
        // The length has its own column and export field.
        row.message = row.json != DecryptedValue::JsonShape::None
            ? QCoreApplication::translate("sb::BatchInspector", "decrypted, JSON %1")
                  .arg(jsonShapeName(row.json))
            : row.utf8 ? QStringLiteral("decrypted")
                       : QCoreApplication::translate("sb::BatchInspector", "decrypted, not UTF-8");
    };
    if (clientSide && bytes.size() >= clientSide->minimumEnvelopeSize()) {
        auto plaintext = clientSide->decrypt(bytes);
        if (plaintext) {
            const auto* decryptor = static_cast<ClientSideDecryptor*>(clientSide);
            succeed(std::move(*plaintext),
                    QStringLiteral("client-side, RSA-%1").arg(decryptor->key().bits()));
        } else {
            clientSideError = plaintext.error();
        }
    } else if (clientSide) {
        clientSideError = Error { ErrorKind::TooShort, {} };
    }
    if (row.status != BatchRow::Status::Decrypted && portManaged) {
        auto plaintext = portManaged->decrypt(bytes);
        if (plaintext) {
            succeed(std::move(*plaintext), envelopeFormatIdentifier(EnvelopeFormat::PortManaged));
        } else {
            portManagedError = plaintext.error();
        }
    }
    if (row.status != BatchRow::Status::Decrypted) {
        if (!clientSide && !portManaged) {
            row.status = BatchRow::Status::NoKey;
            row.message = QCoreApplication::translate("sb::BatchInspector", "not decrypted: no usable key");
        } else {
            row.status = BatchRow::Status::Failed;
            QStringList reasons;
            // An unwrap or tag failure says more than "too short for this key".
            const bool preferPortManaged
                = portManagedError && (!clientSideError || clientSideError->kind == ErrorKind::TooShort);
            if (clientSideError && !(preferPortManaged && clientSideError->kind == ErrorKind::TooShort)) {
                reasons << shortFailure(*clientSideError, true);
                row.error = clientSideError->kind;
            }
            if (portManagedError) {
                reasons << shortFailure(*portManagedError, false);
                if (!row.error || preferPortManaged) {
                    row.error = portManagedError->kind;
                }
            }
            if (reasons.isEmpty()) {
                reasons << shortFailure(*clientSideError, true);
                row.error = clientSideError->kind;
            }
            row.message = reasons.join(QStringLiteral("; "));
        }
    }
    if (!notes.isEmpty()) {
        row.message += QStringLiteral(" [%1]").arg(notes.join(QStringLiteral(", ")));
    }
    return row;
}

void BatchInspector::work()
{
#ifdef Q_OS_LINUX
    // Workers yield to the GUI thread: on two cores a busy batch must not cost frames.
    // (QThread priorities do nothing under SCHED_OTHER; a thread's nice value does.)
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 15);
#endif
    std::unique_ptr<EnvelopeDecryptor> portManaged = m_portManaged ? m_portManaged->clone() : nullptr;
    std::unique_ptr<EnvelopeDecryptor> clientSide = m_clientSide ? m_clientSide->clone() : nullptr;
    while (!m_cancel) {
        const qsizetype index = m_nextChunk.fetch_add(1);
        if (index >= static_cast<qsizetype>(m_chunks.size())) {
            break;
        }
        const Chunk& chunk = m_chunks[static_cast<std::size_t>(index)];
        const QByteArrayView data = QByteArrayView(m_input).sliced(chunk.offset, chunk.length);
        ChunkResult result;
        QList<InputEntry> entries;
        if (m_kind == InputKind::JsonLines || m_kind == InputKind::EnvelopeLines) {
            scanLines(data, chunk.firstLine, m_kind, entries, result.problems, &result.lines);
            result.lines = chunk.lines;
        } else {
            ClassifiedInput input = classifyInput(data);
            entries = std::move(input.entries);
            result.problems = std::move(input.problems);
            result.lines = 1;
        }
        result.rows.reserve(static_cast<std::size_t>(entries.size()));
        for (const InputEntry& entry : entries) {
            if (m_cancel) {
                break;
            }
            result.rows.push_back(inspectEntry(entry, portManaged.get(), clientSide.get()));
        }
        {
            std::lock_guard lock(m_mutex);
            m_done.emplace(index, std::move(result));
        }
        QMetaObject::invokeMethod(this, &BatchInspector::deliver, Qt::QueuedConnection);
    }
    if (--m_activeWorkers == 0) {
        QMetaObject::invokeMethod(this, &BatchInspector::deliver, Qt::QueuedConnection);
    }
}

void BatchInspector::deliver()
{
    if (!m_running) {
        return;
    }
    std::vector<ChunkResult> ready;
    bool more = false;
    {
        std::lock_guard lock(m_mutex);
        // A bounded amount per call, so that a backlog never becomes one long stall.
        while (ready.size() < MaxChunksPerDelivery) {
            auto it = m_done.find(m_nextDeliver);
            if (it == m_done.end()) {
                break;
            }
            ready.push_back(std::move(it->second));
            m_done.erase(it);
            ++m_nextDeliver;
        }
        more = m_done.contains(m_nextDeliver);
    }
    if (more) {
        QMetaObject::invokeMethod(this, &BatchInspector::deliver, Qt::QueuedConnection);
    }
    if (!ready.empty()) {
        const qsizetype first = static_cast<qsizetype>(m_rows.size());
        for (ChunkResult& result : ready) {
            m_problems += result.problems;
            m_doneLines += result.lines;
            for (BatchRow& row : result.rows) {
                switch (row.status) {
                case BatchRow::Status::Decrypted:
                    ++m_counts.decrypted;
                    break;
                case BatchRow::Status::Failed:
                    ++m_counts.failed;
                    break;
                case BatchRow::Status::Malformed:
                    ++m_counts.malformed;
                    break;
                case BatchRow::Status::NoKey:
                    ++m_counts.noKey;
                    break;
                }
                m_rows.push_back(std::move(row));
            }
        }
        m_counts.lines = m_doneLines;
        const qsizetype count = static_cast<qsizetype>(m_rows.size()) - first;
        if (count > 0) {
            Q_EMIT rowsAppended(first, count);
        }
        Q_EMIT progressChanged(m_doneLines, m_totalLines);
    }
    const bool allDelivered = m_nextDeliver >= static_cast<qsizetype>(m_chunks.size());
    if (allDelivered || (m_cancel && m_activeWorkers == 0)) {
        for (std::thread& worker : m_workers) {
            worker.join();
        }
        m_workers.clear();
        m_cancelled = !allDelivered;
        m_running = false;
        m_input.clear();
        Q_EMIT finished();
    }
}

SecureBuffer exportBatch(const std::vector<BatchRow>& rows, BatchExportFormat format, bool includeValues)
{
    SecureBuffer out;
    if (format == BatchExportFormat::Csv) {
        out.append(includeValues ? QByteArrayView("line,path,format,status,message,length,value\r\n")
                                 : QByteArrayView("line,path,format,status,message,length\r\n"));
    }
    for (const BatchRow& row : rows) {
        const QByteArray line = QByteArray::number(row.line);
        const QByteArray path = row.path.toUtf8();
        const QByteArray fmt = row.format.toUtf8();
        const QByteArray status = batchStatusName(row.status).toUtf8();
        const QByteArray message = row.message.toUtf8();
        const QByteArray length
            = row.status == BatchRow::Status::Decrypted ? QByteArray::number(row.value.size()) : QByteArray();
        if (format == BatchExportFormat::Csv) {
            for (const QByteArrayView field :
                 { QByteArrayView(line), QByteArrayView(path), QByteArrayView(fmt), QByteArrayView(status),
                   QByteArrayView(message), QByteArrayView(length) }) {
                appendCsvField(out, field);
                out.append(',');
            }
            out.resize(out.size() - 1);
            if (includeValues) {
                out.append(',');
                appendCsvField(out, row.value.view());
            }
            out.append("\r\n");
            continue;
        }
        QByteArray json;
        json.append("{\"line\":").append(line);
        json.append(",\"path\":").append(JsonText::quoted(path));
        json.append(",\"format\":").append(JsonText::quoted(fmt));
        json.append(",\"status\":").append(JsonText::quoted(status));
        json.append(",\"message\":").append(JsonText::quoted(message));
        if (!length.isEmpty()) {
            json.append(",\"length\":").append(length);
        }
        out.append(json);
        if (includeValues && row.status == BatchRow::Status::Decrypted) {
            out.append(",\"value\":");
            QByteArray quoted = JsonText::quoted(row.value.view());
            out.append(quoted);
            wipe(quoted);
        }
        out.append("}\n");
    }
    return out;
}

} // namespace sb
