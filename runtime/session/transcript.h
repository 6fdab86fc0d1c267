// transcript.h - running a script the way the conformance tools compare it (SEMANTICS.md, "The
// transcript"): every stdout line stamped "[T] " with the virtual clock when it started, and
// `!error`, `!warning`, `!deadlock` lines for problems. `loopscope run --transcript` prints it;
// tools/conformance.py and tools/bench/asyncio_bench.py compare it with tools/cpython_oracle.py.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace loopscope {

// Runs `source` (named `filename`) in a fresh interpreter. Transcript lines go to `out` (each
// ends with '\n'); what the script writes to stderr goes to `err`. Returns 0, or 1 when an
// uncaught exception ended the script.
int run_transcript(std::string_view source, std::string_view filename,
                   const std::function<void(std::string_view)>& out,
                   const std::function<void(std::string_view)>& err);

} // namespace loopscope
