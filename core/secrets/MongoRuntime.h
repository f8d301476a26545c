#pragma once

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

} // namespace sb::MongoRuntime
