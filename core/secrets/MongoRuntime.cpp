// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MongoRuntime.h"

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <dlfcn.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>

namespace sb::MongoRuntime {

namespace {

std::mutex g_mutex;
std::condition_variable g_idle;
int g_active = 0;
Api g_api {};
const Api* g_loaded = nullptr;
QString g_loadError;

void dropDriverLog(mongoc_log_level_t, const char*, const char*, void*) { }

void cleanup()
{
    std::unique_lock lock(g_mutex);
    // A cancelled ping may still be inside the driver; its own timeouts end it.
    if (!g_idle.wait_for(lock, std::chrono::seconds(5), [] { return g_active == 0; })) {
        return; // leave the driver initialised rather than pull it from under a thread
    }
    g_api.cleanup();
}

template<typename Function>
bool resolve(void* library, const char* name, Function& function)
{
    function = reinterpret_cast<Function>(dlsym(library, name));
    return function != nullptr;
}

void load()
{
    // Before the library's own initialisation runs: counters in our memory,
    // not in a /dev/shm file.
    if (!qEnvironmentVariableIsSet("MONGOC_DISABLE_SHM")) {
        qputenv("MONGOC_DISABLE_SHM", QByteArray("1"));
    }
    void* library = dlopen("libmongoc-1.0.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        g_loadError = QCoreApplication::translate(
            "sb::MongoRuntime",
            "The MongoDB C driver (libmongoc-1.0.so.0, Debian package libmongoc-1.0-0) "
            "is not installed, so MongoDB URLs cannot be checked.");
        return;
    }
    Api api {};
    if (false || !resolve(library, "mongoc_uri_new_with_error", api.uri_new_with_error)
        || !resolve(library, "mongoc_uri_destroy", api.uri_destroy)
        || !resolve(library, "mongoc_uri_get_srv_hostname", api.uri_get_srv_hostname)
        || !resolve(library, "mongoc_uri_get_hosts", api.uri_get_hosts)
        || !resolve(library, "mongoc_uri_get_username", api.uri_get_username)
        || !resolve(library, "mongoc_uri_get_password", api.uri_get_password)
        || !resolve(library, "mongoc_uri_get_database", api.uri_get_database)
        || !resolve(library, "mongoc_uri_get_auth_source", api.uri_get_auth_source)
        || !resolve(library, "mongoc_uri_get_auth_mechanism", api.uri_get_auth_mechanism)
        || !resolve(library, "mongoc_uri_get_replica_set", api.uri_get_replica_set)
        || !resolve(library, "mongoc_uri_get_tls", api.uri_get_tls)
        || !resolve(library, "mongoc_uri_has_option", api.uri_has_option)
        || !resolve(library, "mongoc_uri_set_option_as_int32", api.uri_set_option_as_int32)
        || !resolve(library, "mongoc_uri_set_option_as_bool", api.uri_set_option_as_bool)
        || !resolve(library, "mongoc_uri_set_appname", api.uri_set_appname)
        || !resolve(library, "mongoc_uri_option_is_int32", api.uri_option_is_int32)
        || !resolve(library, "mongoc_uri_option_is_int64", api.uri_option_is_int64)
        || !resolve(library, "mongoc_uri_option_is_bool", api.uri_option_is_bool)
        || !resolve(library, "mongoc_uri_option_is_utf8", api.uri_option_is_utf8)
        || !resolve(library, "mongoc_client_new_from_uri_with_error", api.client_new_from_uri_with_error)
        || !resolve(library, "mongoc_client_destroy", api.client_destroy)
        || !resolve(library, "mongoc_client_set_error_api", api.client_set_error_api)
        || !resolve(library, "mongoc_client_command_simple", api.client_command_simple)
        || !resolve(library, "mongoc_init", api.init) || !resolve(library, "mongoc_cleanup", api.cleanup)
        || !resolve(library, "mongoc_log_set_handler", api.log_set_handler)
        || !resolve(library, "mongoc_get_version", api.get_version)) {
        g_loadError = QCoreApplication::translate(
            "sb::MongoRuntime",
            "The installed MongoDB C driver lacks functions SecretBench needs; install "
            "libmongoc 1.17 or newer.");
        return;
    }
    g_api = api;
    // The handler goes first: mongoc_init() itself may log.
    g_api.log_set_handler(dropDriverLog, nullptr);
    g_api.init();
    std::atexit(cleanup);
    g_loaded = &g_api;
}

} // namespace

const Api* api(QString* error)
{
    static std::once_flag once;
    std::call_once(once, load);
    if (!g_loaded && error) {
        *error = g_loadError;
    }
    return g_loaded;
}

Use::Use()
    : m_api(MongoRuntime::api(&m_error))
{
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
    g_api.uri_destroy(uri);
}

UriPointer parseUri(QByteArrayView url, bson_error_t& error)
{
    SecureBuffer terminated = SecureBuffer::copyOf(url);
    terminated.append('\0');
    return UriPointer(g_api.uri_new_with_error(terminated.chars(), &error));
}

} // namespace sb::MongoRuntime
