#pragma once

#include <QByteArrayView>

#include <memory>

struct _mongoc_uri_t;
struct _bson_error_t;

namespace sb::MongoRuntime {

// mongoc_init() once per process, with a log handler that drops the driver's
// own messages (they may quote a connection string), and mongoc_cleanup() at
// exit once no ping is running any more.
void ensureInitialized();

// Marks a driver call in progress, so that exit waits for it before cleanup.
class Use
{
public:
    Use();
    ~Use();
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;
};

struct UriDeleter
{
    void operator()(_mongoc_uri_t* uri) const;
};
using UriPointer = std::unique_ptr<_mongoc_uri_t, UriDeleter>;

// The driver's parse of `url` (copied, NUL-terminated, into wiping memory),
// or null with `error` set. Call with a Use alive.
UriPointer parseUri(QByteArrayView url, _bson_error_t& error);

} // namespace sb::MongoRuntime
