#pragma once

namespace sb::Hardening {

// Called first thing by both executables: no core dump may ever contain a
// secret, and other processes of the same user may not read our memory.
// Returns false when the operating system refused (the caller may warn).
bool disableCoreDumps();

} // namespace sb::Hardening
