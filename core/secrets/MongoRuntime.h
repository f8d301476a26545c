// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <memory>

#include <QString>

#include <mongoc/mongoc.h>

namespace sb::MongoRuntime {

// The driver's functions, resolved when the driver is loaded.
struct Api
{
    decltype(&::mongoc_uri_new_with_error) uri_new_with_error;
    decltype(&::mongoc_uri_destroy) uri_destroy;
    decltype(&::mongoc_uri_get_srv_hostname) uri_get_srv_hostname;
    decltype(&::mongoc_uri_get_hosts) uri_get_hosts;
    decltype(&::mongoc_uri_get_username) uri_get_username;
    decltype(&::mongoc_uri_get_password) uri_get_password;
    decltype(&::mongoc_uri_get_database) uri_get_database;
    decltype(&::mongoc_uri_get_auth_source) uri_get_auth_source;
    decltype(&::mongoc_uri_get_auth_mechanism) uri_get_auth_mechanism;
    decltype(&::mongoc_uri_get_replica_set) uri_get_replica_set;
    decltype(&::mongoc_uri_get_tls) uri_get_tls;
    decltype(&::mongoc_uri_has_option) uri_has_option;
    decltype(&::mongoc_uri_set_option_as_int32) uri_set_option_as_int32;
    decltype(&::mongoc_uri_set_option_as_bool) uri_set_option_as_bool;
    decltype(&::mongoc_uri_set_appname) uri_set_appname;
    decltype(&::mongoc_uri_option_is_int32) uri_option_is_int32;
    decltype(&::mongoc_uri_option_is_int64) uri_option_is_int64;
    decltype(&::mongoc_uri_option_is_bool) uri_option_is_bool;
    decltype(&::mongoc_uri_option_is_utf8) uri_option_is_utf8;
    decltype(&::mongoc_client_new_from_uri_with_error) client_new_from_uri_with_error;
    decltype(&::mongoc_client_destroy) client_destroy;
    decltype(&::mongoc_client_set_error_api) client_set_error_api;
    decltype(&::mongoc_client_command_simple) client_command_simple;
    decltype(&::mongoc_init) init;
    decltype(&::mongoc_cleanup) cleanup;
    decltype(&::mongoc_log_set_handler) log_set_handler;
    decltype(&::mongoc_get_version) get_version;
};

// Loads the MongoDB C driver on first use and returns its functions, or
// nullptr (with the reason in `error`) when it cannot be loaded.
//
// The driver is loaded at run time, not linked: Debian's libmongoc initialises
// itself as soon as it is loaded, before main(), and then creates a
// /dev/shm/mongoc-<pid> counters file in every process that links it, which a
// killed process leaves behind (and a later process with the same pid then
// warns about on stderr). Loading it only here lets MONGOC_DISABLE_SHM be set
// first, and processes that never touch MongoDB never load it at all.
// Once loaded: a log handler that drops the driver's own messages (they may
// quote a connection string), and mongoc_cleanup() at exit once no ping is
// running any more.
const Api* api(QString* error = nullptr);

// Marks a driver call in progress, so that exit waits for it before cleanup.
class Use
{
public:
    Use();
    ~Use();
    // The driver, or nullptr when it could not be loaded (see error()).
    const Api* api() const { return m_api; }
    const QString& error() const { return m_error; }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

private:
    const Api* m_api = nullptr;
    QString m_error;
};

struct UriDeleter
{
    void operator()(mongoc_uri_t* uri) const;
};
using UriPointer = std::unique_ptr<mongoc_uri_t, UriDeleter>;

// The driver's parse of `url` (copied, NUL-terminated, into wiping memory),
// or null with `error` set. Call with a Use alive whose api() is not null.
UriPointer parseUri(QByteArrayView url, bson_error_t& error);

} // namespace sb::MongoRuntime
