#include "Hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace sb::Hardening {

bool disableCoreDumps()
{
    bool ok = true;
    struct rlimit none = { 0, 0 };
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#if !defined(__SANITIZE_ADDRESS__)
    // Not under AddressSanitizer: its leak checker must attach to our threads.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace sb::Hardening
