#include "MongoRuntime.h"

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QtGlobal>

#include <mongoc/mongoc.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>

namespace sb::MongoRuntime {

namespace {

std::mutex g_mutex;
std::condition_variable g_idle;
int g_active = 0;

void dropDriverLog(mongoc_log_level_t, const char*, const char*, void*) { }

void cleanup()
{
    std::unique_lock lock(g_mutex);
    // A cancelled ping may still be inside the driver; its own timeouts end it.
    if (!g_idle.wait_for(lock, std::chrono::seconds(5), [] { return g_active == 0; })) {
        return; // leave the driver initialised rather than pull it from under a thread
    }
    mongoc_cleanup();
}

} // namespace

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // The handler goes first: mongoc_init() itself may log. The driver's
        // performance counters stay in our memory, not in a /dev/shm file.
        mongoc_log_set_handler(dropDriverLog, nullptr);
        if (!qEnvironmentVariableIsSet("MONGOC_DISABLE_SHM")) {
            qputenv("MONGOC_DISABLE_SHM", QByteArray("1"));
        }
        mongoc_init();
        std::atexit(cleanup);
    });
}

Use::Use()
{
    ensureInitialized();
    std::lock_guard lock(g_mutex);
    ++g_active;
}

Use::~Use()
{
    std::lock_guard lock(g_mutex);
    if (--g_active == 0) {
        g_idle.notify_all();
    }
}

void UriDeleter::operator()(mongoc_uri_t* uri) const
{
    mongoc_uri_destroy(uri);
}

UriPointer parseUri(QByteArrayView url, bson_error_t& error)
{
    SecureBuffer terminated = SecureBuffer::copyOf(url);
    terminated.append('\0');
    return UriPointer(mongoc_uri_new_with_error(terminated.chars(), &error));
}

} // namespace sb::MongoRuntime
